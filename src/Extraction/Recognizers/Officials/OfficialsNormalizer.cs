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

    /// <summary>
    /// The key of the person a name refers to in its document: its surname key, except that a one-word name that
    /// is no one's surname but another word of a longer name takes that name's key ("le président Xi" → Xi
    /// Jinping, "le président Déby" → Idriss Déby Itno).
    /// </summary>
    public static string PersonKey(string name, IEnumerable<string> namesInDocument)
    {
        var key = SurnameKey(name);
        if (WordCount(name) > 1) return key;
        string? within = null;
        foreach (var other in namesInDocument)
        {
            if (WordCount(other) == 1) continue;
            if (SurnameKey(other) == key) return key;
            if (within is null && CleanName(other).Split(' ')[..^1].Any(word => TextFolding.Fold(word) == key)) within = SurnameKey(other);
        }
        return within ?? key;
    }

    /// <summary>The name as one line: runs of white space become one space.</summary>
    public static string CleanName(string name) =>
        string.Join(' ', name.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    public static int WordCount(string name) => CleanName(name).Count(c => c == ' ') + 1;
}
