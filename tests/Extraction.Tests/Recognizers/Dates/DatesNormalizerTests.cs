namespace Extraction.Tests.Recognizers.Dates;

using Extraction.Recognizers.Dates;

public class DatesNormalizerTests
{
    [TestCase("novembre", 11)]
    [TestCase("Décembre", 12)]
    [TestCase("DECEMBRE", 12)]
    [TestCase("déc.", 12)]
    [TestCase("janv.", 1)]
    [TestCase("févr.", 2)]
    [TestCase("fevrier", 2)]
    [TestCase("sept.", 9)]
    [TestCase("août", 8)]
    [TestCase("aout", 8)]
    [TestCase("lundi", 0)]
    public void Month_names(string word, int month) => Assert.That(DatesNormalizer.MonthOf(word), Is.EqualTo(month));

    [TestCase("lundi", 1)]
    [TestCase("Mercredi", 3)]
    [TestCase("dimanche", 7)]
    [TestCase("mai", 0)]
    public void Weekday_names(string word, int weekday) => Assert.That(DatesNormalizer.WeekdayOf(word), Is.EqualTo(weekday));

    [TestCase(2017, 11, 14, "2017-11-14")]
    [TestCase(0, 12, 7, "XXXX-12-07")]
    [TestCase(2017, 11, 0, "2017-11")]
    [TestCase(2015, 0, 0, "2015")]
    [TestCase(0, 11, 0, "XXXX-11")]
    public void Formats_as_far_as_known(int year, int month, int day, string value) =>
        Assert.That(DatesNormalizer.Format(new DatePart(year, month, day)), Is.EqualTo(value));

    [TestCase("2017-11-14", "2017-11-15", "2017-11-14/2017-11-15")]
    [TestCase("2015", "2015", "2015")]
    public void Intervals(string from, string to, string value) => Assert.That(DatesNormalizer.Interval(from, to), Is.EqualTo(value));

    [TestCase(2017, 2, 29, false)]
    [TestCase(2016, 2, 29, true)]
    [TestCase(0, 2, 29, true)]
    [TestCase(0, 2, 30, false)]
    [TestCase(2017, 13, 1, false)]
    [TestCase(2017, 4, 31, false)]
    public void Real_days(int year, int month, int day, bool valid) => Assert.That(DatesNormalizer.IsValidDay(year, month, day), Is.EqualTo(valid));

    [TestCase("14/11/2017", "2017-11-14")]
    [TestCase("14.11.2017", "2017-11-14")]
    [TestCase("2017-11-14", "2017-11-14")]
    [TestCase("1/3/2020", "2020-03-01")]
    [TestCase("31/02/2017", null)]
    [TestCase("14/13/2017", null)]
    [TestCase("14/11-2017", null)]
    [TestCase("87.000", null)]
    public void Numeric_dates(string token, string? value) => Assert.That(DatesNormalizer.NumericDate(token), Is.EqualTo(value));

    [TestCase(11, 0, "2017-11", 2017)]
    [TestCase(1, 5, "2017-12", 2018)]
    [TestCase(12, 5, "2018-01", 2017)]
    [TestCase(6, 10, "2021-12", 2022)]
    [TestCase(6, 10, "2021-08-20", 2021)]
    [TestCase(3, 1, "2021", 2021)]
    public void Nearest_year_to_the_document_date(int month, int day, string documentDate, int year) =>
        Assert.That(DatesNormalizer.NearestYear(month, day, DatesNormalizer.ParseDocumentDate(documentDate)!.Value), Is.EqualTo(year));

    [TestCase(1, 0, "2020-06", -1, 2020)]
    [TestCase(11, 0, "2021-11", -1, 2020)]
    [TestCase(11, 0, "2020-07", 1, 2020)]
    [TestCase(3, 0, "2020-07", 1, 2021)]
    [TestCase(11, 20, "2021-11-10", 1, 2021)]
    [TestCase(11, 3, "2021-11-10", -1, 2021)]
    public void Year_of_last_or_next_month(int month, int day, string documentDate, int direction, int year) =>
        Assert.That(DatesNormalizer.YearAfter(month, day, DatesNormalizer.ParseDocumentDate(documentDate)!.Value, direction), Is.EqualTo(year));

    [TestCase("XIIe", 12)]
    [TestCase("XXIe", 21)]
    [TestCase("XIXe", 19)]
    [TestCase("IVe", 4)]
    [TestCase("Ier", 1)]
    [TestCase("21e", 21)]
    [TestCase("le", 0)]
    [TestCase("XII", 0)]
    public void Century_ordinals(string word, int number) => Assert.That(DatesNormalizer.CenturyOrdinal(word), Is.EqualTo(number));

    [TestCase(12, "11")]
    [TestCase(21, "20")]
    [TestCase(1, "00")]
    public void Centuries(int ordinal, string value) => Assert.That(DatesNormalizer.Century(ordinal), Is.EqualTo(value));

    [TestCase("2000", "200")]
    [TestCase("1990", "199")]
    [TestCase("90", "199")]
    [TestCase("2015", null)]
    [TestCase("5", null)]
    public void Decades(string digits, string? value) => Assert.That(DatesNormalizer.Decade(digits), Is.EqualTo(value));

