namespace Extraction.French;

using System.Collections.Immutable;

/// <summary>
/// Month, season and weekday names as French writes them, accented. The tokeniser and the sentence splitter read the
/// abbreviations as written; the recognisers fold the names into their lexicons' keys ("février" → "fevrier").
/// </summary>
public static class FrenchCalendar
{
    /// <summary>January first.</summary>
    public static readonly ImmutableArray<string> Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>
    /// Each month's abbreviations, written before their period ("janv.", "févr." or "fév."); names of five letters
    /// or fewer are not abbreviated.
    /// </summary>
    public static readonly ImmutableArray<ImmutableArray<string>> MonthAbbreviations =
        [["janv"], ["févr", "fév"], [], ["avr"], [], [], ["juil"], [], ["sept"], ["oct"], ["nov"], ["déc"]];

    /// <summary>Spring first, as TIMEX3 orders its season codes (SP, SU, FA, WI).</summary>
    public static readonly ImmutableArray<string> Seasons = ["printemps", "été", "automne", "hiver"];

    /// <summary>Monday first, as ISO 8601 numbers the days: the name of day d is Weekdays[d - 1].</summary>
    public static readonly ImmutableArray<string> Weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
}
