namespace Extraction.Recognizers.Counts;

using Extraction.French;

/// <summary>
/// Pure functions from the text of a French number to its value: digits as French press writes them
/// ("87.000", "87 000", "7,5"), number words (<see cref="FrenchNumbers"/>), and both mixed ("7 milliards",
/// "1,5 million").
/// Values are computed in <see cref="decimal"/> so "2,3 millions" is exactly 2300000.
/// </summary>
public static class CountsNormalizer
{
    /// <summary>Digits, number words, or digits followed by scale words; null when the text is not a number.</summary>
    public static decimal? ParseNumber(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return null;
        if (!char.IsAsciiDigit(text[0])) return FrenchNumbers.Parse(text);

        int digitsEnd = 0;
        while (digitsEnd < text.Length && (char.IsAsciiDigit(text[digitsEnd]) || IsSeparator(text[digitsEnd])
                                           && digitsEnd + 1 < text.Length && char.IsAsciiDigit(text[digitsEnd + 1])))
            digitsEnd++;
        var value = ParseDigits(text[..digitsEnd]);
        if (value is null || digitsEnd == text.Length) return value;
        var scale = FrenchNumbers.ParseScale(text[digitsEnd..]);
        return scale is null || value > FrenchNumbers.MaxValue / scale ? null : value * scale;
    }

    /// <summary>
    /// "87.000", "87 000" (any space) and "87000" are 87000; "7,5" is 7.5. A dot or space followed by exactly
    /// three digits groups thousands; a comma, or a dot followed by anything else, marks the decimals.
    /// </summary>
    public static decimal? ParseDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiDigit(text[0])) return null;
        decimal value = 0, fraction = 0.1m;
        bool inDecimals = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (inDecimals)
                {
                    value += (c - '0') * fraction;
                    fraction /= 10;
                }
                else
                {
                    if (value > 100_000_000_000_000m) return null;
                    value = value * 10 + (c - '0');
                }
                continue;
            }
            if (!IsSeparator(c) || i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1])) return null;
            bool groupsThousands = c != ',' && IsGroupOfThree(text, i + 1);
            if (groupsThousands && !inDecimals) continue;
            if (inDecimals || c is not (',' or '.')) return null;
            inDecimals = true;
        }
        return value;
    }

    /// <summary>A whole value as <see cref="long"/>, any other as <see cref="double"/>, as records write them.</summary>
    public static object ToValue(decimal value) =>
        value == decimal.Truncate(value) && value <= long.MaxValue ? (object)(long)value : (double)value;

    private static bool IsSeparator(char c) => c is '.' or ',' or ' ' or '\u00A0' or '\u202F';

    private static bool IsGroupOfThree(ReadOnlySpan<char> text, int start) =>
        start + 3 <= text.Length && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
        && (start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]));
}
