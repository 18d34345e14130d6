namespace Extraction.Tests.Emit;

using System.Text.Json;
using Extraction.Emit;
using Json.Schema;

public class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RecordSchema.Generate(StandardPipeline.Types));

    private static string? Problem(string line)
    {
        using var json = JsonDocument.Parse(line);
        var result = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return null;
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        return string.Join("; ", errors);
    }

    [Test]
    public void Every_record_on_the_corpus_and_press_fr_validates()
    {
        var lines = TestRuns.Lines(TestRuns.JsonLines([TestPaths.Seeds, TestRuns.PressFr]));
        Assert.That(lines, Has.Length.GreaterThanOrEqualTo(435));
        var problems = lines.Select(l => (l[..Math.Min(80, l.Length)], Problem(l))).Where(p => p.Item2 is not null).Take(5).ToList();
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void An_error_line_validates_and_a_broken_record_does_not()
    {
        Assert.That(Problem(RecordWriter.WriteError("x", "x.txt", "binary content")), Is.Null);
        Assert.That(Problem("""{"schema":"extraction.record/1","id":"x","source":"s","language":"fr","document_date":"2021-13-01","title":null,"dates":[],"countries":[],"officials":[],"counts":[],"commitments":[]}"""), Is.Not.Null);
        Assert.That(Problem("""{"schema":"extraction.record/1","id":"x","source":"s","language":"fr","document_date":null,"title":null,"dates":[],"countries":[{"text":"Canada","start":0,"end":6,"value":"Canada"}],"officials":[],"counts":[],"commitments":[]}"""), Is.Not.Null);
    }

    [Test]
    public void The_schema_command_prints_the_shipped_file() =>
        Assert.That(RecordSchema.Generate(StandardPipeline.Types), Is.EqualTo(File.ReadAllText(Path.Combine(TestPaths.Root, "schema", "extraction.schema.json"))));
}
