namespace Extraction.Tests.Recognizers.Commitments;

using Extraction.Core;
using Extraction.Recognizers.Commitments;
using Extraction.Text;

/// <summary>
/// Builds a document for the commitments rules alone (the trained reader deferring to them): the shipped pipeline tokenises it, hand-made
/// "countries" and "counts" mentions stand in for those stages, then the stage runs again.
/// </summary>
public sealed class CommitmentsTestDocument(Document document)
{
    private static readonly CommitmentsStage Stage = new(CommitmentModel.RulesOnly, "rules");

    public Document Document { get; } = document;

    public static CommitmentsTestDocument FromText(string text) => new(TestPipeline.Run(text));

    public static CommitmentsTestDocument FromSeed(string prefix) => new(TestPipeline.RunSeed(prefix));

    /// <summary>Adds a country mention on the <paramref name="occurrence"/>-th appearance of <paramref name="text"/> (0-based).</summary>
    public CommitmentsTestDocument Country(string text, string code, int occurrence = 0)
    {
        Insert("countries", Locate(text, occurrence, code));
        return this;
    }

    public CommitmentsTestDocument Count(string text, long value, string unit, int occurrence = 0)
    {
        Insert("counts", Locate(text, occurrence, value).With("qualifier", "exact").With("unit", unit));
        return this;
    }

    /// <summary>The cases of a tab-separated file beside these tests, one per line ("#" starts a comment), each named after its sentence.</summary>
    public static IEnumerable<TestCaseData> Cases(string file, string namePrefix = "") =>
        TsvReader.Read(Path.Combine(TestPaths.Root, "tests", "Extraction.Tests", "Recognizers", "Commitments", file))
            .Select(f => new TestCaseData(f[0], f[1], f[2]).SetName(namePrefix + f[0][..Math.Min(70, f[0].Length)]));

    /// <summary>Adds the stand-in mentions of a case file: "C:text=ISO" for countries, "N:text=value:unit" for counts, separated by " | "; "-" for none.</summary>
    public CommitmentsTestDocument WithStandIns(string mentions)
    {
        if (mentions == "-") return this;
        foreach (var item in mentions.Split(" | ", StringSplitOptions.TrimEntries))
        {
            var (text, value) = (item[2..item.LastIndexOf('=')], item[(item.LastIndexOf('=') + 1)..]);
            if (item.StartsWith("C:")) Country(text, value);
            else Count(text, long.Parse(value[..value.IndexOf(':')]), value[(value.IndexOf(':') + 1)..]);
        }
        return this;
    }

    public List<Mention> Commitments()
    {
        var list = Document.MentionsOf(CommitmentsExtension.Commitments);
        list.Clear();
        Stage.Process(Document);
        return list;
    }

    private Mention Locate(string text, int occurrence, object value)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = Document.Text.IndexOf(text, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"\"{text}\" (occurrence {occurrence}) is not in document {Document.Id}");
        }
        return Mention.FromSpan(Document, at, at + text.Length, value);
    }

    private void Insert(string list, Mention mention)
    {
        var mentions = Document.MentionsOf(list);
        if (mentions.Exists(m => m.Start == mention.Start && m.End == mention.End)) return;
        mentions.Add(mention);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>A commitment as a line for exact comparison: type, status, actor, actor_count, quantity.</summary>
    public static string Describe(Mention m) =>
        $"{m.Value}\t{m.Get("status")}\t{m.Get("actor") ?? "-"}\t{m.Get("actor_count") ?? "-"}\t{m.Get("quantity") ?? "-"}";
}
