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

    // Every sentence of every recogniser's case file: together they reach each value form the recognisers emit.
    private static IEnumerable<string> CaseSentences() =>
        Directory.GetFiles(Path.Combine(TestPaths.Root, "tests", "Extraction.Tests", "Recognizers"), "*.tsv", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => !line.StartsWith('#'))
            .SelectMany(line => line.Split('\t'))
            .Where(field => field.Length >= 20 && field.Contains(' '))
            .Distinct();

    [Test]
    public void Every_value_the_case_files_reach_validates_against_the_generated_schema()
    {
        var writer = new RecordWriter(TestPipeline.Instance, new RecordOptions());
        var sentences = CaseSentences().ToList();
        Assert.That(sentences, Has.Count.GreaterThan(500));
        var problems = new List<string>();
        foreach (var sentence in sentences)
            foreach (var date in new[] { null, "2021-03-10", "2021-03" })
                if (Problem(writer.Write(TestPipeline.Run(sentence, date))) is { } problem)
                    problems.Add($"{sentence} ({date ?? "no date"}): {problem}");
        Assert.That(problems.Take(5), Is.Empty);
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
