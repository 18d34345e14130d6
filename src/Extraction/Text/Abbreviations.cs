namespace Extraction.Text;

using System.Collections.Frozen;
using Extraction.French;

/// <summary>
/// French abbreviations written with a final period that does not end a sentence (M. Lacroix, etc., cf.).
/// Shared by the sentence splitter and the tokeniser so both agree on where "M." ends.
/// </summary>
public static class Abbreviations
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Known = new[]
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Sr",
        "etc", "cf", "p", "pp", "vol", "art", "al", "env", "av", "apr", "J.-C", "min", "max", "éd", "chap", "fig", "op", "cit", "ibid", "réf", "tél",
        "gén", "col", "cdt", "lt", "sgt", "adj", "ex", "hab", "n", "no", "vs", "c.-à-d",
    }.Concat(FrenchCalendar.MonthAbbreviations.SelectMany(abbreviations => abbreviations)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word just before a period is an abbreviation rather than the end of a sentence.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        // A single capital is an initial ("J. Smith"); a single lower-case letter is rarely a sentence's last word.
        if (word.Length == 1) return char.IsLetter(word[0]);
        return Known.Contains(word);
    }

    /// <summary>True when a period after <paramref name="word"/> belongs to the word's token ("M.", "etc.", "J.").</summary>
    public static bool IsKnownWithPeriod(ReadOnlySpan<char> word) =>
        word.Length == 1 ? char.IsUpper(word[0]) : Known.Contains(word);

    /// <summary>Abbreviations that end a sentence as often as not, so a following capital still splits.</summary>
    public static bool CanEndSentence(ReadOnlySpan<char> word) =>
        word is "etc" or "env" or "al" or "cit" or "ibid" or "J.-C";
}
