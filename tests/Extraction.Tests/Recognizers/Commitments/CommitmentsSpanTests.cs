namespace Extraction.Tests.Recognizers.Commitments;

/// <summary>One case per line of commitment-spans.tsv: the exact phrase each commitment mention spans.</summary>
public class CommitmentsSpanTests
{
    private static IEnumerable<TestCaseData> Cases() => CommitmentsTestDocument.Cases("commitment-spans.tsv", "Span: ");

    [TestCaseSource(nameof(Cases))]
    public void Spans_the_phrase_naming_what_is_pledged(string sentence, string mentions, string expected)
    {
        var document = CommitmentsTestDocument.FromText(sentence).WithStandIns(mentions);

        var found = document.Commitments();

        Assert.That(found.Select(m => m.Text), Is.EqualTo(expected.Split(" | ")));
        Assert.That(found.Select(m => sentence[m.Start..m.End]), Is.EqualTo(found.Select(m => m.Text)));
    }
}
