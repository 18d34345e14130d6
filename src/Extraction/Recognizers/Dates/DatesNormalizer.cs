namespace Extraction.Recognizers.Dates;

using System.Globalization;
using Extraction.French;
using Extraction.Text;

/// <summary>A date as far as it is known: 0 for an unknown year, month, day or weekday (weekday 1 = lundi).</summary>
public readonly record struct DatePart(int Year, int Month, int Day, int Weekday = 0);

/// <summary>
/// Pure functions from French date pieces to ISO 8601 / TIMEX3 values, each testable in one line.
/// </summary>
public static class DatesNormalizer
{
    /// <summary>Month number of a month name or abbreviation in any case, with or without accents or a final period; 0 when none.</summary>
    public static int MonthOf(ReadOnlySpan<char> word)
    {
        var lexeme = LookUp(word);
        return lexeme.Kind == LexKind.Month ? lexeme.Value : 0;
    }

    /// <summary>ISO weekday number (lundi = 1) of a weekday name; 0 when none.</summary>
    public static int WeekdayOf(ReadOnlySpan<char> word)
    {
        var lexeme = LookUp(word);
        return lexeme.Kind == LexKind.Weekday ? lexeme.Value : 0;
    }

    internal static Lexeme LookUp(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.') word = word[..^1];
        if (word.Length is 0 or > 32) return default;
        Span<char> folded = stackalloc char[word.Length];
        TextFolding.Fold(word, folded);
        return DatesLexicon.Lookup.TryGetValue(folded, out var lexeme) ? lexeme : default;
    }

    /// <summary>The count number words give ("soixante-dix" 70, "vingt et un" 21) as the grammar reads it; -1 when they give none.</summary>
    internal static int CountOf(ReadOnlySpan<char> numberWords) =>
        FrenchNumbers.Parse(numberWords) is decimal value && value <= int.MaxValue ? (int)value : -1;

    /// <summary>
    /// The years a value can name, 0001 to 9999 (ISO 8601's four digits): arithmetic from a document date at
    /// either end of the calendar that steps past it gives no date, never year 0 (which means unknown) or 10000.
    /// </summary>
    public static bool IsCalendarYear(int year) => year is >= 1 and <= 9999;

