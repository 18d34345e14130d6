namespace Extraction.Tests.Recognizers.Commitments;

using Extraction.Recognizers.Commitments;

/// <summary>
/// Every commitment of the five seeds, exactly (type, status, actor, actor_count, quantity and where the
/// clause starts). Where the "countries" or "counts" stage is not in the pipeline, hand-made mentions
/// (seed-mentions.tsv) stand in for it; once those stages are merged the test runs on their output.
/// </summary>
[Category("integration")]
public class CommitmentsSeedTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Root, "tests", "Extraction.Tests", "Recognizers", "Commitments");

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    [TestCase("004")]
    public void Seed_commitments_are_exact(string seed)
    {
        var document = CommitmentsTestDocument.FromSeed(seed);
        var stages = TestPipeline.Instance.Stages.Select(s => s.Name).ToHashSet();
        foreach (var row in Rows("seed-mentions.tsv").Where(r => r[0] == seed && !stages.Contains(r[1])))
        {
            if (row[1] == "countries") document.Country(row[2], row[4], int.Parse(row[3]));
            else document.Count(row[2], long.Parse(row[4]), row[5], int.Parse(row[3]));
        }

        var found = document.Commitments();
        var expected = Rows("seed-commitments.tsv").Where(r => r[0] == seed).ToList();

        Assert.That(
            Normalize(string.Join('\n', found.Select(m => CommitmentsTestDocument.Describe(m) + "\t" + m.Text))),
            Is.EqualTo(Normalize(string.Join('\n', expected.Select(r => string.Join('\t', r[1..6]) + "\t" + r[6])))));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.That(found[i].Text, Does.StartWith(expected[i][6]));
            Assert.That(document.Document.Text[found[i].Start..found[i].End], Is.EqualTo(found[i].Text));
            Assert.That(found[i].Start, Is.GreaterThanOrEqualTo(document.Document.BodyStart));
        }
    }

    // Clause texts are compared on their beginnings only: the expectation gives a prefix.
    private static string Normalize(string lines) =>
        string.Join('\n', lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).Select(f => string.Join('\t', f[..5]) + "\t" + f[5][..Math.Min(20, f[5].Length)]));

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(Folder, file)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}
