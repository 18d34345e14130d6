namespace Extraction.Tests.Recognizers.Commitments;

using Extraction.Recognizers.Commitments;

public class CommitmentsTrainingSetTests
{
    private static readonly string Path = System.IO.Path.Combine(TestPaths.Corpus, "training", "commitments.tsv");

    [Test]
    public void Training_file_reads_and_splits_the_same_way_every_time()
    {
        var sentences = CommitmentsTrainingSet.Read(Path);
        var (train, heldOut) = CommitmentsTrainingSet.Split(sentences);

        Assert.That(sentences, Has.Count.GreaterThanOrEqualTo(150));
        Assert.That(heldOut, Has.Count.EqualTo(sentences.Count / CommitmentsTrainingSet.HeldOutEvery));
        Assert.That(train.Count + heldOut.Count, Is.EqualTo(sentences.Count));
        Assert.That(heldOut[0], Is.SameAs(sentences[4]));
        Assert.That(sentences.Where(s => s.Types.Count == 0).All(s => s.Status is null), Is.True);
        Assert.That(sentences.Where(s => s.Types.Count > 0).All(s => s.Status is not null), Is.True);
    }

    [Test]
    public void Unknown_type_is_reported_with_its_line()
    {
        var file = System.IO.Path.GetTempFileName();
        File.WriteAllText(file, "# header\nequipement\tmade\tLe Japon a promis des hélicoptères.\n");
        try
        {
            Assert.That(() => CommitmentsTrainingSet.Read(file), Throws.TypeOf<FormatException>().With.Message.Contains(":2: unknown commitment type \"equipement\""));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
