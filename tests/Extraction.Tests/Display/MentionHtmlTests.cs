namespace Extraction.Tests.Display;

using System.Diagnostics;
using Extraction.Core;
using Extraction.Display;
using Extraction.Evaluation;
using HtmlAgilityPack;

public class MentionHtmlTests
{
    private const string Text = "Les 14 et 15 novembre 2017, le Canada & la <Corée> ont envoyé 16 hélicoptères.";

    private static AnnotatedDocument Doc(string? text, params (string List, Mention Mention)[] mentions) => new(
        "doc", "doc.txt", null, text,
        mentions.GroupBy(m => m.List).ToDictionary(g => g.Key, g => g.Select(m => m.Mention).ToList()));

    private static Mention M(int start, int end, object? value) => new(start, end, Text[start..end], value);

    // Predicted: a correct date and count, a country with a wrong value, an invented count; gold also has a commitment.
    private static readonly AnnotatedDocument Predicted = Doc(Text,
        ("dates", M(4, 26, "2017-11-14/2017-11-15")),
        ("countries", M(32, 38, "CAD")),
        ("counts", M(63, 78, 16L).With("qualifier", "exact").With("unit", "hélicoptère")),
        ("counts", M(13, 21, 15L)));

    private static readonly AnnotatedDocument Gold = Doc(null,
        ("dates", M(4, 26, "2017-11-14/2017-11-15")),
        ("countries", M(32, 38, "CAN")),
        ("counts", M(63, 78, 16L)),
        ("commitments", M(60, 78, "equipment")));

    private static HtmlDocument Parse(string html)
    {
        var dom = new HtmlDocument();
        dom.LoadHtml(html);
        return dom;
    }

    private static HtmlNode Node(HtmlDocument dom, string xpath) =>
        dom.DocumentNode.SelectSingleNode(xpath) ?? throw new AssertionException("no " + xpath + " in the page");

    private static List<HtmlNode> Nodes(HtmlNode node, string xpath) =>
        node.SelectNodes(xpath)?.ToList() ?? throw new AssertionException("no " + xpath + " in the page");

    private static List<HtmlNode> Marks(HtmlDocument dom) => dom.DocumentNode.SelectNodes("//mark[@data-mention]")?.ToList() ?? [];

    [Test]
    public void TextIsEscapedAndReadsBackUnchanged()
    {
        var html = MentionHtml.Page([(Doc(Text), null)]);
        Assert.That(html, Does.Contain("le Canada &amp; la &lt;Corée&gt; ont"));
        var text = Node(Parse(html), "//div[@class='text']").InnerText;
        Assert.That(HtmlEntity.DeEntitize(text), Is.EqualTo(Text));
    }

    [Test]
    public void EveryMentionIsOneMarkWithItsValueAndStatus()
    {
        var dom = Parse(MentionHtml.Page([(Predicted, Gold)]));
        var marks = Marks(dom);
        Assert.That(marks.Select(m => (m.GetAttributeValue("data-type", ""), m.GetAttributeValue("class", ""))).Distinct(), Is.EquivalentTo(new[]
        {
            ("dates", "t-dates ok"), ("countries", "t-countries wrong"), ("counts", "t-counts ok"), ("counts", "t-counts fp"), ("commitments", "t-commitments miss"),
        }));
        var country = marks.Single(m => m.GetAttributeValue("data-type", "") == "countries");
        Assert.That(HtmlEntity.DeEntitize(country.GetAttributeValue("title", "")), Is.EqualTo("countries: CAD\n[32, 38)\nwrong value, gold: CAN"));
        var count = marks.First(m => m.GetAttributeValue("data-value", "") == "16");
        Assert.That(HtmlEntity.DeEntitize(count.GetAttributeValue("title", "")), Does.StartWith("counts: 16\nqualifier: exact\nunit: hélicoptère\n"));
    }

    [Test]
    public void IndexListsEachDocumentWithItsCountsAndTheFilterKeepsOneType()
    {
        var other = new AnnotatedDocument("other", "other.txt", null, Text,
            new Dictionary<string, List<Mention>> { ["dates"] = [M(4, 26, "2017-11-14/2017-11-15")] });
        var html = MentionHtml.Page([(Predicted, Gold), (other, null)]);
        var dom = Parse(html);
        var rows = Nodes(dom.DocumentNode, "//table[@class='index']/tbody/tr");
        Assert.That(rows.Select(r => Nodes(r, "td/a")[0].GetAttributeValue("href", "")), Is.EqualTo(new[] { "#doc-0", "#doc-1" }));
        Assert.That(rows.Select(r => r.GetAttributeValue("data-types", "")), Is.EqualTo(new[] { "dates counts countries commitments", "dates" }));
        var headers = Nodes(dom.DocumentNode, "//table[@class='index']/thead/tr/th").Select(h => h.InnerText).ToList();
        var cells = Nodes(rows[0], "td").Select(c => c.InnerText).ToList();
        Assert.That(cells[headers.IndexOf("counts")], Is.EqualTo("2"));
        Assert.That(cells[headers.IndexOf("commitments")], Is.EqualTo("0"), "a miss is not a mention found");
        Assert.That((cells[headers.IndexOf("false positives")], cells[headers.IndexOf("missed")]), Is.EqualTo(("1", "1")));
        Assert.That(Node(dom, "//section[@id='doc-1']").GetAttributeValue("data-types", ""), Is.EqualTo("dates"));
        Assert.That(Nodes(dom.DocumentNode, "//div[@class='filter']/input[@type='radio']").Select(i => i.Id),
            Is.EqualTo(new[] { "only-all", "only-t-dates", "only-t-countries", "only-t-counts", "only-t-commitments" }));
        Assert.That(html, Does.Contain("body:has(#only-t-countries:checked) section:not([data-types~=\"countries\"])"));
    }

