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
        yield return new TestCaseData(Path.Combine("blind", "unpc-fr"), 8).SetArgDisplayNames("blind batch 7, UN documents");
        yield return new TestCaseData(Path.Combine("blind", "press-fr"), 8).SetArgDisplayNames("blind batch 7, press");
        yield return new TestCaseData(Path.Combine("blind", "batch8", "unpc-fr"), 8).SetArgDisplayNames("blind batch 8, UN documents");
        yield return new TestCaseData(Path.Combine("blind", "batch8", "press-fr"), 5).SetArgDisplayNames("blind batch 8, press");
        yield return new TestCaseData(Path.Combine("blind", "batch9", "unpc-fr"), 7).SetArgDisplayNames("blind batch 9, UN documents");
        yield return new TestCaseData(Path.Combine("blind", "batch9", "press-fr"), 6).SetArgDisplayNames("blind batch 9, press");
    }

    private static readonly string[] GoldFolderNames =
        ["annotations", Path.Combine("heldout", "annotations"), Path.Combine("heldout", "second-annotator"), Path.Combine("blind", "unpc-fr"), Path.Combine("blind", "press-fr"),
         Path.Combine("blind", "batch8", "unpc-fr"), Path.Combine("blind", "batch8", "press-fr"), Path.Combine("blind", "batch9", "unpc-fr"), Path.Combine("blind", "batch9", "press-fr")];

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
    public void HeldoutGoldReadsItsTextAndDateFromTheDataSetNotACopy()
    {
        var heldout = Path.Combine(TestPaths.Corpus, "heldout");
        Assert.That(Directory.GetFiles(heldout, "*.txt"), Is.Empty, "press-fr is AFP text for internal test use: the project keeps no copy");
        var press = File.ReadLines(Path.Combine(TestRuns.PressFr)).Select(JObject.Parse).ToDictionary(l => (string)l["id"]!);
        foreach (var document in GoldLoader.Load(Path.Combine(heldout, "annotations")).Documents)
        {
            Assert.That(document.Source, Is.EqualTo("../shared/data/press-fr/press-fr.jsonl"));
            Assert.That(document.Text, Is.EqualTo((string)press[document.Id]["text"]!), document.Id);
            Assert.That(document.DocumentDate, Is.EqualTo((string?)press[document.Id]["document_date"]), document.Id);
        }
    }
}
