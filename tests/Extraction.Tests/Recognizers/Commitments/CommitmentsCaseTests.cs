namespace Extraction.Tests.Recognizers.Commitments;

/// <summary>One case per line of commitment-cases.tsv: a sentence, the countries and counts it would get from those stages, and its exact commitments.</summary>
public class CommitmentsCaseTests
{
    private static IEnumerable<TestCaseData> Cases() => CommitmentsTestDocument.Cases("commitment-cases.tsv");

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
