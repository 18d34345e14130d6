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
    /// The key of the person each name refers to in its document: its surname key, except that a one-word name
    /// that is no one's surname but another word of a longer name takes that name's key ("le président Xi" →
    /// Xi Jinping, "le président Déby" → Idriss Déby Itno). Built in one pass, so linear in the number of names.
    /// </summary>
    public static string[] PersonKeys(IReadOnlyList<string> names)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var innerWords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (WordCount(name) == 1) continue;
            var key = SurnameKey(name);
            surnames.Add(key);
            foreach (var word in CleanName(name).Split(' ')[..^1])
                innerWords.TryAdd(TextFolding.Fold(word), key);
        }
        var keys = new string[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            var key = SurnameKey(names[i]);
            keys[i] = WordCount(names[i]) > 1 || surnames.Contains(key) ? key : innerWords.GetValueOrDefault(key, key);
        }
        return keys;
    }

    /// <summary>The key of a full name as written: folded, one space between words ("Emmanuel  Macron" → "emmanuel macron").</summary>
    public static string NameKey(string name) => TextFolding.Fold(CleanName(name));

    /// <summary>The folded words of a name before its surname ("Jean-Pierre Lacroix" → "jean-pierre").</summary>
    public static IEnumerable<string> GivenNameKeys(string name) =>
        CleanName(name).Split(' ')[..^1].Select(TextFolding.Fold);

    /// <summary>The name as one line: runs of white space become one space.</summary>
    public static string CleanName(string name) =>
        string.Join(' ', name.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    public static int WordCount(string name) => CleanName(name).Count(c => c == ' ') + 1;
}
