namespace Extraction.Recognizers.Counts;

using Extraction.Text;
using static CountsLexicon;

/// <summary>
/// Pure functions from the text of a French number to its value: digits as French press writes them
/// ("87.000", "87 000", "7,5"), number words parsed by their grammar ("quatre-vingt-dix-neuf",
/// "mille neuf cent quarante-cinq", "septante"), and both mixed ("7 milliards", "1,5 million").
/// Values are computed in <see cref="decimal"/> so "2,3 millions" is exactly 2300000.
/// </summary>
public static class CountsNormalizer
{
    private const int MaxWordLength = 16;

    /// <summary>Beyond 10^18 a number is a code or a scan error, not a count, and arithmetic on it could overflow.</summary>
    public const decimal MaxValue = 1_000_000_000_000_000_000m;

    /// <summary>
    /// The most words a number can have: four scales in falling order (billion, milliard, million, mille), each
    /// after a block of at most six words ("neuf cent quatre vingt dix neuf"), and a last block. A longer run of
    /// number words is never one number.
    /// </summary>
    public const int MaxNumberWords = 4 * 7 + 6;

    /// <summary>Digits, number words, or digits followed by scale words; null when the text is not a number.</summary>
    public static decimal? ParseNumber(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return null;
        if (!char.IsAsciiDigit(text[0])) return ParseWords(text);

        int digitsEnd = 0;
        while (digitsEnd < text.Length && (char.IsAsciiDigit(text[digitsEnd]) || IsSeparator(text[digitsEnd])
                                           && digitsEnd + 1 < text.Length && char.IsAsciiDigit(text[digitsEnd + 1])))
            digitsEnd++;
        var value = ParseDigits(text[..digitsEnd]);
        if (value is null || digitsEnd == text.Length) return value;
        var scale = ParseScale(text[digitsEnd..]);
        return scale is null || value > MaxValue / scale ? null : value * scale;
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

    /// <summary>
    /// French number words, hyphenated or not ("soixante-dix", "deux-cent-mille", "vingt et un"); null when the
    /// words do not form a well-made number ("deux trois", "cent cent").
    /// </summary>
    public static decimal? ParseWords(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        long total = 0, hundreds = 0, sub = 0, lastScale = long.MaxValue;
        int words = 0;
        bool pendingEt = false, sawZero = false;
        NumberWordKind previousKind = NumberWordKind.Et;
        long previousValue = 0;
        var lookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

        foreach (var range in text.SplitAny(' ', '-'))
        {
            var raw = text[range];
            if (raw.IsEmpty) continue;
            if (raw.Length > MaxWordLength) return null;
            if (!lookup.TryGetValue(TextFolding.Fold(raw, buffer), out var word)) return null;
            words++;
            var (kind, value) = word;
            if (pendingEt && !(value == 1 && kind == NumberWordKind.Unit || value == 11)) return null;
            switch (kind)
            {
                case NumberWordKind.Zero:
                    sawZero = true;
                    break;
                case NumberWordKind.Unit:
                    bool unitFits = sub == 0 || sub >= 20 && sub % 10 == 0 || sub == 10 && value >= 7;
                    if (!unitFits) return null;
                    sub += value;
                    break;
                case NumberWordKind.Teen:
                    if (sub is not (0 or 60 or 80)) return null;
                    sub += value;
                    break;
                case NumberWordKind.Dix:
                    if (sub is not (0 or 60 or 80)) return null;
                    sub += value;
                    break;
                case NumberWordKind.Ten:
                    // "quatre-vingt(s)": the only ten multiplied by the unit before it.
                    if (value == 20 && sub == 4 && previousKind == NumberWordKind.Unit && previousValue == 4)
                        sub = 80;
                    else if (sub == 0)
                        sub = value;
                    else
                        return null;
                    break;
                case NumberWordKind.Cent:
                    if (hundreds != 0 || sub >= 10) return null;
                    hundreds = Math.Max(sub, 1) * 100;
                    sub = 0;
                    break;
                case NumberWordKind.Mille:
                case NumberWordKind.Scale:
                    if (value >= lastScale) return null;
                    long block = hundreds + sub;
                    if (block == 0 && (kind == NumberWordKind.Scale || words > 1)) return null;
                    total += Math.Max(block, 1) * value;
                    lastScale = value;
                    hundreds = sub = 0;
                    break;
                case NumberWordKind.Et:
                    if (sub < 20 || sub % 10 != 0) return null;
                    pendingEt = true;
                    previousKind = kind;
                    continue;
            }
            pendingEt = false;
            previousKind = kind;
            previousValue = value;
        }
        if (words == 0 || pendingEt || sawZero && words > 1) return null;
        return total + hundreds + sub;
    }

    /// <summary>The product of scale words after digits: "milliards" → 10⁹, "mille" → 1000; null for anything else or beyond <see cref="MaxValue"/>.</summary>
    public static decimal? ParseScale(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var lookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        decimal scale = 1;
        int words = 0;
        foreach (var range in text.SplitAny(' ', '-'))
        {
            var raw = text[range];
            if (raw.IsEmpty) continue;
            if (raw.Length > MaxWordLength || !lookup.TryGetValue(TextFolding.Fold(raw, buffer), out var word)
                || word.Kind is not (NumberWordKind.Mille or NumberWordKind.Scale))
                return null;
            scale *= word.Value;
            if (scale > MaxValue) return null;
            words++;
        }
        return words == 0 ? null : scale;
    }

    /// <summary>A whole value as <see cref="long"/>, any other as <see cref="double"/>, as records write them.</summary>
    public static object ToValue(decimal value) =>
        value == decimal.Truncate(value) && value <= long.MaxValue ? (object)(long)value : (double)value;

    private static bool IsSeparator(char c) => c is '.' or ',' or ' ' or '\u00A0' or '\u202F';

    private static bool IsGroupOfThree(ReadOnlySpan<char> text, int start) =>
        start + 3 <= text.Length && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
        && (start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]));
}
