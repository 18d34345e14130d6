namespace Extraction.Recognizers.Commitments;

/// <summary>
/// Longest-match look-up of multi-word phrases over folded words. A phrase is written as space-separated
/// elements; an element lists alternatives separated by '|', and an alternative ending in '*' is a stem
/// (matches any word it begins), so a lone '*' matches any one word. "renfor* des|les capacites" matches
/// "renforcement des capacites"; "s' est * engag*" matches "s'est notamment engagé".
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly record struct Alternative(string Text, bool IsStem);

    private sealed record Phrase(Alternative[][] Elements, T Value);

    private readonly Dictionary<char, List<Phrase>> byFirstChar = [];

    public PhraseMatcher(IEnumerable<(string Pattern, T Value)> phrases)
    {
        foreach (var (pattern, value) in phrases)
        {
            var elements = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(element => element.Split('|').Select(alt => alt.EndsWith('*') ? new Alternative(alt[..^1], true) : new Alternative(alt, false)).ToArray())
                .ToArray();
            var phrase = new Phrase(elements, value);
            foreach (var first in elements[0].Select(a => a.Text[0]).Distinct())
            {
                if (!byFirstChar.TryGetValue(first, out var list))
                    byFirstChar[first] = list = [];
                list.Add(phrase);
            }
        }
    }

    /// <summary>The longest phrase starting at <paramref name="index"/>, as a word count (0 when none matches).</summary>
    public int Match(string folded, ReadOnlySpan<Range> words, int index, out T value)
    {
        value = default!;
        var first = folded.AsSpan()[words[index]];
        if (first.IsEmpty || !byFirstChar.TryGetValue(first[0], out var candidates)) return 0;
        int best = 0;
        foreach (var phrase in candidates)
        {
            var elements = phrase.Elements;
            if (elements.Length <= best || index + elements.Length > words.Length) continue;
            int k = 0;
            while (k < elements.Length && Matches(elements[k], folded.AsSpan()[words[index + k]])) k++;
            if (k == elements.Length)
            {
                best = k;
                value = phrase.Value;
            }
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
