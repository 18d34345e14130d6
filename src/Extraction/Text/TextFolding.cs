namespace Extraction.Text;

using System.Globalization;
using System.Text;

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

    // Latin-1 and Latin Extended-A lower-case letters without their accents. The table does not depend on
    // ICU, which is absent under InvariantGlobalization (the CLI's setting) where string.Normalize keeps accents.
    private const string Latin1Lower = "aaaaaaæceeeeiiiidnooooo÷ouuuuyþy";
    private const string LatinExtendedA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiĳĳjjkkĸllllllllllnnnnnnŉŋŋooooooœœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzſ";

    private static char StripAccent(char c)
    {
        if (c is >= '\u00E0' and <= '\u00FF') return Latin1Lower[c - '\u00E0'];
        if (c is >= '\u0100' and <= '\u017F') return LatinExtendedA[c - '\u0100'];
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : c;
    }
}
