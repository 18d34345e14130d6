namespace Extraction.Recognizers.Officials;

using Extraction.Core;

/// <summary>
/// Signs that a full name with no role written beside it holds a state office: the words around it say so
/// without naming the role. Each reads a few tokens on either side of the name, so a sentence costs time in
/// proportion to its names. A cue gives the tokens to leave out when the person's state is looked for
/// (the counterpart's demonym in "son homologue libanais").
/// </summary>
internal static class OfficeCues
{
    /// <summary>How far after a name "son homologue" may come and still have the name as its subject.</summary>
    private const int MaxCounterpartDistance = 15;

    /// <summary>Tokens from "homologue" over which a counterpart's nationality is written ("homologue sud-coréen").</summary>
    private const int CounterpartPhrase = 3;

    /// <summary>A cue for the name [nameFirst, nameEnd) of the sentence [first, end), whose next name starts at <paramref name="nextName"/>: the tokens to leave out when looking for the state, or null.</summary>
    public static (int SkipFirst, int SkipEnd)? Find(TokenView view, int first, int end, int nameFirst, int nameEnd, int nextName)
    {
        if (!IsFullName(view, first, nameFirst, nameEnd)) return null;
        if (RuledBy(view, first, nameFirst) || InPower(view, end, nameEnd) || StateAct(view, end, nameEnd)) return (0, 0);
        return IsSubject(view, first, nameFirst) && Counterpart(view, end, nameEnd, nextName) is int homologue
            ? (homologue, Math.Min(end, homologue + CounterpartPhrase)) : null;
    }

    /// <summary>A name that opens its sentence or a clause ("…, où Vladimir Poutine"), not one inside a phrase ("du quotidien Yediot Aharonot").</summary>
    private static bool IsSubject(TokenView view, int first, int nameFirst)
    {
        int k = nameFirst - 1;
        if (k >= first && Ner.NerLexicon.IsHonorific(view.Word(k))) k--;
        return k < first || OfficialsLexicon.SubjectOpeners.Has(view.Word(k)) || OfficialsLexicon.IsClausePunctuation(view.Word(k));
    }

    /// <summary>Two name words or more, or one after "M."/"Mme": a single capitalised word may be a body ("le Hamas, au pouvoir à Gaza").</summary>
    private static bool IsFullName(TokenView view, int first, int nameFirst, int nameEnd) =>
        nameEnd - nameFirst >= 2 || (nameFirst > first && Ner.NerLexicon.IsHonorific(view.Word(nameFirst - 1)));

    /// <summary>"le régime de Mouammar Kadhafi", "le régime syrien de Bachar al-Assad", "l'administration Trump".</summary>
    private static bool RuledBy(TokenView view, int first, int nameFirst)
    {
        int k = nameFirst - 1;
        if (k >= first && Ner.NerLexicon.IsHonorific(view.Word(k))) k--;
        if (k < first) return false;
        if (OfficialsLexicon.RuleNounsBeforeName.Has(view.Folded(k))) return true;
        if (view.Folded(k) is not ("de" or "d'")) return false;
        k--;
        if (k >= first && OfficialsLexicon.RuleNouns.Has(view.Folded(k))) return true;
        // One adjective between the noun and "de": "régime syrien", "régime autoritaire".
        return k - 1 >= first && view.Word(k) is var adjective && adjective.Length > 0 && char.IsLower(adjective[0])
            && OfficialsLexicon.RuleNouns.Has(view.Folded(k - 1));
    }

    /// <summary>"Alexandre Loukachenko, au pouvoir depuis 1994", "Donald Trump est arrivé au pouvoir".</summary>
    private static bool InPower(TokenView view, int end, int nameEnd)
    {
        int k = nameEnd;
        if (k < end && view.Word(k) is ",") k++;
        if (k < end && view.Folded(k) is "qui") k++;
        if (k < end && view.Folded(k) is "est" or "etait" or "sont" or "etaient") k++;
        if (k < end && OfficialsLexicon.PowerParticiples.Has(view.Folded(k))) k++;
        return k + 1 < end && view.Folded(k) is "au" && view.Folded(k + 1) is "pouvoir";
    }

    /// <summary>"Hassan Diab a décrété mercredi jour de deuil national", "le président promulgue": the name is the subject of a state act.</summary>
    private static bool StateAct(TokenView view, int end, int nameEnd)
    {
        int k = nameEnd;
        if (k < end && OfficialsLexicon.Auxiliaries.Has(view.Folded(k))) k++;
        return k < end && OfficialsLexicon.StateActs.Has(view.Folded(k));
    }

    /// <summary>
    /// "Emmanuel Macron avait assuré mardi soir son homologue libanais Michel Aoun …": one who has a counterpart
    /// holds an office like the counterpart's. The index of "homologue", or null.
    /// </summary>
    private static int? Counterpart(TokenView view, int end, int nameEnd, int nextName)
    {
        int limit = Math.Min(end - 1, nameEnd + MaxCounterpartDistance);
        for (int k = nameEnd; k < limit && k < nextName; k++)
        {
            var word = view.Word(k);
            if (word is "." or ";" or ":" or "«" or "»" or "\"" or "“" or "”" or "(" or ")") return null;
            if (OfficialsLexicon.Possessives.Has(view.Folded(k)) && view.Folded(k + 1) is "homologue" or "homologues") return k + 1;
        }
        return null;
    }
}
