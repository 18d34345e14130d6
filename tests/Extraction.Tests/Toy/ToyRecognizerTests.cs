namespace Extraction.Tests.Toy;

using Extraction.Core;
using Extraction.Display;
using Extraction.Emit;
using Extraction.Evaluation;
using Extraction.Ingest;
using Extraction.Pipeline;
using Newtonsoft.Json.Linq;

/// <summary>
/// A recogniser written entirely in the test project, one folder's worth of code and one pipeline.json
/// line: hashtags ("#paix"). It must be validated, scored, drawn and described by the program's generic
/// parts without a change to any of them.
/// </summary>
public static class Hashtags
{
    public static readonly MentionField Length = new("length", new JObject { ["type"] = "integer", ["minimum"] = 1 }, ColumnType.Integer, Required: true);

    public static readonly MentionType Type = new()
    {
        Name = "hashtags",
        Description = "Hashtags.",
        Value = new JObject { ["type"] = "string", ["pattern"] = "^#[a-z]+$" },
        Fields = [Length],
        Required = true,
        Label = "TAG",
        Colour = "#123456",
    };

    private sealed class Stage : IStage
    {
        public string Name => Type.Name;

        public void Process(Document document)
        {
            var text = document.Text;
            for (int i = text.IndexOf('#'); i >= 0 && i < text.Length; i = text.IndexOf('#', i + 1))
            {
                int end = i + 1;
                while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
                if (end > i + 1)
                    document.MentionsOf(Type).Add(Mention.FromSpan(document, i, end, text[i..end].ToLowerInvariant()).With(Length, (long)(end - i - 1)));
            }
        }
    }

    public static PipelineBuilder UseHashtags(this PipelineBuilder builder) =>
        builder.Register(new Feature(Type.Name, _ => new Stage()) { Reads = [Extraction.Text.TextExtension.Normalized], Writes = [Type] });
}

public class ToyRecognizerTests
{
    private const string Config = """{"stages": [{"name": "text"}, {"name": "tokenize"}, {"name": "dates"}, {"name": "hashtags"}], "lists": ["dates", "hashtags"]}""";
    private const string Text = "Le 3 mai 2021, #Paix et #ONU.";

    private static PipelineBuilder Builder() => StandardPipeline.CreateBuilder().UseHashtags();

    private static Extraction.Pipeline.Pipeline Pipeline() => Builder().Build(PipelineConfig.Parse(Config, Path.Combine(TestPaths.Root, "toy.json")));

    // What the configured pipeline emits: the schema a record of it must meet.
    private static IReadOnlyList<MentionType> Types => Pipeline().Types;

    private static (Document Document, string Record) Run()
    {
        var pipeline = Pipeline();
        var document = PlainTextReader.Read("toy", "toy.txt", Text);
        pipeline.Process(document);
        return (document, new RecordWriter(pipeline, new RecordOptions()).Write(document));
    }

    [Test]
    public void Its_record_validates_against_the_schema_its_declaration_generates()
    {
        var (_, record) = Run();
        var issues = new List<GoldIssue>();
        RecordValidator.Validate(JObject.Parse(record), "toy", Text, issues, Types);
        Assert.That(issues, Is.Empty);
        Assert.That((string?)JObject.Parse(record)["hashtags"]![1]!["value"], Is.EqualTo("#onu"));
    }

    [Test]
    public void A_wrong_value_is_caught_by_its_own_schema()
    {
        var (_, record) = Run();
        var json = JObject.Parse(record);
        json["hashtags"]![0]!["value"] = "Paix";
        var issues = new List<GoldIssue>();
        RecordValidator.Validate(json, "toy", Text, issues, Types);
        Assert.That(issues.Select(i => i.ToString()), Is.EqualTo(new[] { "toy: hashtags[0].value: The string value is not a match for the indicated regular expression, got \"Paix\"" }));
    }

    [Test]
    public void The_schema_describes_it()
    {
        var schema = JObject.Parse(RecordSchema.Generate(Types));
        Assert.That(schema["$defs"]!["hashtags"]!["properties"]!["length"]!["minimum"]!.Value<int>(), Is.EqualTo(1));
        Assert.That(schema["$defs"]!["record"]!["required"]!.Values<string>(), Does.Contain("hashtags"));
    }

    [Test]
    public void Eval_scores_it()
    {
        var (document, _) = Run();
        var predicted = AnnotatedDocument.FromDocument(document);
        var gold = predicted with { Lists = new Dictionary<string, List<Mention>>(predicted.Lists) { ["hashtags"] = [predicted.Lists["hashtags"][0]] } };
        var report = Scorer.Score([gold], [predicted], Types);
        var score = report.Types.Single(t => t.Type == "hashtags");
        Assert.That((score.GoldMentions, score.Values.Tp, score.Values.Fp), Is.EqualTo((1, 1, 1)));
        Assert.That(report.ScoredTypes, Does.Contain("hashtags"));
    }

    [Test]
    public void Show_draws_it_in_its_colour_with_its_label()
    {
        var (document, _) = Run();
        var html = MentionHtml.Page([(AnnotatedDocument.FromDocument(document), null)], "toy", Types);
        Assert.That(html, Does.Contain(".t-hashtags { background: #123456; }").And.Contain("TAG (hashtags)"));
    }

    [Test]
    public void The_tables_give_its_field_a_column()
    {
        Assert.That(Pipeline().Columns.Select(c => (c.Name, c.Column)), Is.EqualTo(new[] { ("length", ColumnType.Integer) }));
    }
}
