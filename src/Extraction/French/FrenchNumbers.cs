namespace Extraction.French;

using System.Collections.Frozen;
using Extraction.Text;

/// <summary>What a number word contributes to the grammar that combines it with its neighbours.</summary>
public enum NumberWordKind : byte { Zero, Unit, Teen, Dix, Ten, Cent, Mille, Scale, Et }

/// <summary>A number word's part in the grammar and its value ("vingt": a ten, 20).</summary>
public readonly record struct NumberWord(NumberWordKind Kind, long Value);

/// <summary>
/// French numbers written in words: the building blocks ("sept", "vingt", "cent", "millions"), the one grammar
/// that combines them ("quatre-vingt-dix-neuf", "mille neuf cent quarante-cinq", "septante", "vingt et un"), and
/// the approximate numerals ("une dizaine", "un millier"). Keys are folded (lower case, no accents).
/// </summary>
public static class FrenchNumbers
{
    private const int MaxWordLength = 16;

    /// <summary>Beyond 10^18 a number is a code or a scan error, not a count, and arithmetic on it could overflow.</summary>
    public const decimal MaxValue = 1_000_000_000_000_000_000m;

    /// <summary>
    /// The most words a number can have: four scales in falling order (billion, milliard, million, mille), each
    /// after a block of at most six words ("neuf cent quatre vingt dix neuf"), and a last block. A longer run of
    /// number words is never one number.
    /// </summary>
    public const int MaxWords = 4 * 7 + 6;

    /// <summary>The building blocks the grammar combines; compounds are never listed.</summary>
    public static readonly FrozenDictionary<string, NumberWord> Words = new Dictionary<string, NumberWord>(StringComparer.Ordinal)
    {
        ["zero"] = new(NumberWordKind.Zero, 0),
        ["un"] = new(NumberWordKind.Unit, 1), ["une"] = new(NumberWordKind.Unit, 1),
        ["deux"] = new(NumberWordKind.Unit, 2), ["trois"] = new(NumberWordKind.Unit, 3), ["quatre"] = new(NumberWordKind.Unit, 4),
        ["cinq"] = new(NumberWordKind.Unit, 5), ["six"] = new(NumberWordKind.Unit, 6), ["sept"] = new(NumberWordKind.Unit, 7),
        ["huit"] = new(NumberWordKind.Unit, 8), ["neuf"] = new(NumberWordKind.Unit, 9),
        ["dix"] = new(NumberWordKind.Dix, 10),
        ["onze"] = new(NumberWordKind.Teen, 11), ["douze"] = new(NumberWordKind.Teen, 12), ["treize"] = new(NumberWordKind.Teen, 13),
        ["quatorze"] = new(NumberWordKind.Teen, 14), ["quinze"] = new(NumberWordKind.Teen, 15), ["seize"] = new(NumberWordKind.Teen, 16),
        ["vingt"] = new(NumberWordKind.Ten, 20), ["vingts"] = new(NumberWordKind.Ten, 20), ["trente"] = new(NumberWordKind.Ten, 30),
        ["quarante"] = new(NumberWordKind.Ten, 40), ["cinquante"] = new(NumberWordKind.Ten, 50), ["soixante"] = new(NumberWordKind.Ten, 60),
        // Belgian and Swiss tens.
        ["septante"] = new(NumberWordKind.Ten, 70), ["huitante"] = new(NumberWordKind.Ten, 80), ["octante"] = new(NumberWordKind.Ten, 80),
        ["nonante"] = new(NumberWordKind.Ten, 90),
        ["cent"] = new(NumberWordKind.Cent, 100), ["cents"] = new(NumberWordKind.Cent, 100),
        ["mille"] = new(NumberWordKind.Mille, 1000), ["mil"] = new(NumberWordKind.Mille, 1000),
        ["million"] = new(NumberWordKind.Scale, 1_000_000), ["millions"] = new(NumberWordKind.Scale, 1_000_000),
        ["milliard"] = new(NumberWordKind.Scale, 1_000_000_000), ["milliards"] = new(NumberWordKind.Scale, 1_000_000_000),
        ["billion"] = new(NumberWordKind.Scale, 1_000_000_000_000), ["billions"] = new(NumberWordKind.Scale, 1_000_000_000_000),
        ["et"] = new(NumberWordKind.Et, 0),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"une dizaine de", "des centaines de", "un millier de": nouns of approximate quantities.</summary>
    public static readonly FrozenDictionary<string, long> Approximates = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["dizaine"] = 10, ["dizaines"] = 10, ["douzaine"] = 12, ["douzaines"] = 12, ["quinzaine"] = 15, ["vingtaine"] = 20,
        ["trentaine"] = 30, ["quarantaine"] = 40, ["cinquantaine"] = 50, ["soixantaine"] = 60, ["centaine"] = 100,
        ["centaines"] = 100, ["millier"] = 1000, ["milliers"] = 1000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Every word of every sentence meets these in the counts and dates recognisers.
    private static readonly WordMap<NumberWord> WordLookup = new(Words);
    private static readonly WordMap<long> ApproximateLookup = new(Approximates);

    /// <summary>The number word a folded word is, if it is one.</summary>
    public static bool TryGetWord(ReadOnlySpan<char> folded, out NumberWord word) => WordLookup.TryGetValue(folded, out word);

    /// <summary>The quantity a folded approximate numeral stands for ("dizaine" 10), if it is one.</summary>
    public static bool TryGetApproximate(ReadOnlySpan<char> folded, out long value) => ApproximateLookup.TryGetValue(folded, out value);

    /// <summary>
    /// Number words, hyphenated or not, in any case ("soixante-dix", "deux-cent-mille", "Vingt et un"); null when the
    /// words do not form a well-made number ("deux trois", "cent cent").
    /// </summary>
    public static decimal? Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        long total = 0, hundreds = 0, sub = 0, lastScale = long.MaxValue;
        int words = 0;
        bool pendingEt = false, sawZero = false;
        NumberWordKind previousKind = NumberWordKind.Et;
        long previousValue = 0;

        foreach (var range in text.SplitAny(' ', '-'))
        {
            var raw = text[range];
            if (raw.IsEmpty) continue;
            if (raw.Length > MaxWordLength) return null;
            if (!TryGetWord(TextFolding.Fold(raw, buffer), out var word)) return null;
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

    /// <summary>The product of scale words written after digits: "milliards" → 10⁹, "mille" → 1000; null for anything else or beyond <see cref="MaxValue"/>.</summary>
    public static decimal? ParseScale(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        decimal scale = 1;
        int words = 0;
        foreach (var range in text.SplitAny(' ', '-'))
        {
            var raw = text[range];
            if (raw.IsEmpty) continue;
            if (raw.Length > MaxWordLength || !TryGetWord(TextFolding.Fold(raw, buffer), out var word)
                || word.Kind is not (NumberWordKind.Mille or NumberWordKind.Scale))
                return null;
            scale *= word.Value;
            if (scale > MaxValue) return null;
            words++;
        }
        return words == 0 ? null : scale;
    }
}
