namespace Extraction.Tests.Emit;

using Extraction.Core;
using Extraction.Emit;
using Extraction.Ingest;
using Parquet;
using Parquet.Schema;

public class TableFormatTests
{
    private static ProcessedDocument Sample()
    {
        var document = PlainTextReader.Read("doc-1", "doc-1.txt", "Plus de 87.000 soldats, au Canada.");
        document.DocumentDate = "2021-12";
        TestPipeline.Instance.Process(document);
        document.MentionsOf("counts").Clear();
        document.MentionsOf("counts").Add(Mention.FromSpan(document, 0, 22, 87000L).With("qualifier", "more_than").With("unit", "soldat"));
        document.MentionsOf("countries").Clear();
        document.MentionsOf("countries").Add(Mention.FromSpan(document, 27, 33, "CAN"));
        return new ProcessedDocument(IngestItem.Ok(document), document, null);
    }

    private static ProcessedDocument Failure() =>
        new(IngestItem.Failed("bad", "bad.bin", "binary content"), null, "binary content");

    [Test]
    public void Csv_has_one_row_per_mention_and_one_per_document()
    {
        var mentions = new StringWriter();
        var documents = new StringWriter();
        using (var csv = new CsvFormat(new TableLayout(TestPipeline.Instance), mentions, documents))
        {
            csv.Prepare(Sample()).Write();
            csv.Prepare(Failure()).Write();
            csv.Complete();
        }
        var mentionLines = mentions.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(mentionLines[0], Does.StartWith("document_id,type,text,start,end,value,value_number,title,organization,qualifier,unit,currency,status,actor,actor_count,quantity,clause_start,clause_end"));
        Assert.That(mentionLines[1], Is.EqualTo("doc-1,countries,Canada,27,33,CAN,,,,,,,,,,,,"));
        Assert.That(mentionLines[2], Is.EqualTo("doc-1,counts,Plus de 87.000 soldats,0,22,87000,87000,,,more_than,soldat,,,,,,,"));
        var documentLines = documents.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(documentLines[0], Does.StartWith("id,source,document_date,title,error,n_dates,"));
        Assert.That(documentLines[1], Does.StartWith("doc-1,doc-1.txt,2021-12,,,"));
        Assert.That(documentLines[2], Does.StartWith("bad,bad.bin,,,binary content,0,"));
    }

    [Test]
    public async Task Parquet_files_load_with_the_documented_columns()
    {
        var mentions = new MemoryStream();
        var documents = new MemoryStream();
        var parquet = new ParquetFormat(new TableLayout(TestPipeline.Instance), mentions, documents);
        parquet.Prepare(Sample()).Write();
        parquet.Prepare(Failure()).Write();
        parquet.Complete();

        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(mentions.ToArray()));
        var fields = reader.Schema.GetDataFields();
        Assert.That(fields.Select(f => f.Name), Is.EqualTo(new[]
        {
            "document_id", "type", "text", "start", "end", "value", "value_number",
            "title", "organization", "qualifier", "unit", "currency", "status", "actor", "actor_count", "quantity",
            "clause_start", "clause_end",
        }));
        using var group = reader.OpenRowGroupReader(0);
        Assert.That(group.RowCount, Is.EqualTo(2));
        var values = new string?[2];
        await group.ReadAsync(fields[5], values.AsMemory());
        Assert.That(values, Is.EqualTo(new[] { "CAN", "87000" }));
        var starts = new int[2];
        await group.ReadAsync(fields[3], starts.AsMemory());
        Assert.That(starts, Is.EqualTo(new[] { 27, 0 }));

        await using var documentReader = await ParquetReader.CreateAsync(new MemoryStream(documents.ToArray()));
        Assert.That(documentReader.Schema.GetDataFields().Select(f => f.Name).Take(6), Is.EqualTo(new[] { "id", "source", "document_date", "title", "error", "n_dates" }));
        using var documentGroup = documentReader.OpenRowGroupReader(0);
        Assert.That(documentGroup.RowCount, Is.EqualTo(2));
    }
}
