namespace Extraction.Recognizers.Officials;

using Extraction.Text;

/// <summary>Pure functions from names as written to the values the officials list carries.</summary>
public static class OfficialsNormalizer
{
    /// <summary>The key that links mentions of one person: the folded last word ("M. Lacroix" and "Jean-Pierre Lacroix" → "lacroix").</summary>
    public static string SurnameKey(string name)
    {
        var trimmed = name.AsSpan().Trim();
        int space = trimmed.LastIndexOfAny(' ', '\n', '\t');
        return TextFolding.Fold(trimmed[(space + 1)..].ToString());
    }

    /// <summary>The name as one line: runs of white space become one space.</summary>
    public static string CleanName(string name) =>
        string.Join(' ', name.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    public static int WordCount(string name) => CleanName(name).Count(c => c == ' ') + 1;
}
