namespace Extraction.Tests.Recognizers.Dates;

using Extraction.Recognizers.Dates;

/// <summary>
/// Relative dates resolved from a document date at either end of the calendar (0001, 9999) stay inside it (the
/// nearest year is the nearest within it); a step past it gives no date, never an exception, year 0 (which
/// means unknown) or a five-digit year.
/// </summary>
public class CalendarEdgeTests
{
    [TestCase("Le 5 mai, puis le mois prochain.", "9999-12", "5 mai=9999-05-05")]
    [TestCase("Il viendra le 5 mai.", "9999-12", "")]
    [TestCase("La réunion du 5 mai.", "9999-12", "5 mai=9999-05-05")]
    [TestCase("Mardi, il est venu.", "0001-01-01", "")]
    [TestCase("Lundi, il est venu.", "0001-01-01", "Lundi=0001-01-01")]
    [TestCase("L'hiver prochain.", "9999", "")]
    [TestCase("L'hiver dernier.", "0001-06", "")]
    [TestCase("Demain, l'an prochain, la semaine prochaine, le week-end prochain.", "9999-12-31", "")]
    [TestCase("Hier, l'an dernier, la semaine dernière, le mois dernier, l'été dernier.", "0001-01-01", "")]
    [TestCase("Il est arrivé en décembre.", "0001-01", "décembre=0001-12")]
    [TestCase("Il arrivera en janvier.", "9999-12", "")]
    [TestCase("Il est là depuis le 15 décembre.", "0001-01-10", "")]
    [TestCase("Il est là le 15 décembre.", "0001-01-10", "15 décembre=0001-12-15")]
    [TestCase("Il est venu en novembre dernier.", "0001-03", "")]
    [TestCase("Il viendra en mars prochain.", "9999-10", "")]
    [TestCase("Il viendra en mars prochain.", "2021-10", "mars prochain=2022-03")]
    [TestCase("De décembre à janvier.", "0001-01", "")]
    [TestCase("De vendredi à lundi, ils se réuniront.", "9999-12-31", "")]
    public void Relative_dates_past_the_calendar_are_dropped(string text, string documentDate, string expected)
    {
        var document = TestPipeline.Run(text, documentDate);
        var dates = document.MentionsOf("dates").Select(m => $"{m.Text}={m.Value}");
        Assert.That(string.Join("; ", dates), Is.EqualTo(expected));
    }

    [Test]
    public void Day_arithmetic_stops_at_the_calendar_ends()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DatesNormalizer.AddDays(DateOnly.MaxValue, 1), Is.Null);
            Assert.That(DatesNormalizer.AddDays(DateOnly.MinValue, -1), Is.Null);
            Assert.That(DatesNormalizer.AddDays(DateOnly.MinValue, long.MaxValue), Is.Null);
            Assert.That(DatesNormalizer.WeekdayFrom(DateOnly.MinValue, 2, -1, strict: false), Is.Null);
            Assert.That(DatesNormalizer.Week(DateOnly.MaxValue, 1, weekend: false), Is.Null);
            Assert.That(DatesNormalizer.IsValidDay(10000, 1, 1), Is.False);
            Assert.That(DatesNormalizer.NearestYear(12, 0, new DatePart(1, 1, 0)), Is.EqualTo(1));
            Assert.That(DatesNormalizer.NearestYear(1, 0, new DatePart(9999, 12, 0)), Is.EqualTo(9999));
        });
    }
}
