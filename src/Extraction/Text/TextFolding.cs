namespace Extraction.Text;

/// <summary>
/// Case- and accent-insensitive keys ("États" and "etats" fold alike), for lexicon and gazetteer look-ups
/// where French writing drops accents on capitals.
/// </summary>
public static class TextFolding
{
    /// <summary>Writes the folded form of <paramref name="source"/> into <paramref name="destination"/> (same length) and returns it.</summary>
    public static Span<char> Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++)
            destination[i] = FoldChar(source[i]);
        return destination[..source.Length];
    }

    public static string Fold(string source) =>
        string.Create(source.Length, source, static (dest, s) => Fold(s, dest));

    public static char FoldChar(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        c = TextNormalizer.Fold(c);
        if (c < 128) return c;
        return c switch
        {
            'œ' or 'Œ' => 'œ',
            'æ' or 'Æ' => 'æ',
            _ => StripAccent(char.ToLowerInvariant(c)),
        };
    }

    // An explicit table rather than Unicode decomposition: the CLI runs with InvariantGlobalization, where
    // string.Normalize leaves "é" whole, so decomposition would fold differently in `extract` and in tests.
    private static readonly Dictionary<char, char> Unaccented = BuildTable(
        ("aàáâãäåāăą", 'a'), ("cçćĉċč", 'c'), ("dďđ", 'd'), ("eèéêëēĕėęě", 'e'), ("gĝğġģ", 'g'), ("hĥħ", 'h'),
        ("iìíîïĩīĭįı", 'i'), ("jĵ", 'j'), ("kķ", 'k'), ("lĺļľŀł", 'l'), ("nñńņňŉ", 'n'), ("oòóôõöøōŏő", 'o'),
        ("rŕŗř", 'r'), ("sśŝşšș", 's'), ("tţťŧț", 't'), ("uùúûüũūŭůűų", 'u'), ("wŵ", 'w'), ("yýÿŷ", 'y'), ("zźżž", 'z'));

    private static Dictionary<char, char> BuildTable(params (string Accented, char Plain)[] groups)
    {
        var table = new Dictionary<char, char>();
        foreach (var (accented, plain) in groups)
            foreach (var c in accented) table[c] = plain;
        return table;
    }

    private static char StripAccent(char c) => Unaccented.GetValueOrDefault(c, c);
}
