namespace Extraction.Text;

/// <summary>Whether a word begins or ends with one of a list of strings: stems of a word family, endings of a form.</summary>
public static class Affixes
{
    public static bool StartsWithAny(ReadOnlySpan<char> word, ReadOnlySpan<string> stems)
    {
        foreach (var stem in stems)
            if (word.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool EndsWithAny(ReadOnlySpan<char> word, ReadOnlySpan<string> endings)
    {
        foreach (var ending in endings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