    [TestCase(2018, 2, "2018-SU")]
    [TestCase(2019, 1, "2019-SP")]
    [TestCase(2020, 4, "2020-WI")]
    public void Seasons(int year, int season, string value) => Assert.That(DatesNormalizer.Season(year, season), Is.EqualTo(value));

    [TestCase(2020, DateUnit.Quarter, 1, "2020-Q1")]
    [TestCase(2019, DateUnit.Half, 2, "2019-H2")]
    [TestCase(2019, DateUnit.Quarter, 5, null)]
    [TestCase(2019, DateUnit.Year, 1, null)]
    public void Parts_of_years(int year, DateUnit unit, int ordinal, string? value) =>
        Assert.That(DatesNormalizer.PartOfYear(year, unit, ordinal), Is.EqualTo(value));

    [TestCase("2020-08-25", 0, false, "2020-W35")]
    [TestCase("2020-08-25", -1, false, "2020-W34")]
    [TestCase("2020-08-25", -1, true, "2020-W34-WE")]
    [TestCase("2021-01-01", 0, false, "2020-W53")]
    public void Weeks(string day, int weeksLater, bool weekend, string value) =>
        Assert.That(DatesNormalizer.Week(DateOnly.Parse(day), weeksLater, weekend), Is.EqualTo(value));

    [TestCase("2021-11-24", 1, -1, false, "2021-11-22")]
    [TestCase("2021-11-22", 1, -1, false, "2021-11-22")]
    [TestCase("2021-11-22", 1, -1, true, "2021-11-15")]
    [TestCase("2021-12-03", 2, 1, false, "2021-12-07")]
    [TestCase("2021-11-24", 5, 1, true, "2021-11-26")]
    public void Weekdays_from_a_day(string reference, int weekday, int direction, bool strict, string value) =>
        Assert.That(DatesNormalizer.WeekdayFrom(DateOnly.Parse(reference), weekday, direction, strict), Is.EqualTo(DateOnly.Parse(value)));

    [TestCase(2017, 11, 14, 2)]
    [TestCase(2017, 11, 15, 3)]
    [TestCase(2021, 11, 21, 7)]
    public void Weekday_of_a_date(int year, int month, int day, int weekday) =>
        Assert.That(DatesNormalizer.WeekdayOfDate(year, month, day), Is.EqualTo(weekday));

    [TestCase(2, DateUnit.Day, "P2D")]
    [TestCase(3, DateUnit.Week, "P3W")]
    [TestCase(6, DateUnit.Month, "P6M")]
    [TestCase(7, DateUnit.Year, "P7Y")]
    [TestCase(2, DateUnit.Decade, "P20Y")]
    [TestCase(48, DateUnit.Hour, "PT48H")]
    [TestCase(1, DateUnit.WeekEnd, null)]
    public void Durations(int count, DateUnit unit, string? value) => Assert.That(DatesNormalizer.Duration(count, unit), Is.EqualTo(value));

    [TestCase(DateUnit.Day, "PXD")]
    [TestCase(DateUnit.Year, "PXY")]
    [TestCase(DateUnit.Hour, "PTXH")]
    [TestCase(DateUnit.WeekEnd, null)]
    public void Durations_of_an_unstated_count(DateUnit unit, string? value) => Assert.That(DatesNormalizer.DurationOfSomeUnits(unit), Is.EqualTo(value));

    [TestCase("7-8", 7, 8)]
    [TestCase("2015-2018", 2015, 2018)]
    public void Ranges(string token, int first, int second)
    {
        Assert.That(DatesNormalizer.TrySplitRange(token, out int a, out int b), Is.True);
        Assert.That((a, b), Is.EqualTo((first, second)));
    }

    [TestCase("14/11/2017")]
    [TestCase("7-8-9")]
    [TestCase("-8")]
    public void Not_ranges(string token) => Assert.That(DatesNormalizer.TrySplitRange(token, out _, out _), Is.False);

    [TestCase("2021-12", 2021, 12, 0)]
    [TestCase("2017-11-14", 2017, 11, 14)]
    [TestCase("2021", 2021, 0, 0)]
    public void Document_dates(string value, int year, int month, int day) =>
        Assert.That(DatesNormalizer.ParseDocumentDate(value), Is.EqualTo(new DatePart(year, month, day)));

    [TestCase(null)]
    [TestCase("2021-13")]
    [TestCase("hier")]
    public void Not_document_dates(string? value) => Assert.That(DatesNormalizer.ParseDocumentDate(value), Is.Null);
}

public class NearestTenseTests
{
    [TestCase("sera", true)]
    [TestCase("aura", true)]
    [TestCase("devra", true)]
    [TestCase("representeront", true)]
    [TestCase("deposerons", true)]
    [TestCase("devrait", true)]
    [TestCase("camera", false)]
    [TestCase("front", false)]
    [TestCase("declare", false)]
    [TestCase("a", false)]
    public void Future_forms(string folded, bool future) => Assert.That(NearestTense.IsFutureForm(folded), Is.EqualTo(future));
}
