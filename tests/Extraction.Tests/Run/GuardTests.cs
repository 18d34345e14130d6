namespace Extraction.Tests.Run;

using Extraction.Core;
using Extraction.Emit;
using Extraction.Ingest;
using Extraction.Pipeline;
using Extraction.Run;
using Newtonsoft.Json.Linq;

/// <summary>Whatever step of one document fails (reading, a stage, writing its line), that document gets an error line and the run goes on.</summary>
public class GuardTests
{
    /// <summary>JSON Lines output whose serialisation of one document throws, as a bug in a writer would.</summary>
    private sealed class FailingFormat(IRecordFormat inner, string failingId) : IRecordFormat
    {
        public IPreparedRecord Prepare(ProcessedDocument result) =>
            !result.Failed && result.Item.Id == failingId ? throw new InvalidOperationException("writer bug") : inner.Prepare(result);

        public void Complete() => inner.Complete();
        public void Dispose() => inner.Dispose();
    }

    [Test]
    public void A_failure_in_reading_or_writing_one_document_is_its_error_line()
    {
        IngestItem[] items =
        [
            IngestItem.Ok(PlainTextReader.Read("a", "a.txt", "Le Mali.")),
            IngestItem.Deferred("b", "b.txt", () => throw new IOException("disk gone")),
            IngestItem.Ok(PlainTextReader.Read("c", "c.txt", "Le Canada.")),
            IngestItem.Ok(PlainTextReader.Read("d", "d.txt", "Le Niger.")),
        ];
        var output = new StringWriter { NewLine = "\n" };
        using var format = new FailingFormat(new JsonLinesFormat(new RecordWriter(TestPipeline.Instance, new RecordOptions()), output), "c");
        var summary = new BatchRunner(TestPipeline.Instance, new RunOptions(Jobs: 2)).Run(items, format);
        format.Complete();

        var lines = TestRuns.Lines(output.ToString()).Select(JObject.Parse).ToList();
        Assert.That(lines.Select(l => ((string)l["id"]!, (string)l["schema"]!)), Is.EqualTo(new[]
        {
            ("a", "extraction.record/1"), ("b", "extraction.error/1"), ("c", "extraction.error/1"), ("d", "extraction.record/1"),
        }));
        Assert.That((string)lines[1]["error"]!, Is.EqualTo("internal error (IOException: disk gone); the other documents are unaffected: please report this with the document"));
        Assert.That((string)lines[2]["error"]!, Does.StartWith("internal error (InvalidOperationException: writer bug)"));
        Assert.That((summary.Documents, summary.Errors), Is.EqualTo((4L, 2L)));
    }

    [Test]
    public void A_failing_stage_is_named_in_the_error_line()
    {
        var failure = new StageException("dates", new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999."));
        Assert.That(BatchRunner.FailureMessage(failure), Does.StartWith("internal error in the \"dates\" stage (ArgumentOutOfRangeException: Year must be between 1 and 9999.")
            .And.EndWith("please report this with the document"));
    }

    private sealed class Throwing : IStage
    {
        public string Name => "broken";
        public void Process(Document document) => throw new IndexOutOfRangeException("bug");
    }

    [Test]
    public void A_stage_that_throws_gives_an_error_line_naming_it()
    {
        var pipeline = StandardPipeline.CreateBuilder().Register(new Feature("broken", _ => new Throwing()))
            .Build(PipelineConfig.Parse("""{"stages": [{"name": "text"}, {"name": "broken"}]}""", "p.json"));
        var output = new StringWriter { NewLine = "\n" };
        using var format = new JsonLinesFormat(new RecordWriter(pipeline, new RecordOptions()), output);
        new BatchRunner(pipeline, new RunOptions(Jobs: 1)).Run([IngestItem.Ok(PlainTextReader.Read("a", "a.txt", "Le Mali."))], format);
        format.Complete();
        Assert.That((string)JObject.Parse(output.ToString())["error"]!, Is.EqualTo(
            "internal error in the \"broken\" stage (IndexOutOfRangeException: bug); the other documents are unaffected: please report this with the document"));
    }
}
