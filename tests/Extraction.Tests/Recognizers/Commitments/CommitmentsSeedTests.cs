namespace Extraction.Tests.Recognizers.Commitments;

using Extraction.Text;

/// <summary>
/// Every commitment of the five seeds, exactly: type, status, actor, actor_count, quantity and the span's text,
/// as the shipped pipeline (with its countries, counts and officials stages) gives them. seed-commitments.tsv
/// agrees with the gold in corpus/annotations on every field; where the span differs from the gold's, the
/// README's strict span score counts it.
/// </summary>
[Category("integration")]
public class CommitmentsSeedTests
{
    private static readonly string Expected = Path.Combine(TestPaths.Root, "tests", "Extraction.Tests", "Recognizers", "Commitments", "seed-commitments.tsv");

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    [TestCase("004")]
    public void Seed_commitments_are_exact(string seed)
    {
        var document = CommitmentsTestDocument.FromSeed(seed);

        var found = document.Commitments();

        var expected = TsvReader.Read(Expected).Select(row => row.Fields).Where(r => r[0] == seed);
        Assert.That(found.Select(m => CommitmentsTestDocument.Describe(m) + "\t" + m.Text), Is.EqualTo(expected.Select(r => string.Join('\t', r[1..]))));
        foreach (var mention in found)
        {
            Assert.That(document.Document.Text[mention.Start..mention.End], Is.EqualTo(mention.Text));
            Assert.That(mention.Start, Is.GreaterThanOrEqualTo(document.Document.BodyStart));
            Assert.That((long)mention.Get("clause_start")!, Is.LessThanOrEqualTo(mention.Start));
            Assert.That((long)mention.Get("clause_end")!, Is.GreaterThanOrEqualTo(mention.End));
        }
    }
}
