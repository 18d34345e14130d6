namespace Extraction.Recognizers.Commitments;

using Extraction.Text;

/// <summary>
/// Longest-match look-up of multi-word phrases over folded words. A phrase is written as space-separated
/// elements; an element lists alternatives separated by '|', and an alternative ending in '*' is a stem
/// (matches any word it begins), so a lone '*' matches any one word. "renfor* des|les capacites" matches
/// "renforcement des capacites"; "s' est * engag*" matches "s'est notamment engagé".
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly record struct Alternative(string Text, bool IsStem);

    /// <summary>A phrase and its place in the list, which breaks ties between phrases of one length: the earlier wins.</summary>
    private sealed record Phrase(Alternative[][] Elements, T Value, int Order);

    // Phrases are found by their first word: exact first words through a hash look-up, stems by their first two
    // letters (one for a one-letter stem), so a word costs three look-ups and a handful of comparisons however
    // long the lists grow. Phrases whose first word is any word ('*') are tried at every word.
    private readonly WordMap<List<Phrase>> byFirstWord, byStemStart;
    private readonly List<Phrase> anyFirstWord = [];

    // Most words begin no phrase: a bit per hashed first letter pair (of an exact first word or a two-letter stem
    // start) and per first letter (of a one-letter stem) turns them away before any look-up. A collision only
    // costs a look-up that finds nothing.
    private readonly ulong[] pairs = new ulong[FilterBits / 64];
    private readonly ulong[] initials = new ulong[FilterBits / 64];
    private const int FilterBits = 1024;

    public PhraseMatcher(IEnumerable<(string Pattern, T Value)> phrases)
    {
        var exact = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var stems = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        int order = 0;
        foreach (var (pattern, value) in phrases)
        {
            var elements = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(element => element.Split('|').Select(alt => alt.EndsWith('*') ? new Alternative(alt[..^1], true) : new Alternative(alt, false)).ToArray())
                .ToArray();
            var phrase = new Phrase(elements, value, order++);
            foreach (var first in elements[0].Where(a => !a.IsStem).Select(a => a.Text).Distinct())
            {
                Add(exact, first, phrase);
                Set(pairs, PairBit(first));
            }
            foreach (var stem in elements[0].Where(a => a.IsStem).Select(a => a.Text[..Math.Min(2, a.Text.Length)]).Distinct())
            {
                if (stem.Length == 0)
                {
                    anyFirstWord.Add(phrase);
                    continue;
                }
                Add(stems, stem, phrase);
                if (stem.Length == 1) Set(initials, stem[0] % FilterBits);
                else Set(pairs, PairBit(stem));
            }
        }
        byFirstWord = new WordMap<List<Phrase>>(exact);
        byStemStart = new WordMap<List<Phrase>>(stems);
    }

    private static int PairBit(ReadOnlySpan<char> word) => (word[0] * 31 + (word.Length > 1 ? word[1] : 0)) % FilterBits;

    private static void Set(ulong[] bits, int bit) => bits[bit >> 6] |= 1UL << bit;

    private static bool Has(ulong[] bits, int bit) => (bits[bit >> 6] & (1UL << bit)) != 0;

    private static void Add(Dictionary<string, List<Phrase>> index, string key, Phrase phrase)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (!list.Contains(phrase)) list.Add(phrase);
    }

    /// <summary>The longest phrase starting at <paramref name="index"/>, as a word count (0 when none matches).</summary>
    public int Match(string folded, ReadOnlySpan<Range> words, int index, out T value)
    {
        value = default!;
        var first = folded.AsSpan()[words[index]];
        if (first.IsEmpty) return 0;
        Phrase? best = null;
        bool pair = Has(pairs, PairBit(first));
        if (pair && byFirstWord.TryGetValue(first, out var candidates))
            best = Longest(candidates, folded, words, index, best);
        if (Has(initials, first[0] % FilterBits) && byStemStart.TryGetValue(first[..1], out candidates))
            best = Longest(candidates, folded, words, index, best);
        if (pair && first.Length > 1 && byStemStart.TryGetValue(first[..2], out candidates))
            best = Longest(candidates, folded, words, index, best);
        best = Longest(anyFirstWord, folded, words, index, best);
        if (best is null) return 0;
        value = best.Value;
        return best.Elements.Length;
    }

    private static Phrase? Longest(List<Phrase> candidates, string folded, ReadOnlySpan<Range> words, int index, Phrase? best)
    {
        foreach (var phrase in candidates)
        {
            var elements = phrase.Elements;
            int length = best?.Elements.Length ?? 0;
            if (elements.Length < length || (elements.Length == length && phrase.Order > best!.Order) || index + elements.Length > words.Length) continue;
            int k = 0;
            while (k < elements.Length && Matches(elements[k], folded.AsSpan()[words[index + k]])) k++;
            if (k == elements.Length) best = phrase;
        }
        return best;
    }

    private static bool Matches(Alternative[] alternatives, ReadOnlySpan<char> word)
    {
        foreach (var alt in alternatives)
            if (alt.IsStem ? word.StartsWith(alt.Text, StringComparison.Ordinal) : word.SequenceEqual(alt.Text)) return true;
        return false;
    }
}
