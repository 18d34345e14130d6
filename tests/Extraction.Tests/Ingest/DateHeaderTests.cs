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
        Assert.That(DateHeader.Parse(text, out var parsed), Is.EqualTo(bodyStart));
        Assert.That(parsed, Is.EqualTo(date));
    }

    [Test]
    public void Seed_header_becomes_the_document_date_and_is_outside_the_body()
    {
        var item = InputReader.ReadFile(TestPaths.Seed("001")).Single();
        Assert.That(item.Document!.DocumentDate, Is.EqualTo("2021-12"));
        Assert.That(item.Document.Text[item.Document.BodyStart..].StartsWith("Ces engagements", StringComparison.Ordinal), Is.True);
    }
}
