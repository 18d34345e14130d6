namespace Extraction.Tests.Ner;

using Extraction.Core;
using Extraction.Ner;

/// <summary>The shipped entity model: it loads, tags deterministically, and reads plain news sentences right.</summary>
public class NerModelTests
{
    private static readonly Lazy<NerModel> Model = new(() => NerModel.Load(
        Path.Combine(TestPaths.Root, "models", "ner-fr.bin"),
        NerLexicon.Load(Path.Combine(TestPaths.Root, "models", "first-names-fr.txt"))));

    private static string[] Tag(string sentence)
    {
        var words = sentence.Split(' ');
        var tagged = NerSentence.FromWords(words, new byte[words.Length]);
        var tags = new byte[words.Length];
        Model.Value.Tag(tagged.Text, tagged.Folded, tagged.Tokens, tags);
        return tags.Select(NerTags.Name).ToArray();
    }

    [Test]
    public void TagsTheSameWayTwice()
    {
        const string sentence = "Le président Emmanuel Macron a reçu mardi à Paris le secrétaire général de l' ONU .";
        var first = Tag(sentence);
        var second = Tag(sentence);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void FindsPersonPlaceAndBody()
    {
        var tags = Tag("Le président Emmanuel Macron a reçu mardi à Paris le secrétaire général de l' ONU .");
        Assert.Multiple(() =>
        {
            Assert.That(tags[2..4], Is.EqualTo(new[] { "B-PER", "I-PER" }));
            Assert.That(tags[8], Is.EqualTo("B-LOC"));
            Assert.That(tags[14], Is.EqualTo("B-ORG"));
            Assert.That(tags[..2], Is.All.EqualTo("O"));
        });
    }

    [Test]
    public void PersonsAreAlmostAlwaysTheSameWhenOnlyTheStretchesNearCapitalsAreDecoded()
    {
        var corpus = Extraction.Training.SentenceCorpus.Load(Path.Combine(TestPaths.Corpus, "training", "sentences"), TestPaths.SharedData)
            .Select(NerCorpora.FromLabelled).ToList();
        int differ = 0, persons = 0;
        foreach (var sentence in corpus)
        {
            var full = new byte[sentence.Tokens.Length];
            var near = new byte[sentence.Tokens.Length];
            Model.Value.Tag(sentence.Text, sentence.Folded, sentence.Tokens, full);
            Model.Value.TagPersons(sentence.Text, sentence.Folded, sentence.Tokens, near);
            persons += full.Count(t => t == NerTags.BeginPer);
            if (!full.Select(PersonOnly).SequenceEqual(near.Select(PersonOnly))) differ++;
        }
        // The three that differ are bodies' names a full decode carries on through lower-case words ("… des droits
        // de l'homme au sujet des aveux faits par Sin Tong Hyok"), where the restart reads the person.
        Assert.That((corpus.Count, persons, differ), Is.EqualTo((5689, 1348, 3)));

        static byte PersonOnly(byte tag) => tag is NerTags.BeginPer or NerTags.InsidePer ? tag : NerTags.O;
    }

    [Test]
    public void FirstNameGazetteerIsCompiled()
    {
        var lexicon = Model.Value.Lexicon;
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.IsFirstName("catherine"), Is.True);
            Assert.That(lexicon.IsFirstName("atul"), Is.True);
            Assert.That(lexicon.IsFirstName("paris"), Is.False, "a place name more often than a person's");
        });
    }
}
