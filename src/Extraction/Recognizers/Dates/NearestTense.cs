namespace Extraction.Recognizers.Dates;

using System.Collections.Frozen;
using Extraction.Core;
using Extraction.Text;

/// <summary>The tense of the verb nearest a relative day word.</summary>
public enum Tense
{
    None,
    Future,

    /// <summary>A compound past with "avoir" ("a déclaré mardi"): an event on a given day.</summary>
    PastWithAvoir,

    /// <summary>"est", "sont": a compound past with "être", or a present state ("est confronté aujourd'hui").</summary>
    OtherPast,

    /// <summary>A past form of "être" ("était", "fut", "avait été"): the time lies behind.</summary>
    PastEtre,
}

/// <summary>
/// The tense of the verb nearest a bare weekday or "aujourd'hui": a weekday in the future ("s'ouvrira mardi",
/// "auront la possibilité d'annoncer mercredi") is the next such day rather than the last, and "aujourd'hui"
/// names the document's day only beside an event told in the past ("a annoncé aujourd'hui"), not a state
/// ("nowadays").
/// </summary>
public static class NearestTense
{
    private const int Window = 8;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Future = FrozenWords.Of(
        "devrait", "devraient", "doit", "doivent", "va", "vont", "allons", "allez", "prevu", "prevue", "prevus", "prevues",
        "aura", "auront", "ira", "iront", "devra", "devront");

    // Verbs of intent and readiness look ahead when an infinitive follows them: "compte se rendre lundi", "s'est
    // dite prête à fêter vendredi", "entend signer jeudi".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prospective = FrozenWords.Of(
        "compte", "comptent", "entend", "entendent", "prevoit", "prevoient", "apprete", "appretent", "pret", "prete", "prets", "pretes",
        "envisage", "envisagent", "projette", "projettent", "espere", "esperent", "souhaite", "souhaitent", "veut", "veulent");

    // Conditional auxiliaries tell hearsay about the past: "aurait été tué mardi".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hearsay = FrozenWords.Of("serait", "seraient", "aurait", "auraient");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Avoir = FrozenWords.Of("a", "ont", "avait", "avaient", "eu");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Past = FrozenWords.Of("est", "sont");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EtrePast = FrozenWords.Of("etait", "etaient", "fut", "furent", "ete");

    /// <summary>The nearest tense marker within the sentence around token <paramref name="index"/>.</summary>
    public static Tense Around(Document document, int index)
    {
        var sentence = document.SentenceAt(document.Tokens[index].Start);
        Span<char> folded = stackalloc char[32];
        for (int distance = 1; distance <= Window; distance++)
        {
            foreach (int t in (ReadOnlySpan<int>)[index - distance, index + distance])
            {
                if (t < 0 || t >= document.Tokens.Count) continue;
                var token = document.Tokens[t];
                if (token.Kind != TokenKind.Word || token.Length > 32 || token.Start < sentence.Start || token.End > sentence.End) continue;
                var text = document.NormOf(token);
                // Folding would read the preposition "à" as the auxiliary "a".
                if (text is "à" or "À" || char.IsUpper(text[0])) continue;
                var word = TextFolding.Fold(text, folded);
                if (IsFutureForm(word) || t < index && Prospective.Contains(word) && InfinitiveFollows(document, t, index, sentence)) return Tense.Future;
                if (Avoir.Contains(word)) return Tense.PastWithAvoir;
                if (Past.Contains(word)) return Tense.OtherPast;
                if (EtrePast.Contains(word)) return Tense.PastEtre;
            }
        }
        return Tense.None;
    }

    /// <summary>
    /// An infinitive within the two words after token <paramref name="t"/>, past "à", "de" and a reflexive
    /// pronoun, and before the date at <paramref name="date"/>: "prête à fêter vendredi", "compte se rendre
    /// lundi"; in "s'est dit prêt samedi à recourir" the day is when it was said.
    /// </summary>
    private static bool InfinitiveFollows(Document document, int t, int date, TextSpan sentence)
    {
        Span<char> folded = stackalloc char[32];
        for (int k = t + 1, words = 0; k < date && words < 2; k++)
        {
            var token = document.Tokens[k];
            if (token.End > sentence.End || token.Length > 32) return false;
            var text = document.NormOf(token);
            var word = TextFolding.Fold(text, folded);
            if (word is "a" or "de" or "d'" or "se" or "s'") continue;
            if (token.Kind != TokenKind.Word || char.IsUpper(text[0])) return false;
            if (word.Length >= 4 && (word.EndsWith("er") || word.EndsWith("ir") || word.EndsWith("re"))) return true;
            words++;
        }
        return false;
    }

    /// <summary>
    /// A folded lower-case word in the simple future ("sera", "aura", "devra", "représenteront"), the conditional
    /// ("l'aide qui pourrait être dégagée dimanche"), or a marker of a coming event.
    /// </summary>
    public static bool IsFutureForm(ReadOnlySpan<char> folded) =>
        Future.Contains(folded) || FrenchVerbForms.IsFuture(folded) || (FrenchVerbForms.IsConditional(folded) && !Hearsay.Contains(folded));
}
