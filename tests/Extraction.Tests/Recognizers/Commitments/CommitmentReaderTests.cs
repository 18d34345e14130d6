namespace Extraction.Tests.Recognizers.Commitments;

using Extraction.Recognizers.Commitments;
using Extraction.Text;

/// <summary>The shipped commitments stage (rules and trained reader together) and the model file it loads.</summary>
public class CommitmentReaderTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        TsvReader.Read(Path.Combine(TestPaths.Root, "tests", "Extraction.Tests", "Recognizers", "Commitments", "reader-cases.tsv"), header: "expected\tsentence")
            .Select(f => new TestCaseData(f[1], f[0]).SetArgDisplayNames(f[1][..Math.Min(50, f[1].Length)]));

    [TestCaseSource(nameof(Cases))]
    public void A_sentence_gets_the_commitment_types_and_statuses_the_guideline_gives(string sentence, string expected)
    {
        var found = TestPipeline.Run(sentence).MentionsOf("commitments")
            .Select(m => $"{m.Value}/{m.Get(CommitmentsExtension.Status)}").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.That(found.Count == 0 ? "-" : string.Join(",", found), Is.EqualTo(expected));
    }

    [Test]
    public void The_model_file_round_trips()
    {
        var shipped = CommitmentModel.Load(Path.Combine(TestPaths.Root, "models", "commitments.bin"));
        var path = Path.Combine(Path.GetTempPath(), $"commitments-{Guid.NewGuid():N}.bin");
        try
        {
            shipped.Save(path);
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(File.ReadAllBytes(Path.Combine(TestPaths.Root, "models", "commitments.bin"))));
            var again = CommitmentModel.Load(path);
            Assert.That((again.Mode, again.Detector.Threshold, again.Types.Count, again.Statuses.Count),
                Is.EqualTo((shipped.Mode, shipped.Detector.Threshold, 12, 3)));
            Assert.That(again.Types[0].Weights, Is.EqualTo(shipped.Types[0].Weights));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_model_file_of_another_kind_is_refused_with_what_to_do()
    {
        var path = Path.Combine(Path.GetTempPath(), $"commitments-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, [3, (byte)'a', (byte)'b', (byte)'c']);
        try
        {
            Assert.That(() => CommitmentModel.Load(path), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("extract train commitments"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
