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
    public void A_labelled_sentence_is_tagged_on_the_pipeline_s_tokens()
    {
        const string text = "Selon M. Ban Ki-moon, l'ONU aidera le Mali.";
        int ban = text.IndexOf("Ban", StringComparison.Ordinal), onu = text.IndexOf("ONU", StringComparison.Ordinal), mali = text.IndexOf("Mali", StringComparison.Ordinal);
        var sentence = new Extraction.Training.LabelledSentence("d", text, 0, text.Length, "train",
            [new(ban, ban + "Ban Ki-moon".Length, "PER"), new(onu, onu + 3, "ORG"), new(mali, mali + 4, "LOC")], null);
        var tagged = NerCorpora.FromLabelled(sentence);
        var words = tagged.Tokens.Select(t => tagged.Text[t.Start..t.End]).ToList();
        Assert.That(words.Zip(tagged.Tags, (w, t) => $"{w}/{NerTags.Name(t)}"), Is.EqualTo(new[]
        {
            "Selon/O", "M./O", "Ban/B-PER", "Ki-moon/I-PER", ",/O", "l'/O", "ONU/B-ORG", "aidera/O", "le/O", "Mali/B-LOC", "./O",
        }));
    }

    [Test]
    public void The_sentence_corpus_resolves_against_the_data_sets()
    {
        var corpus = Extraction.Training.SentenceCorpus.Load(Path.Combine(TestPaths.Corpus, "training", "sentences"), TestPaths.SharedData);
        Assert.That(corpus, Has.Count.EqualTo(5689));
        Assert.That(corpus.Count(s => s.Split == "test"), Is.GreaterThanOrEqualTo(300));
        Assert.That(corpus.SelectMany(s => s.Entities).All(e => e.Start >= 0 && e.End > e.Start), Is.True);
        Assert.That(corpus.Select(s => s.Doc).Any(Extraction.Training.SentenceCorpus.InBlindPool), Is.False, "the blind pool is never trained on");
        var blind = Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, "blind"), "*.json", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension).ToHashSet();
        // Batch 8's amendment took one press document of the test split, which nothing is trained or chosen on.
        Assert.That(corpus.Where(s => s.Split != "test").Select(s => s.Doc).Where(blind.Contains).Distinct(), Is.Empty,
            "no blind gold document is trained or chosen on");
        Assert.That(corpus.Where(s => s.Split == "test").Select(s => s.Doc).Where(blind.Contains).Distinct(), Is.EqualTo(new[] { "orangesum-34956" }));
    }
}
