namespace Extraction.Tests.Ingest;

using Extraction.Ingest;

public class DateHeaderTests
{
    [TestCase(" date 2021-12 Ces engagements", 14, "2021-12")]
    [TestCase("date 2021-11-03\nTexte", 16, "2021-11-03")]
    [TestCase("date 2021-13 Texte", 0, null)]
    [TestCase("La date 2021-12 Texte", 0, null)]
    [TestCase("date limite", 0, null)]
    public void Parses_the_leading_header(string text, int bodyStart, string? date)
    {
        Assert.That(DateHeader.Parse(text, out var parsed, out var rejected), Is.EqualTo(bodyStart));
        Assert.That(parsed, Is.EqualTo(date));
        Assert.That(rejected is null, Is.EqualTo(date is not null || !text.StartsWith("date 2")));
    }

    [TestCase("2021")]
    [TestCase("0001-01-01")]
    [TestCase("9999-12-31")]
    [TestCase("2024-02-29")]
    public void Accepts_iso_years_months_and_days(string value) => Assert.That(DateHeader.IsIsoDate(value), Is.True);

    [TestCase("-999")]
    [TestCase("+999")]
    [TestCase("+999-+1-+1")]
    [TestCase(" 202")]
    [TestCase("202 ")]
    [TestCase("2020- 1")]
    [TestCase("2020-+1")]
    [TestCase("2020-01- 1")]
    [TestCase("0000")]
    [TestCase("2023-02-29")]
    [TestCase("２０２０")]
    [TestCase("2020-1")]
    public void Refuses_anything_else(string value) => Assert.That(DateHeader.IsIsoDate(value), Is.False);

    [TestCase("date -999\nTexte", "date -999")]
    [TestCase("date 2020- 1\nTexte", "date 2020-")]
    [TestCase("date +999-+1-+1 Texte", "date +999-+1-+1")]
    public void A_header_that_is_not_a_date_stays_text_with_a_warning(string text, string named)
    {
        var document = Extraction.Ingest.PlainTextReader.Read("x", "x", text);
        Assert.That((document.BodyStart, document.DocumentDate), Is.EqualTo((0, (string?)null)));
        Assert.That(document.Warnings.Single(), Does.StartWith($"the header \"{named}\" is not a date"));
    }

    [Test]
    public void Seed_header_becomes_the_document_date_and_is_outside_the_body()
    {
        var item = InputReader.ReadFile(TestPaths.Seed("001")).Single();
        Assert.That(item.Document!.DocumentDate, Is.EqualTo("2021-12"));
        Assert.That(item.Document.Text[item.Document.BodyStart..].StartsWith("Ces engagements", StringComparison.Ordinal), Is.True);
    }
}
