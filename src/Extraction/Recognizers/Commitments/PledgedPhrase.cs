namespace Extraction.Recognizers.Commitments;

using Extraction.Text;
using static CommitmentsLexicon;

/// <summary>Why a phrase may not take a word in on its left.</summary>
internal enum PhraseStop : byte
{
    None,

    /// <summary>A commitment cue: it may head an adjective ("contributions financières"), not a complement ("don de 16 hélicoptères").</summary>
    Cue,

    /// <summary>Punctuation or an actor ("le Japon des drones").</summary>
    Always,
}

/// <summary>
/// The words of a sentence as the phrase rules see them: folded text, which words may head a noun phrase,
/// and where the count covering a word starts.
/// </summary>
internal sealed class PhraseWords(string folded, Range[] words, PhraseStop[] stops, int[] countStart)
{
    public ReadOnlySpan<char> this[int i] => folded.AsSpan()[words[i]];

    public PhraseStop Stop(int i) => stops[i];

    /// <summary>The first word of the count that covers word <paramref name="i"/>, or -1.</summary>
    public int CountStart(int i) => countStart[i];
}

/// <summary>
/// The span of a commitment mention: the shortest phrase that names what is pledged and shows its type
/// (docs/ANNOTATION.md), grown from the first term of the type. Same-type terms joined by "de", "et", "à la
/// lutte contre" form one phrase ("capacités militaires et policières"); an adjective takes its noun
/// ("capacités médicales", "résolution 1612", "aide humanitaire et médicale", but "capacités médicales et | technologiques"); up to two "de" complements take their head ("rôle des femmes",
/// "intégration de la dimension de genre"); a count in front is kept ("16 hélicoptères"); a process word in front
/// is not what is pledged ("renforcement des capacités médicales" → "capacités médicales").
/// </summary>
internal static class PledgedPhrase
{
    private const int MaxJoin = 5;
    private const int MaxComplements = 2;

    public static (int Start, int End) Around(PhraseWords words, TypeTerm term, List<TypeTerm> terms, int clauseStart, int clauseEnd)
    {
        int start = term.Word, end = term.End;
        foreach (var next in terms)
        {
            if (next.Type != term.Type || next.Word < end) continue;
            if (next.Word >= clauseEnd || next.Word - end > MaxJoin || !AllConnectors(words, end, next.Word)) break;
            end = next.End;
        }

        int count = words.CountStart(term.Word);
        if (count >= clauseStart && count < start) start = count;
        else if (start > clauseStart && IsAdjective(words[start]))
        {
            // "aide humanitaire et médicale": a coordinated adjective comes with the one before it.
            int noun = start - 1;
            if (noun - 2 >= clauseStart && words[noun] is "et" or "ou" && IsAdjective(words[noun - 1]) && !terms.Exists(t => t.Word <= noun - 1 && noun - 1 < t.End)) noun -= 2;
            if (words.Stop(noun) != PhraseStop.Always && CanHead(words, noun)) start = noun;
        }

        for (int step = 0; step < MaxComplements; step++)
        {
            int j = start - 1;
            if (j >= clauseStart && PhraseArticles.Contains(words[j])) j--;
            if (j < clauseStart || !PhraseLinkers.Contains(words[j])) break;
            int head = j - 1;
            if (head < clauseStart || words.Stop(head) != PhraseStop.None || !CanHead(words, head) || IsProcess(words[head])) break;
            start = head;
            // "une aide mensuelle de 30 millions de dollars": an adjective head comes with its noun.
            if (IsAdjective(words[head]) && head - 1 >= clauseStart && words.Stop(head - 1) == PhraseStop.None && CanHead(words, head - 1) && !IsProcess(words[head - 1]))
                start = head - 1;
        }

        // Building capacity is itself the training type, so only the other types drop the process word.
        if (term.Type != CommitmentsLexicon.Training)
        {
            while (start < end - 1 && IsProcess(words[start]) && (PhraseLinkers.Contains(words[start + 1]) || PhraseArticles.Contains(words[start + 1])))
            {
                start++;
                while (start < end - 1 && (PhraseLinkers.Contains(words[start]) || PhraseArticles.Contains(words[start]))) start++;
            }
        }
        return (start, end);
    }

    private static bool AllConnectors(PhraseWords words, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!PhraseConnectors.Contains(words[i])) return false;
        return true;
    }

    private static bool CanHead(PhraseWords words, int i)
    {
        var word = words[i];
        // Infinitives ("renforcer", "fournir") govern the phrase; they are not part of it.
        return !word.IsEmpty && char.IsLetter(word[0]) && !NonHeads.Contains(word) && !CommitmentsNormalizer.LooksInfinitive(word);
    }

    private static bool IsAdjective(ReadOnlySpan<char> word) =>
        !word.IsEmpty && (char.IsDigit(word[0]) || Affixes.EndsWithAny(word, AdjectiveEndings.AsSpan()));

    private static bool IsProcess(ReadOnlySpan<char> word) => ProcessWords.Contains(word) || word.StartsWith("renfor", StringComparison.Ordinal);
}
