namespace Extraction.Tests.Recognizers.Counts;

using Extraction.Core;
using Extraction.Text;

/// <summary>One test per line of count-cases.tsv: a sentence and the count expected in it (or none).</summary>
public class CountCaseTests
{
    private static readonly string CasesFile = Path.Combine(TestPaths.Root, "tests", "Extraction.Tests", "Recognizers", "Counts", "count-cases.tsv");

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var columns in TsvReader.Read(CasesFile).Select(row => row.Fields))
            yield return new TestCaseData(new object[] { columns }).SetName(columns[0].Length > 70 ? columns[0][..70] : columns[0]);
    }

    [Test]
    public void The_case_file_has_at_least_100_cases() => Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(100));

    [TestCaseSource(nameof(Cases))]
    public void Finds_the_count(string[] columns)
    {
        var document = TestPipeline.Run(columns[0]);
        var counts = document.MentionsOf("counts");
        if (columns[1] == "none")
        {
            Assert.That(counts.Select(Describe), Is.Empty);
            return;
        }
        int index = columns.Length > 5 && columns[5].Length > 0 ? int.Parse(columns[5]) - 1 : 0;
        if (columns.Length <= 5 || columns[5].Length == 0)
            Assert.That(counts, Has.Count.EqualTo(1), () => string.Join(" | ", counts.Select(Describe)));
        var count = counts[index];
        Assert.Multiple(() =>
        {
            Assert.That(FormatValue(count.Value), Is.EqualTo(columns[1]));
            Assert.That(count.Get("qualifier"), Is.EqualTo(columns[2]));
            Assert.That(count.Get("unit") ?? "none", Is.EqualTo(columns[3]));
            Assert.That(count.Get("currency"), Is.EqualTo(columns.Length > 4 && columns[4].Length > 0 ? columns[4] : null));
            Assert.That(document.Text[count.Start..count.End], Is.EqualTo(count.Text));
        });
    }

    private static string FormatValue(object? value) => value switch
    {
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => $"<{value?.GetType().Name ?? "null"}>",
    };

    private static string Describe(Mention m) => $"{m.Text} = {FormatValue(m.Value)} {m.Get("qualifier")} {m.Get("unit")}";
}
