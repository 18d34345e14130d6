namespace Extraction.Tests.Evaluation;

using Extraction.Evaluation;

/// <summary>The scorer over the real gold set: against itself, and against what the shipped pipeline finds.</summary>
public class SeedEvaluationTests
{
    private static readonly GoldSet Gold = GoldLoader.Load(Path.Combine(TestPaths.Corpus, "annotations"));

    [Test]
    public void GoldAgainstItselfScoresOne()
    {
        var report = Scorer.Score(Gold.Documents, Gold.Documents);
        foreach (var type in report.Types)
        {
            Assert.That((type.Values.F1, type.Strict.F1, type.Partial.F1, type.ValueAccuracy), Is.EqualTo((1.0, 1.0, 1.0, 1.0)), type.Type);
        }
        Assert.That(report.Errors, Is.Empty);
        Assert.That(report.Overall.Values, Is.EqualTo(new Prf(68, 0, 0)), "distinct keys per document, summed over the five seeds");
    }

    [Test]
    public void ShippedPipelineIsScoredOnEveryType()
    {
        var predicted = Gold.Documents.Select(d => AnnotatedDocument.FromDocument(TestPipeline.RunSeed(d.Id[..3]))).ToList();
        var report = Scorer.Score(Gold.Documents, predicted);
        Assert.That(report.Warnings, Is.Empty);
        Assert.That(report.Types.Select(t => (t.Type, t.GoldMentions)), Is.EqualTo(new[]
        {
            ("dates", 10), ("countries", 9), ("officials", 22), ("counts", 18), ("commitments", 30), ("durations", 4),
        }));
        Assert.That(report.Types.Select(t => t.Values.Tp + t.Values.Fn), Is.EqualTo(new[] { 10, 8, 12, 18, 20, 3 }), "distinct gold keys per type");
    }
}
