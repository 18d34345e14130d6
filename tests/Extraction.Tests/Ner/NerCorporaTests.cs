namespace Extraction.Tests.Ner;

using Extraction.Ner;

/// <summary>Corpus readers and the entity-level scorer.</summary>
public class NerCorporaTests
{
    [Test]
    public void EuropeanaIob1BecomesBioAndSplitsOnSentenceEnds()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["M. O", "Jean I-PER", "Dupont I-PER", "à O", "Paris I-LOC", ". O", "Lyon I-LOC", "Marseille B-LOC"]);
            var sentences = NerCorpora.ReadEuropeana(path);
            Assert.That(sentences, Has.Count.EqualTo(2));
            Assert.That(sentences[0].Tags.Select(NerTags.Name), Is.EqualTo(new[] { "O", "B-PER", "I-PER", "O", "B-LOC", "O" }));
            Assert.That(sentences[1].Tags.Select(NerTags.Name), Is.EqualTo(new[] { "B-LOC", "B-LOC" }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ConllRejectsInsideWithoutBegin()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "Jean O", "Dupont I-PER", ""]);
            Assert.That(() => NerCorpora.ReadConll(path), Throws.InstanceOf<FormatException>().With.Message.Contains(":3:"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ScoresEntitiesByExactMatch()
    {
        var evaluation = new NerEvaluation();
        byte[] gold = [NerTags.BeginPer, NerTags.InsidePer, NerTags.O, NerTags.BeginLoc];
        byte[] predicted = [NerTags.BeginPer, NerTags.O, NerTags.O, NerTags.BeginLoc];
        evaluation.Add(gold, predicted);
        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Score(0), Is.EqualTo((0.0, 0.0, 0.0, 1)));
            Assert.That(evaluation.Score(1), Is.EqualTo((1.0, 1.0, 1.0, 1)));
            Assert.That(evaluation.Score(-1).F1, Is.EqualTo(0.5));
        });
    }

    [Test]
    public void PressSampleIsValidAndLargeEnough()
    {
        var sentences = NerCorpora.ReadConll(Path.Combine(TestPaths.Corpus, "training", "ner-press-fr.conll"));
        Assert.That(sentences, Has.Count.GreaterThanOrEqualTo(150));
    }
}
