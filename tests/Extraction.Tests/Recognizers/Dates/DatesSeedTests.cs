namespace Extraction.Tests.Recognizers.Dates;

using Extraction.Core;

/// <summary>The exact dates and durations of each seed, worked out from SPEC §2.</summary>
public class DatesSeedTests
{
    private static IEnumerable<(string, int, int, object?)> Of(Document document, string list) =>
        document.MentionsOf(list).Select(m => (m.Text, m.Start, m.End, m.Value));

    private static void AssertSeed(string seed, (string, int, int, object?)[] dates, (string, int, int, object?)[] durations)
    {
        var document = TestPipeline.RunSeed(seed);
        Assert.Multiple(() =>
        {
            Assert.That(Of(document, "dates"), Is.EqualTo(dates), "dates");
            Assert.That(Of(document, "durations"), Is.EqualTo(durations), "durations");
            foreach (var mention in document.MentionsOf("dates").Concat(document.MentionsOf("durations")))
            {
                Assert.That(document.Text[mention.Start..mention.End], Is.EqualTo(mention.Text));
                Assert.That(mention.Start, Is.GreaterThanOrEqualTo(document.BodyStart));
            }
        });
    }

    [Test]
    public void Seed_000_takes_the_missing_year_from_an_earlier_date_of_the_same_month() => AssertSeed("000",
        [
            ("14 et 15 novembre 2017", 107, 129, "2017-11-14/2017-11-15"),
            ("2015", 340, 344, "2015"),
            ("2016", 451, 455, "2016"),
            ("ce mois de novembre", 485, 504, "2017-11"),
            ("septembre 2015", 966, 980, "2015-09"),
        ],
        []);

    [Test]
    public void Seed_001_has_a_duration_and_no_date() => AssertSeed("001",
        [],
        [("deux prochaines années", 254, 276, "P2Y")]);

    [Test]
    public void Seed_002_leaves_the_year_unknown_and_drops_bare_weekdays() => AssertSeed("002",
        [("ce mardi 14 et mercredi 15 novembre", 333, 368, "XXXX-11-14/XXXX-11-15")],
        [("Les deux jours", 615, 629, "P2D"), ("deux jours", 899, 909, "P2D")]);

    [Test]
    public void Seed_003_drops_a_bare_weekday_with_a_month_level_document_date() => AssertSeed("003",
        [("2015", 3999, 4003, "2015")],
        []);

    [Test]
    public void Seed_004_reads_a_day_range_and_skips_covid_19() => AssertSeed("004",
        [
            ("7-8 décembre", 276, 288, "XXXX-12-07/XXXX-12-08"),
            ("1945", 860, 864, "1945"),
            ("2018", 1898, 1902, "2018"),
        ],
        [("les sept dernières années", 442, 467, "P7Y")]);
}
