namespace Extraction.Recognizers.Dates;

/// <summary>What a recognised span needs before it has a value.</summary>
internal enum CandidateKind : byte
{
    /// <summary>A day, month or year (or an interval of them), perhaps missing its year or month.</summary>
    Calendar,

    /// <summary>A value already complete from the text alone (a century, a decade, "l'été 2018").</summary>
    Literal,
    RelativeDay,
    RelativeWeekday,
    RelativeWeek,
    RelativeMonth,
    RelativeYear,
    RelativeSeason,
    Duration,

    /// <summary>An impossible date ("31 février"): its tokens are consumed so no part of it becomes a date.</summary>
    Rejected,
}

/// <summary>
/// A span the date grammar accepted, before the document context (its date, earlier dates) fills what the text
/// leaves open. Offsets are character offsets into the document.
/// </summary>
internal struct DateCandidate
{
    public int Start;
    public int End;
    public CandidateKind Kind;
    public DatePart From;
    public DatePart To;
    public bool IsInterval;
    public string? Literal;

    /// <summary>Relative expressions: how many units later (negative: earlier); "novembre dernier", "lundi prochain": the side of the document date.</summary>
    public int Offset;

    /// <summary>Relative expressions: the weekday, the season, or 1 for a weekend.</summary>
    public int Code;

    /// <summary>A bare weekday or "ce week-end": the tense of the nearest verb, which tells which way to look.</summary>
    public Tense Tense;

    /// <summary>
    /// A date without a year: the side of the document date the text points to by its tense or by "depuis" /
    /// "d'ici" (SPEC §2), on or before (-1) or on or after (+1); 0 when the text gives none.
    /// </summary>
    public int Leaning;
}
