namespace Extraction.Evaluation;

using System.Text.RegularExpressions;

/// <summary>The closed vocabularies and value shapes of SPEC §2–§6, as checks a validator can apply.</summary>
public static class ValueFormats
{
    public static readonly IReadOnlyList<string> CommitmentTypes =
    [
        "military_police_capabilities", "rapid_deployment", "equipment", "training_capacity_building", "medical",
        "technology", "women_peace_security", "child_protection", "environment", "conduct_accountability",
        "safety_security", "financial",
    ];

    public static readonly IReadOnlyList<string> Qualifiers = ["exact", "more_than", "less_than", "at_least", "at_most", "about"];

    public static readonly IReadOnlyList<string> Statuses = ["made", "expected", "called_for"];

    /// <summary>The actor value for a group of states (SPEC §6).</summary>
    public const string MemberStates = "member_states";

    // One TIMEX3 calendar point: year, month, day (X for unknown digits), decade, century, week, weekend,
    // season, quarter or half. Day validity is checked separately because a pattern cannot know month lengths.
    private static readonly Regex TimexPoint = new(
        @"^([0-9X]{4}(-((0[1-9]|1[0-2]|XX)(-(0[1-9]|[12][0-9]|3[01]|XX))?|W(0[1-9]|[1-4][0-9]|5[0-3]|XX)(-WE)?|SP|SU|FA|WI|Q[1-4]|H[12]))?|[0-9]{3}|[0-9]{2})$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex Duration = new(
        @"^P(([0-9X]+(\.[0-9]+)?[YMWD])+(T([0-9X]+(\.[0-9]+)?[HMS])+)?|T([0-9X]+(\.[0-9]+)?[HMS])+|[0-9X]+(\.[0-9]+)?(DE|CE))$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex Acronym = new(@"^[A-Z]{2,10}$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>A date value of SPEC §2: one TIMEX3 point, or an interval "point/point".</summary>
    public static bool IsDateValue(string value)
    {
        int slash = value.IndexOf('/');
        if (slash < 0) return IsTimexPoint(value);
        return IsTimexPoint(value[..slash]) && IsTimexPoint(value[(slash + 1)..]);
    }

    public static bool IsTimexPoint(string value)
    {
        if (!TimexPoint.IsMatch(value)) return false;
        // A fully known year-month-day must exist in the calendar (no 2021-02-30).
        if (value.Length == 10 && value[5] != 'W' && !value.Contains('X'))
            return Ingest.DateHeader.IsIsoDate(value);
        return true;
    }

    public static bool IsDurationValue(string value) => Duration.IsMatch(value);

    /// <summary>An organisation written as its acronym (ONU, OTAN, UE).</summary>
    public static bool IsAcronym(string value) => Acronym.IsMatch(value);

    /// <summary>A commitment actor (SPEC §6): an ISO code, an organisation acronym, or member_states.</summary>
    public static bool IsActor(string value) => value == MemberStates || CountryCodes.IsAlpha3(value) || IsAcronym(value);

    public static bool IsCurrency(string value) => value.Length == 3 && value.All(char.IsAsciiLetterUpper);
}
