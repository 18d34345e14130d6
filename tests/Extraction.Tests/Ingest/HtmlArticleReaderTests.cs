namespace Extraction.Tests.Ingest;

using System.Text.RegularExpressions;
using Extraction.Core;
using Extraction.Ingest;
using Extraction.Measure;
using Extraction.Text;
using HtmlAgilityPack;
using Newtonsoft.Json.Linq;

/// <summary>The HTML reader on real saved news pages (press-fr/html), against their gold article text.</summary>
public class HtmlArticleReaderTests
{
    private static string PressFr => Path.Combine(TestPaths.SharedData, "press-fr");

    private static Document ReadPage(string id) =>
        InputReader.ReadFile(Path.Combine(PressFr, "html", id + ".html")).Single().Document!;

    private static string GoldText(string id) =>
        (string)File.ReadLines(Path.Combine(PressFr, "press-fr.jsonl")).Select(JObject.Parse).Single(o => (string?)o["id"] == id)["text"]!;

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", " ");

    [TestCase("orangesum-13249", "Syrie : un père fait rire sa fille aux éclats sous les bombardements", "2020-02-22")]
    [TestCase("orangesum-920", "L'ONU demande un changement de cap pour \"un avenir vert\" après la pandémie", "2020-06-06")]
    [TestCase("orangesum-2259", "L'Egypte se prépare-t-elle à faire la guerre en Libye?", "2020-06-23")]
    [TestCase("orangesum-34904", "Des atrocités des Khmers rouges au décès du bourreau du régime", "2020-09-02")]
    public void Reads_title_date_and_the_whole_article(string id, string title, string date)
    {
        var document = ReadPage(id);
        var body = Squeeze(document.Text);
        var gold = GoldText(id);
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(gold, 0, sentences);
        Assert.Multiple(() =>
        {
            Assert.That(document.Title, Is.EqualTo(title));
            Assert.That(document.DocumentDate, Is.EqualTo(date));
            Assert.That(body, Does.Contain(Squeeze(gold[sentences[0].Start..sentences[0].End])));
            Assert.That(body, Does.Contain(Squeeze(gold[sentences[^1].Start..sentences[^1].End])));
        });
    }

    [TestCase("orangesum-13249")]
    [TestCase("orangesum-920")]
    [TestCase("orangesum-18595")]
    public void Leaves_out_the_headline_ticker(string id)
    {
        var page = new HtmlDocument();
        page.Load(Path.Combine(PressFr, "html", id + ".html"));
        var headlines = page.DocumentNode.SelectNodes("//*[contains(@class,'fil-info-datatitre')]")!
            .Select(n => Squeeze(System.Net.WebUtility.HtmlDecode(n.InnerText)).Trim()).Where(h => h.Length > 0).ToList();
        Assert.That(headlines, Has.Count.GreaterThanOrEqualTo(10));
        var body = Squeeze(ReadPage(id).Text);
        Assert.That(headlines.Where(body.Contains), Is.Empty);
    }

    [Test]
    public void Keeps_the_article_and_little_else_over_all_pages()
    {
        var score = HtmlIngestScorer.Score(Path.Combine(PressFr, "html"), Path.Combine(PressFr, "press-fr.jsonl"));
        Assert.Multiple(() =>
        {
            Assert.That(score.Pages, Has.Count.EqualTo(40));
            Assert.That(score.Kept, Is.GreaterThanOrEqualTo(0.99));
            Assert.That(score.Foreign, Is.LessThanOrEqualTo(0.02));
            Assert.That(score.Pages.Count(p => p.TitleMatches && p.DateMatches), Is.EqualTo(40));
        });
    }

    [Test]
    public void Reads_a_page_without_article_markup_by_its_paragraph_text()
    {
        const string html = """
            <html><head><title>Casques bleus</title><meta property="article:published_time" content="2021-12-07T10:00:00Z"></head>
            <body><div class="menu"><a href="/">Accueil</a> <a href="/monde">Monde</a></div>
            <div class="content"><p>Le Canada annonce 16 hélicoptères.</p>Plus de 87&nbsp;000 soldats servent.<br><br>
            <ul class="liste"><li><a href="/a">Autre titre un</a></li><li><a href="/b">Autre titre deux</a></li></ul>
            <p>M. Lacroix l'a confirmé.</p></div><footer>Mentions légales</footer></body></html>
            """;
        var document = HtmlArticleReader.Read("page", "page.html", html);
        Assert.Multiple(() =>
        {
            Assert.That(document.Title, Is.EqualTo("Casques bleus"));
            Assert.That(document.DocumentDate, Is.EqualTo("2021-12-07"));
            Assert.That(document.Text, Is.EqualTo("Le Canada annonce 16 hélicoptères.\n\nPlus de 87\u00A0000 soldats servent.\n\nM. Lacroix l'a confirmé."));
        });
    }

    [TestCase("<time datetime=\"2017-11-14T09:00\">14 novembre</time>", "2017-11-14")]
    [TestCase("<span itemprop=\"datePublished\" content=\"2018-03-28\">28 mars</span>", "2018-03-28")]
    [TestCase("<span>sans date</span>", null)]
    public void Finds_the_publication_date(string markup, string? expected) =>
        Assert.That(HtmlArticleReader.Read("p", "p.html", $"<html><body><article><p>Texte.</p>{markup}</article></body></html>").DocumentDate, Is.EqualTo(expected));
}
