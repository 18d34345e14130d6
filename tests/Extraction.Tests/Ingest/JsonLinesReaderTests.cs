namespace Extraction.Tests.Ingest;

using Extraction.Ingest;

public class JsonLinesReaderTests
{
    [Test]
    public void A_malformed_line_becomes_an_error_and_the_others_are_read()
    {
        const string input = """
            {"id": "a", "text": "Premier texte.", "document_date": "2021-12-07"}
            {"id": "b", "text": "oups
            {"id": "c", "text": "Troisième.", "title": "Titre"}
            {"id": "a", "text": "Doublon."}
            {"text": "Sans id."}
            """;
        var items = JsonLinesReader.Read(new StringReader(input), "in.jsonl").ToList();

        Assert.That(items.Select(i => i.Id), Is.EqualTo(new[] { "a", "line-2", "c", "a", "line-5" }));
        Assert.That(items.Select(i => i.Error is null), Is.EqualTo(new[] { true, false, true, false, false }));
        Assert.That(items[0].Document!.DocumentDate, Is.EqualTo("2021-12-07"));
        Assert.That(items[2].Document!.Title, Is.EqualTo("Titre"));
        Assert.That(items[1].Error, Does.StartWith("malformed JSON on line 2"));
        Assert.That(items[3].Error, Does.StartWith("duplicate id \"a\" (first seen on line 1)"));
        Assert.That(items[1].Source, Is.EqualTo("in.jsonl:2"));
    }
}
