namespace Extraction.Tests.Recognizers.Commitments;

/// <summary>One case per line of commitment-cases.tsv: a sentence, the countries and counts it would get from those stages, and its exact commitments.</summary>
public class CommitmentsCaseTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        File.ReadLines(Path.Combine(TestPaths.Root, "tests", "Extraction.Tests", "Recognizers", "Commitments", "commitment-cases.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(f => new TestCaseData(f[0], f[1], f[2]).SetName(f[0][..Math.Min(70, f[0].Length)]));

    [TestCaseSource(nameof(Cases))]
    public void Finds_exactly_the_commitments(string sentence, string mentions, string expected)
    {
        var document = CommitmentsTestDocument.FromText(sentence).WithStandIns(mentions);

        var found = document.Commitments();

        Assert.That(found.Select(m => CommitmentsTestDocument.Describe(m).Replace('\t', '/')), Is.EqualTo(Items(expected)));
        Assert.That(found.Select(m => sentence[m.Start..m.End]), Is.EqualTo(found.Select(m => m.Text)));
    }

    private static string[] Items(string column) =>
        column == "-" ? [] : column.Split(" | ", StringSplitOptions.TrimEntries);
}