    [Test]
    public void OverlappingFalsePositiveAndMissCarryTheirOwnLabels()
    {
        var predicted = Doc(Text, ("dates", M(13, 26, "2017-11-15")));
        var gold = Doc(null, ("dates", M(4, 26, "2017-11-14/2017-11-15")));
        var labels = Nodes(Parse(MentionHtml.Page([(predicted, gold)])).DocumentNode, "//mark/span[@class='label']").Select(l => l.InnerText);
        Assert.That(labels, Is.EquivalentTo(new[] { "DATE false positive", "DATE missed" }));
    }

    [Test]
    public void CrossingSpansAreSplitIntoNestedPieces()
    {
        // Spans [0, 10) and [5, 15) cross: the second is drawn in two pieces that share its id.
        var crossing = Doc(Text, ("dates", M(0, 10, "2017")), ("counts", M(5, 15, 1L)));
        var dom = Parse(MentionHtml.Page([(crossing, null)]));
        var marks = Marks(dom);
        Assert.That(marks.Select(m => m.GetAttributeValue("data-mention", "")).Distinct().Count(), Is.EqualTo(2));
        Assert.That(marks, Has.Count.EqualTo(3), "the count is reopened after the date closes");
        Assert.That(HtmlEntity.DeEntitize(Node(dom, "//div[@class='text']").InnerText), Is.EqualTo(
            Text[..10] + "DATE" + Text[10..15] + "COUNT" + Text[15..]));
    }

    private const string Chromium = "/usr/bin/chromium";

    /// <summary>
    /// Opens the page of <see cref="Predicted"/> against <see cref="Gold"/> in headless Chromium with the given
    /// arguments and returns its standard output. Chromium is a Debian package that `.ci/run` installs before
    /// the Long category runs, so a missing browser fails the test rather than skipping it.
    /// </summary>
    private static string RunChromium(string folder, params string[] arguments)
    {
        if (!File.Exists(Chromium)) Assert.Fail($"{Chromium} is missing: .ci/run installs the Debian package chromium");
        var page = Path.Combine(folder, "page.html");
        File.WriteAllText(page, MentionHtml.Page([(Predicted, Gold)]));
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + Path.Combine(folder, "profile"),
            .. arguments, new Uri(page).AbsoluteUri])
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish");
        }
        Assert.That(process.ExitCode, Is.Zero, stderr.Result);
        return stdout.Result;
    }

    private static void InTemporaryFolder(Action<string> test)
    {
        var folder = Path.Combine(Path.GetTempPath(), "show-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            test(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test, Category("Long")]
    public void HeadlessChromiumShowsTheMentions() => InTemporaryFolder(folder =>
    {
        var dom = Parse(RunChromium(folder, "--dump-dom"));
        var marks = Marks(dom);
        Assert.That(marks.Select(m => m.GetAttributeValue("data-mention", "")).Distinct().Count(), Is.EqualTo(5));
        Assert.That(marks.Count(m => m.GetAttributeValue("class", "").EndsWith(" miss", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(marks.Count(m => m.GetAttributeValue("class", "").EndsWith(" fp", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(marks.Any(m => m.GetAttributeValue("data-value", "") == "2017-11-14/2017-11-15"));
        Assert.That(Node(dom, "//p[@class='meta']").InnerText, Does.Contain("4 predicted, 2 correct, 1 wrong value, 1 false positives, 1 missed"));
    });

    /// <summary>
    /// The screenshot, read pixel by pixel: each type the page marks is painted in its own colour, and no
    /// other type's colour appears, so two types can never be confused on screen.
    /// </summary>
    [Test, Category("Long")]
    public void HeadlessChromiumPaintsEachTypeInItsColour() => InTemporaryFolder(folder =>
    {
        var png = Path.Combine(folder, "page.png");
        RunChromium(folder, "--window-size=1000,700", "--hide-scrollbars", "--screenshot=" + png);
        var (width, height, pixels) = Png.ReadRgb(File.ReadAllBytes(png));
        Assert.That((width, height), Is.EqualTo((1000, 700)));
        var types = new[]
        {
            Extraction.Recognizers.Dates.DatesExtension.Dates, Extraction.Recognizers.Dates.DatesExtension.Durations, Extraction.Recognizers.Countries.CountriesExtension.Countries,
            Extraction.Recognizers.Officials.OfficialsExtension.Officials, Extraction.Recognizers.Counts.CountsExtension.Counts,
            Extraction.Recognizers.Commitments.CommitmentsExtension.Commitments, Extraction.Recognizers.References.ReferencesExtension.References,
        };
        var painted = types.Where(t => pixels.Contains(Convert.ToInt32(t.Colour[1..], 16))).Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.That(painted, Is.EqualTo(new[] { "commitments", "countries", "counts", "dates" }));
    });
}
