namespace Extraction.Tests.Evaluation;

using Extraction.Evaluation;

/// <summary>The hand-made gold files under corpus/annotations are well formed and point at their seeds.</summary>
public class GoldAnnotationTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Corpus, "annotations");

    [Test]
    public void EverySeedHasAGoldFile()
    {
        var seeds = Directory.GetFiles(TestPaths.Seeds, "*.txt").Select(Path.GetFileNameWithoutExtension).Order();
        var gold = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.That(gold, Is.EqualTo(seeds));
    }

    [Test]
    public void GoldFilesValidate()
    {
        var set = GoldLoader.Load(Folder);
        Assert.That(set.Issues.Select(i => i.ToString()), Is.Empty);
        Assert.That(set.Documents, Has.Count.EqualTo(5));
        Assert.That(set.Documents.All(d => d.Text is not null), "every source was found and read");
    }

    [Test]
    public void EverySpanSlicesBackToItsText()
    {
        foreach (var document in GoldLoader.Load(Folder).Documents)
            foreach (var (list, mentions) in document.Lists)
                foreach (var m in mentions)
                    Assert.That(document.Text![m.Start..m.End], Is.EqualTo(m.Text), $"{document.Id} {list} at {m.Start}");
    }

    [Test]
    public void HeaderIsNotAMention()
    {
        var seed001 = GoldLoader.Load(Folder).Documents.Single(d => d.Id.StartsWith("001", StringComparison.Ordinal));
        Assert.That(seed001.DocumentDate, Is.EqualTo("2021-12"));
        Assert.That(seed001.Lists.Values.SelectMany(l => l).Min(m => m.Start), Is.GreaterThanOrEqualTo(" date 2021-12 ".Length));
    }

    [Test]
    public void KnownAnnotationsOfSeed000()
    {
        var doc = GoldLoader.Load(Folder).Documents.Single(d => d.Id.StartsWith("000", StringComparison.Ordinal));
        var first = doc.MentionsOf("dates")[0];
        Assert.That((first.Text, first.Value), Is.EqualTo(("14 et 15 novembre 2017", (object)"2017-11-14/2017-11-15")));
        Assert.That(doc.MentionsOf("dates").Select(m => m.Value), Does.Contain("2017-11"), "ce mois de novembre takes its year from the earlier date");
        Assert.That(doc.MentionsOf("countries").Select(m => m.Value), Is.EqualTo(new[] { "CAN" }), "Vancouver and Londres are cities");
    }
}
