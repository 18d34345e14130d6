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

    // Latin letters are stripped from a table: string.Normalize needs ICU, which the CLI's invariant-globalization
    // build lacks, so there it returned "é" unchanged and folding depended on how the program was built.
    private const string LatinAccented = "İàáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž";
    private const string LatinPlain = "iaaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzz";

    private static char StripAccent(char c)
    {
        // Other scripts keep their letters: French names need no more, and a char-by-char decomposition would
        // fail on the halves of a surrogate pair (emoji, rare CJK).
        int latin = LatinAccented.IndexOf(c);
        return latin >= 0 ? LatinPlain[latin] : c;
    }
}
