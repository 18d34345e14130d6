namespace Extraction.Recognizers.Dates;

/// <summary>
/// French cardinal number words up to the thousands ("sept", "soixante-dix", "deux cent cinquante",
/// "vingt et un"), enough to count the units of a duration. Input is folded (lower case, no accents).
/// </summary>
public static class FrenchNumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6,
        ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13,
        ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30,
        ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["cent"] = 100, ["cents"] = 100, ["mille"] = 1000,
    };

    /// <summary>The single number words and their values ("vingt" 20, "cent" 100).</summary>
    public static IReadOnlyDictionary<string, int> SingleWords => Words;

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of a folded phrase of number words separated by spaces, hyphens or "et"; -1 when it is not one.</summary>
    public static int Parse(ReadOnlySpan<char> folded)
    {
        int total = 0, current = 0, previous = 0, words = 0;
        foreach (var range in folded.SplitAny(" -"))
        {
            var word = folded[range];
            if (word.IsEmpty) continue;
            if (word.SequenceEqual("et"))
            {
                if (words == 0) return -1;
                continue;
            }
            if (!Lookup.TryGetValue(word, out int value)) return -1;
            words++;
            if (value == 1000)
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            }
            else if (value == 100)
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (value == 20 && previous == 4)
            {
                // "quatre-vingt": the four multiplies the twenty.
                current += 80 - 4;
            }
            else
            {
                current += value;
            }
            previous = value;
        }
        return words == 0 ? -1 : total + current;
    }
}
