namespace Extraction.Recognizers.Dates;

using Extraction.Core;
using Extraction.French;

/// <summary>
/// Gives each recognised span its value from the document context, in text order: a missing year comes from
/// the document date (the nearest year), else from an earlier explicit date of the same month, else XXXX;
/// relative expressions resolve only when the document date is precise enough, and are dropped otherwise.
/// </summary>
internal sealed class DatesResolver(Document document)
{
    private readonly DatePart? documentDate = DatesNormalizer.ParseDocumentDate(document.DocumentDate);
    private readonly List<Mention> dates = document.MentionsOf(DatesExtension.Dates);
    private readonly List<Mention> durations = document.MentionsOf(DatesExtension.Durations);

    // (year, month) of each date written with its year, for the "same month earlier in the document" rule.
    private readonly List<(int Year, int Month)> explicitMonths = [];

    public void Emit(List<DateCandidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            switch (candidate.Kind)
            {
                case CandidateKind.Duration:
                    durations.Add(Mention.FromSpan(document, candidate.Start, candidate.End, candidate.Literal));
                    break;
                case CandidateKind.Literal:
                    Add(candidate, candidate.Literal!);
                    break;
                case CandidateKind.Calendar:
                    EmitCalendar(candidate);
                    break;
                case CandidateKind.Rejected:
                    break;
                default:
                    if (Relative(candidate) is { } value) Add(candidate, value);
                    break;
            }
        }
    }

    private Mention Add(DateCandidate candidate, string value)
    {
        var mention = Mention.FromSpan(document, candidate.Start, candidate.End, value);
        dates.Add(mention);
        return mention;
    }

    private void EmitCalendar(DateCandidate candidate)
    {
        var first = candidate.From;
        var last = candidate.IsInterval ? candidate.To : candidate.From;
        if (first.Month == 0 && first.Day != 0)
        {
            // "mardi 14" names a day of the document's month, or of no month we know.
            if (documentDate is not { Month: > 0 } date) return;
            first = first with { Year = date.Year, Month = date.Month };
            last = last with { Year = date.Year, Month = date.Month };
        }
        else if (last.Year == 0 && first.Year == 0 && last.Month != 0)
        {
            if (FillYear(last.Month, last.Day, candidate.Offset, candidate.Leaning) is not { } year) return;
            int firstYear = year == 0 || first.Month <= last.Month ? year : year - 1;
            // "de décembre à janvier" in a document of 0001 would start in year 0, which means unknown: no date.
            if (year != 0 && !DatesNormalizer.IsCalendarYear(firstYear)) return;
            last = last with { Year = year };
            first = first with { Year = firstYear };
        }
        else if (last.Year == 0 && last.Month != 0)
        {
            last = last with { Year = last.Month < first.Month ? first.Year + 1 : first.Year };
        }
        else if (first.Month != 0)
        {
            explicitMonths.Add((first.Year, first.Month));
            if (last.Month != first.Month || last.Year != first.Year) explicitMonths.Add((last.Year, last.Month));
        }

        if (!IsValid(first) || !IsValid(last)) return;
        var value = candidate.IsInterval
            ? DatesNormalizer.Interval(DatesNormalizer.Format(first), DatesNormalizer.Format(last))
            : DatesNormalizer.Format(first);
        var mention = Add(candidate, value);
        var firstWarning = WeekdayWarning(first);
        var lastWarning = candidate.IsInterval ? WeekdayWarning(last) : null;
        if (firstWarning is not null || lastWarning is not null)
            mention.With("warnings", new[] { firstWarning, lastWarning }.OfType<string>().ToArray());
    }

    private static bool IsValid(DatePart date) =>
        date.Day == 0 ? date.Year == 0 || DatesNormalizer.IsCalendarYear(date.Year) : DatesNormalizer.IsValidDay(date.Year, date.Month, date.Day);

    /// <summary>The year of a month written without one: 0 when unknown, null when it would fall past the calendar's ends.</summary>
    private int? FillYear(int month, int day, int direction, int leaning)
    {
        if (documentDate is { Month: > 0 } dated && direction != 0)
        {
            int year = DatesNormalizer.YearAfter(month, day, dated, direction);
            return DatesNormalizer.IsCalendarYear(year) ? year : null;
        }
        if (documentDate is { } leaned && leaning != 0)
        {
            int year = DatesNormalizer.YearLeaning(month, day, leaned, leaning);
            return DatesNormalizer.IsCalendarYear(year) ? year : null;
        }
        if (documentDate is { } date) return DatesNormalizer.NearestYear(month, day, date);
        for (int i = explicitMonths.Count - 1; i >= 0; i--)
            if (explicitMonths[i].Month == month) return explicitMonths[i].Year;
        return 0;
    }

    private static string? WeekdayWarning(DatePart date)
    {
        if (date.Weekday == 0 || date.Year == 0 || date.Day == 0) return null;
        int actual = DatesNormalizer.WeekdayOfDate(date.Year, date.Month, date.Day);
        return actual == date.Weekday ? null
            : $"{FrenchCalendar.Weekdays[date.Weekday - 1]} contradicts {DatesNormalizer.Format(date)}, a {FrenchCalendar.Weekdays[actual - 1]}";
    }

    private string? Relative(DateCandidate candidate)
    {
        if (documentDate is not { } date) return null;
        bool hasDay = date.Day != 0;
        var day = hasDay ? new DateOnly(date.Year, date.Month, date.Day) : default;
        switch (candidate.Kind)
        {
            case CandidateKind.RelativeYear:
                int year = date.Year + candidate.Offset;
                return DatesNormalizer.IsCalendarYear(year) ? DatesNormalizer.Format(new DatePart(year, 0, 0)) : null;
            case CandidateKind.RelativeMonth when date.Month != 0:
                int months = date.Year * 12 + date.Month - 1 + candidate.Offset;
                return DatesNormalizer.IsCalendarYear(months / 12) ? DatesNormalizer.Format(new DatePart(months / 12, months % 12 + 1, 0)) : null;
            case CandidateKind.RelativeSeason:
                int seasonYear = SeasonYear(candidate.Code, candidate.Offset, date);
                return DatesNormalizer.IsCalendarYear(seasonYear) ? DatesNormalizer.Season(seasonYear, candidate.Code) : null;
            case CandidateKind.RelativeDay when hasDay:
                return DatesNormalizer.AddDays(day, candidate.Offset) is { } relativeDay ? Format(relativeDay) : null;
            case CandidateKind.RelativeWeekday when hasDay:
                bool strict = candidate.Offset != 0;
                int direction = strict ? candidate.Offset : candidate.Tense == Tense.Future ? 1 : -1;
                if (DatesNormalizer.WeekdayFrom(day, candidate.Code, direction, strict) is not { } first) return null;
                if (!candidate.IsInterval) return Format(first);
                // The second weekday is the next one of its name after the first: "de vendredi à lundi" spans a weekend.
                int length = (candidate.To.Weekday - candidate.Code + 7) % 7;
                return DatesNormalizer.AddDays(first, length == 0 ? 7 : length) is { } second ? DatesNormalizer.Interval(Format(first), Format(second)) : null;
            case CandidateKind.RelativeWeek when hasDay:
                bool weekend = candidate.Code == 1;
                // "ce week-end" said on a weekday in a past tense is the one just gone.
                bool pastWeekend = weekend && candidate.Offset == 0 && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                    && candidate.Tense is Tense.PastWithAvoir or Tense.OtherPast or Tense.PastEtre;
                return DatesNormalizer.Week(day, pastWeekend ? -1 : candidate.Offset, weekend);
            default:
                return null;
        }
    }

    private static string Format(DateOnly day) => DatesNormalizer.Format(new DatePart(day.Year, day.Month, day.Day));

    /// <summary>The year a season label takes: "cet été", "l'été dernier" (the last one over), "l'hiver prochain" (the next to come).</summary>
    internal static int SeasonYear(int season, int offset, DatePart date)
    {
        const int winter = 4;
        int start = season * 3, end = season * 3 + 2, month = date.Month, year = date.Year;
        if (month == 0) return year + offset;
        if (season == winter)
        {
            // A winter is labelled by the year of its December.
            return offset switch
            {
                < 0 => month <= 2 ? year - 2 : year - 1,
                > 0 => month == 12 ? year + 1 : year,
                _ => month <= 2 ? year - 1 : year,
            };
        }
        return offset switch
        {
            < 0 => month > end ? year : year - 1,
            > 0 => month < start ? year : year + 1,
            _ => year,
        };
    }
}