    /// <summary>True for a real calendar day; an unknown year (0) allows 29 February.</summary>
    public static bool IsValidDay(int year, int month, int day) =>
        (year == 0 || IsCalendarYear(year)) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year == 0 ? 2000 : year, month);

    /// <summary>The day <paramref name="days"/> after <paramref name="day"/>; null past either end of the calendar.</summary>
    public static DateOnly? AddDays(DateOnly day, long days)
    {
        long moved = day.DayNumber + days;
        return moved >= DateOnly.MinValue.DayNumber && moved <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)moved) : null;
    }

    /// <summary>"2017-11-14", "XXXX-12-07", "2017-11", "2015": as much as is known, an unknown year written XXXX.</summary>
    public static string Format(DatePart date)
    {
        var year = date.Year == 0 ? "XXXX" : date.Year.ToString("D4", CultureInfo.InvariantCulture);
        if (date.Month == 0) return year;
        var month = string.Create(CultureInfo.InvariantCulture, $"{year}-{date.Month:D2}");
        return date.Day == 0 ? month : string.Create(CultureInfo.InvariantCulture, $"{month}-{date.Day:D2}");
    }

    /// <summary>An ISO 8601 interval "a/b", or the single value when both ends are the same.</summary>
    public static string Interval(string from, string to) => from == to ? from : from + "/" + to;

    /// <summary>
    /// The year of the document date, or the one before or after, that puts a month (and day) nearest to the
    /// document date; ties go to the document's own year.
    /// </summary>
    public static int NearestYear(int month, int day, DatePart documentDate)
    {
        int best = documentDate.Year;
        long bestDistance = long.MaxValue;
        var (docFirst, docLast) = DayRange(documentDate);
        foreach (int year in (ReadOnlySpan<int>)[documentDate.Year, documentDate.Year - 1, documentDate.Year + 1])
        {
            if (!IsCalendarYear(year)) continue;
            var candidate = new DatePart(year, month, IsValidDay(year, month, day) ? day : 0);
            var (first, last) = DayRange(candidate);
            long distance = last < docFirst ? docFirst - last : first > docLast ? first - docLast : 0;
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// The year of "novembre dernier" (direction -1: the last such month or day before the document date) or
    /// "mars prochain" (+1: the first after it); the document's own month counts only with a day on each side.
    /// At either end of the calendar the year may fall outside it (see <see cref="IsCalendarYear"/>).
    /// </summary>
    /// <summary>The nearest year that puts the date on or after (<paramref name="leaning"/> +1) or on or before (-1) the document date.</summary>
    public static int YearLeaning(int month, int day, DatePart documentDate, int leaning)
    {
        var (docFirst, docLast) = DayRange(documentDate);
        foreach (int year in (ReadOnlySpan<int>)[documentDate.Year, documentDate.Year + leaning])
        {
            // Past either end of the calendar: the caller drops the date.
            if (!IsCalendarYear(year)) return year;
            var (first, last) = DayRange(new DatePart(year, month, IsValidDay(year, month, day) ? day : 0));
            if (leaning > 0 ? last >= docFirst : first <= docLast) return year;
        }
        return documentDate.Year + leaning;
    }

    public static int YearAfter(int month, int day, DatePart documentDate, int direction)
    {
        int order = month.CompareTo(documentDate.Month);
        if (order == 0 && day != 0 && documentDate.Day != 0) order = day.CompareTo(documentDate.Day);
        if (direction < 0) return order < 0 ? documentDate.Year : documentDate.Year - 1;
        return order > 0 ? documentDate.Year : documentDate.Year + 1;
    }

    private static (int First, int Last) DayRange(DatePart date)
    {
        if (date.Month == 0)
            return (DayNumber(date.Year, 1, 1), DayNumber(date.Year, 12, 31));
        if (date.Day == 0)
            return (DayNumber(date.Year, date.Month, 1), DayNumber(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)));
        int day = DayNumber(date.Year, date.Month, date.Day);
        return (day, day);
    }

    private static int DayNumber(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;

    /// <summary>The ISO weekday (lundi = 1) of a day.</summary>
    public static int WeekdayOfDate(int year, int month, int day)
    {
        int dayOfWeek = (int)new DateOnly(year, month, day).DayOfWeek;
        return dayOfWeek == 0 ? 7 : dayOfWeek;
    }

    /// <summary>"14/11/2017", "14.11.2017", "2017-11-14" to "2017-11-14"; null unless a real day.</summary>
    public static string? NumericDate(ReadOnlySpan<char> token) =>
        TryNumericDate(token, out var date) ? Format(date) : null;

    /// <summary>The day a numeric date names (day first, or ISO year first); false unless a real day.</summary>
    public static bool TryNumericDate(ReadOnlySpan<char> token, out DatePart date)
    {
        date = default;
        Span<Range> parts = stackalloc Range[4];
        int count = token.SplitAny(parts, "/.-");
        if (count != 3) return false;
        var a = token[parts[0]];
        var b = token[parts[1]];
        var c = token[parts[2]];
        char separator = token[a.Length];
        if (token[a.Length + 1 + b.Length] != separator) return false;
        int year, month, day;
        if (separator == '-' && a.Length == 4 && b.Length is 1 or 2 && c.Length is 1 or 2)
            (year, month, day) = (AsciiDigits.Value(a), AsciiDigits.Value(b), AsciiDigits.Value(c));
        else if (separator != '-' && a.Length is 1 or 2 && b.Length is 1 or 2 && c.Length == 4)
            (year, month, day) = (AsciiDigits.Value(c), AsciiDigits.Value(b), AsciiDigits.Value(a));
        else
            return false;
        date = new DatePart(year, month, day);
        return year > 0 && IsValidDay(year, month, day);
    }

    /// <summary>"7-8" to (7, 8), "2015-2018" to (2015, 2018); false unless two plain numbers with one hyphen.</summary>
    public static bool TrySplitRange(ReadOnlySpan<char> token, out int first, out int second)
    {
        first = second = 0;
        int hyphen = token.IndexOf('-');
        if (hyphen <= 0 || hyphen > 4 || token.Length - hyphen - 1 is < 1 or > 4) return false;
        first = AsciiDigits.Value(token[..hyphen]);
        second = AsciiDigits.Value(token[(hyphen + 1)..]);
        return first > 0 && second > 0;
    }

    /// <summary>A year a date may name: four digits from 1000 to 2199.</summary>
    public static bool IsYear(int value) => value is >= 1000 and <= 2199;

    /// <summary>The number of a century ordinal: "XIIe" and "12e" to 12, "Ier" to 1; 0 when not one.</summary>
    public static int CenturyOrdinal(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("ème") || word.EndsWith("eme")) word = word[..^3];
        else if (word.EndsWith("er") || word.EndsWith("re")) word = word[..^2];
        else if (word.EndsWith("e")) word = word[..^1];
        else return 0;
        int arabic = AsciiDigits.Value(word);
        return arabic > 0 ? arabic : Roman(word);
    }

    /// <summary>Value of an upper-case Roman numeral up to 39 (I, IV, XII, XXI); 0 when not one.</summary>
    public static int Roman(ReadOnlySpan<char> numeral)
    {
        int total = 0, previous = int.MaxValue;
        foreach (char c in numeral)
        {
            int value = c switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 };
            if (value == 0) return 0;
            total += value > previous ? value - 2 * previous : value;
            previous = value;
        }
        return total is > 0 and < 40 ? total : 0;
    }

    /// <summary>TIMEX3 century value: the XIIe siècle (1101-1200) is "11".</summary>
    public static string Century(int ordinal) => (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>TIMEX3 decade value: "les années 2000" is "200", "les années 90" (two digits) "199"; null when not a decade.</summary>
    public static string? Decade(ReadOnlySpan<char> digits)
    {
        int value = AsciiDigits.Value(digits);
        if (digits.Length == 2 && value % 10 == 0 && value >= 20) return "19" + digits[0];
        if (digits.Length == 4 && value % 10 == 0 && IsYear(value)) return digits[..3].ToString();
        return null;
    }

    /// <summary>TIMEX3 season value "2018-SU" (season 1 printemps … 4 hiver).</summary>
    public static string Season(int year, int season) =>
        Format(new DatePart(year, 0, 0)) + "-" + DatesLexicon.SeasonCodes[season];

    /// <summary>TIMEX3 quarter or half-year value: (2020, Quarter, 1) "2020-Q1", (2020, Half, 2) "2020-H2"; null when out of range.</summary>
    public static string? PartOfYear(int year, DateUnit unit, int ordinal) => unit switch
    {
        DateUnit.Quarter when ordinal is >= 1 and <= 4 => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{ordinal}"),
        DateUnit.Half when ordinal is 1 or 2 => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-H{ordinal}"),
        _ => null,
    };

    /// <summary>ISO week value "2020-W34" of a day moved by whole weeks, with "-WE" for its weekend; null past the calendar's ends.</summary>
    public static string? Week(DateOnly day, int weeksLater, bool weekend)
    {
        if (AddDays(day, 7L * weeksLater) is not { } movedDay) return null;
        var moved = movedDay.ToDateTime(TimeOnly.MinValue);
        var value = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(moved):D4}-W{ISOWeek.GetWeekOfYear(moved):D2}");
        return weekend ? value + "-WE" : value;
    }

    /// <summary>
    /// The day a weekday names: the nearest on or before the reference (direction -1) or on or after it (+1);
    /// strictly so when <paramref name="strict"/>; null when that day is past either end of the calendar.
    /// </summary>
    public static DateOnly? WeekdayFrom(DateOnly reference, int weekday, int direction, bool strict)
    {
        int current = (int)reference.DayOfWeek == 0 ? 7 : (int)reference.DayOfWeek;
        int shift = direction < 0 ? -((current - weekday + 7) % 7) : (weekday - current + 7) % 7;
        if (shift == 0 && strict) shift = 7 * direction;
        return AddDays(reference, shift);
    }

    /// <summary>ISO 8601 duration of a count of units: (2, Day) "P2D", (7, Year) "P7Y", (2, Decade) "P20Y", (48, Hour) "PT48H"; null for units without one.</summary>
    public static string? Duration(int count, DateUnit unit) => unit switch
    {
        DateUnit.Day => string.Create(CultureInfo.InvariantCulture, $"P{count}D"),
        DateUnit.Week => string.Create(CultureInfo.InvariantCulture, $"P{count}W"),
        DateUnit.Month => string.Create(CultureInfo.InvariantCulture, $"P{count}M"),
        DateUnit.Year => string.Create(CultureInfo.InvariantCulture, $"P{count}Y"),
        DateUnit.Decade => string.Create(CultureInfo.InvariantCulture, $"P{count * 10}Y"),
        DateUnit.Century => string.Create(CultureInfo.InvariantCulture, $"P{count * 100}Y"),
        DateUnit.Hour => string.Create(CultureInfo.InvariantCulture, $"PT{count}H"),
        _ => null,
    };

    /// <summary>ISO 8601 duration of an unstated number of units, TIMEX3 style: Day "PXD", Year "PXY", Hour "PTXH"; null for units without one.</summary>
    public static string? DurationOfSomeUnits(DateUnit unit) => unit switch
    {
        DateUnit.Day => "PXD",
        DateUnit.Week => "PXW",
        DateUnit.Month => "PXM",
        DateUnit.Year or DateUnit.Decade or DateUnit.Century => "PXY",
        DateUnit.Hour => "PTXH",
        _ => null,
    };

    /// <summary>"2021-12" to (2021, 12, 0); null unless an ISO year, month or day.</summary>
    public static DatePart? ParseDocumentDate(string? value)
    {
        if (value is null || !Ingest.DateHeader.IsIsoDate(value)) return null;
        int year = AsciiDigits.Value(value.AsSpan(0, 4));
        int month = value.Length >= 7 ? AsciiDigits.Value(value.AsSpan(5, 2)) : 0;
        int day = value.Length == 10 ? AsciiDigits.Value(value.AsSpan(8, 2)) : 0;
        return year > 0 ? new DatePart(year, month, day) : null;
    }
}
