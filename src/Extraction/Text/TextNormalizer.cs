namespace Extraction.Text;

/// <summary>
/// Folds typographic variants to one form, character for character, so the normalised text has the same
/// length as the original and every offset found in it is an offset into the original.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        int first = IndexOfVariant(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (dest, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(dest);
            for (int i = start; i < source.Length; i++)
                dest[i] = Fold(source[i]);
        });
    }

    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '`' => '\'',
        '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2008' => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u00AD' => '-',
        _ => c,
    };

    private static int IndexOfVariant(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (Fold(text[i]) != text[i]) return i;
        return -1;
    }
}
