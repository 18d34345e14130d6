namespace Extraction.Tests.Ingest;

using System.Text;
using Extraction.Ingest;

public class JsonLinesReaderTests
{
    private static List<IngestItem> Read(string input) => Read(Encoding.UTF8.GetBytes(input));

    private static List<IngestItem> Read(byte[] input, IngestOptions? options = null) =>
        JsonLinesReader.Read(new MemoryStream(input), "in.jsonl", options).ToList();

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
        var items = Read(input);

        Assert.That(items.Select(i => i.Id), Is.EqualTo(new[] { "a", "line-2", "c", "a", "line-5" }));
        Assert.That(items.Select(i => i.Error is null), Is.EqualTo(new[] { true, false, true, false, false }));
        Assert.That(items[0].Document!.DocumentDate, Is.EqualTo("2021-12-07"));
        Assert.That(items[2].Document!.Title, Is.EqualTo("Titre"));
        Assert.That(items[1].Error, Does.StartWith("malformed JSON on line 2"));
        Assert.That(items[3].Error, Does.StartWith("duplicate id \"a\" (first seen on line 1)"));
        Assert.That(items[1].Source, Is.EqualTo("in.jsonl:2"));
    }

    [Test]
    public void A_byte_order_mark_before_the_first_line_is_not_part_of_it()
    {
        var items = Read([0xEF, 0xBB, 0xBF, .. "{\"id\": \"a\", \"text\": \"Le Mali.\"}\n"u8]);
        Assert.That(items.Single().Document!.Text, Is.EqualTo("Le Mali."));
    }

    [Test]
    public void A_bare_carriage_return_is_white_space_not_a_line_end()
    {
        var items = Read("{\"id\": \"a\",\r\"text\": \"Le Mali.\"}\r\n{\"id\": \"b\", \"text\": \"x\"}\r\n\r\n");
        Assert.That(items.Select(i => (i.Id, i.Source, i.Error)), Is.EqualTo(new[] { ("a", "in.jsonl:1", (string?)null), ("b", "in.jsonl:2", null) }));
    }

    [Test]
    public void A_number_of_any_length_is_a_value()
    {
        var items = Read("{\"id\": \"a\", \"text\": \"x\", \"n\": 1" + new string('0', 400) + ", \"f\": 1e999}\n");
        Assert.That(items.Single().Error, Is.Null);
    }

    [Test]
    public void Ids_keep_their_json_text()
    {
        var items = Read("""
            {"id": 1.50e3, "text": "x"}
            {"id": 12345678901234567890123456789012345678901234567890, "text": "x"}
            {"id": "a\ud800", "text": "x"}
            {"id": "a\udfff", "text": "x"}
            {"id": "a\uD800", "text": "x"}
            {"id": "caf\u00e9", "text": "x"}
            """);
        Assert.That(items.Select(i => i.Id), Is.EqualTo(new[] { "1.50e3", "12345678901234567890123456789012345678901234567890", "a\ud800", "a\udfff", "a\ud800", "café" }));
        Assert.That(items.Select(i => i.IdJson), Is.EqualTo(new[] { null, null, "\"a\\ud800\"", "\"a\\udfff\"", "\"a\\uD800\"", "\"caf\\u00e9\"" }));
        Assert.That(items[4].Error, Does.StartWith("duplicate id"), "the same id however it is escaped");
    }

    [Test]
    public void A_lone_surrogate_in_the_text_is_kept()
    {
        var items = Read("{\"id\": \"a\", \"text\": \"\\ud800 au Mali \\udfff\"}");
        Assert.That(items.Single().Document!.Text, Is.EqualTo("\ud800 au Mali \udfff"));
    }

    [Test]
    public void Invalid_utf8_costs_a_character_and_a_warning_not_the_line()
    {
        var items = Read([.. "{\"id\": \"a\", \"text\": \"Le "u8, 0xFF, .. " Mali.\"}"u8]);
        Assert.That(items.Single().Document!.Text, Is.EqualTo("Le \uFFFD Mali."));
        Assert.That(items.Single().Document!.Warnings.Single(), Does.StartWith("invalid UTF-8"));
    }

    [Test]
    public void A_line_over_the_size_limit_is_an_error_and_the_next_line_is_read()
    {
        var input = "{\"id\": \"big\", \"text\": \"" + new string('a', 5_000) + "\"}\n{\"id\": \"small\", \"text\": \"x\"}\n";
        var items = Read(Encoding.UTF8.GetBytes(input), new IngestOptions(MaxDocumentBytes: 1_000));
        Assert.That(items.Select(i => i.Id), Is.EqualTo(new[] { "line-1", "small" }));
        Assert.That(items[0].Error, Does.StartWith("line 1 is larger than the document size limit of 1,000 bytes").And.Contain("--max-document-size"));
    }

    [Test]
    public void An_endless_line_of_binary_data_stops_the_stream_at_the_limit()
    {
        var items = JsonLinesReader.Read(new EndlessZeros(), "-", new IngestOptions(MaxDocumentBytes: 1_000_000)).ToList();
        Assert.That(items.Single().Error, Does.StartWith("binary data (NUL bytes)").And.Contain("was not read"));
    }

    /// <summary>/dev/zero as a stream: it never ends.</summary>
    private sealed class EndlessZeros : Stream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
