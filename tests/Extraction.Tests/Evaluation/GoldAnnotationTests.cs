namespace Extraction.Tests.Evaluation;

using Extraction.Evaluation;
using Newtonsoft.Json.Linq;

/// <summary>
/// The hand-made gold files are well formed and point at their documents: corpus/annotations for the seeds,
/// corpus/heldout/annotations for the held-out set the pipeline was never tuned on.
/// </summary>
public class GoldAnnotationTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Corpus, "annotations");

    private static IEnumerable<TestCaseData> GoldFolders()
    {
        yield return new TestCaseData("annotations", 5).SetArgDisplayNames("seeds");
        yield return new TestCaseData(Path.Combine("heldout", "annotations"), 46).SetArgDisplayNames("heldout");
        yield return new TestCaseData(Path.Combine("heldout", "second-annotator"), 8).SetArgDisplayNames("second annotator");
    }

    private static readonly string[] GoldFolderNames = ["annotations", Path.Combine("heldout", "annotations"), Path.Combine("heldout", "second-annotator")];

    [Test]
    public void EverySeedHasAGoldFile()
    {
        var seeds = Directory.GetFiles(TestPaths.Seeds, "*.txt").Select(Path.GetFileNameWithoutExtension).Order();
        var gold = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.That(gold, Is.EqualTo(seeds));
    }

    [TestCaseSource(nameof(GoldFolders))]
    public void GoldFilesValidate(string folder, int documents)
    {
        var set = GoldLoader.Load(Path.Combine(TestPaths.Corpus, folder));
        Assert.That(set.Issues.Select(i => i.ToString()), Is.Empty);
        Assert.That(set.Documents, Has.Count.EqualTo(documents));
        Assert.That(set.Documents.All(d => d.Text is not null), "every source was found and read");
    }

    [TestCaseSource(nameof(GoldFolderNames))]
    public void EverySpanSlicesBackToItsText(string folder)
    {
        foreach (var document in GoldLoader.Load(Path.Combine(TestPaths.Corpus, folder)).Documents)
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

    [Test]
    public void HeldoutJsonLinesMatchTheTextsAndTheGold()
    {
        var heldout = Path.Combine(TestPaths.Corpus, "heldout");
        var gold = GoldLoader.Load(Path.Combine(heldout, "annotations")).Documents.ToDictionary(d => d.Id);
        var texts = Directory.GetFiles(heldout, "*.txt").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.That(gold.Keys.Order(), Is.EqualTo(texts));

        var lines = File.ReadAllLines(Path.Combine(heldout, "heldout.jsonl")).Select(JObject.Parse).ToList();
        Assert.That(lines.Select(l => (string)l["id"]!).Order(), Is.EqualTo(texts));
        foreach (var line in lines)
        {
            var document = gold[(string)line["id"]!];
            Assert.That((string)line["text"]!, Is.EqualTo(document.Text), $"{document.Id}: the runner sees the text the gold points into");
            Assert.That((string?)line["document_date"], Is.EqualTo(document.DocumentDate), $"{document.Id}: document date");
        }
    }
}
