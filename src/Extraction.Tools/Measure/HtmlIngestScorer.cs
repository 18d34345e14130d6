namespace Extraction.Measure;

using Extraction.Core;
using Extraction.Ingest;
using Extraction.Text;
using Extraction.Tokenize;
using Newtonsoft.Json.Linq;

/// <summary>How one saved page's extraction compares with its gold article text.</summary>
public sealed record HtmlPageScore(string Id, int Matched, int Extracted, int Gold, bool TitleMatches, bool DateMatches)
{
    public double Kept => Gold == 0 ? 0 : (double)Matched / Gold;
    public double Foreign => Extracted == 0 ? 0 : 1 - (double)Matched / Extracted;
}

public sealed record HtmlIngestScore(IReadOnlyList<HtmlPageScore> Pages)
{
    /// <summary>Share of the gold article's word and number tokens found in the extraction (micro-averaged).</summary>
    public double Kept => Ratio(Pages.Sum(p => p.Matched), Pages.Sum(p => p.Gold));

    /// <summary>Share of the extracted word and number tokens that the gold article does not have.</summary>
    public double Foreign => 1 - Ratio(Pages.Sum(p => p.Matched), Pages.Sum(p => p.Extracted));

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>
/// Scores <see cref="HtmlArticleReader"/> on saved pages against their article text: tokens are compared
/// as bags (a gold token counts as kept as often as the extraction has it), so order and layout do not matter.
/// </summary>
public static class HtmlIngestScorer
{
    public static HtmlIngestScore Score(string htmlFolder, string goldJsonl)
    {
        var gold = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(goldJsonl))
            if (line.Length > 0 && JObject.Parse(line) is { } obj && (string?)obj["id"] is { } id)
                gold[id] = obj;

        var pages = new List<HtmlPageScore>();
        foreach (var file in Directory.GetFiles(htmlFolder, "*.html").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (!gold.TryGetValue(id, out var article)) continue;
            var item = InputReader.ReadFile(file).Single();
            var document = item.Document ?? new Document(id, file, "");
            pages.Add(ScorePage(id, document, (string?)article["text"] ?? "", (string?)article["title"], (string?)article["document_date"]));
        }
        return new HtmlIngestScore(pages);
    }

    public static HtmlPageScore ScorePage(string id, Document extracted, string goldText, string? goldTitle, string? goldDate)
    {
        var goldBag = Bag(goldText);
        var extractedBag = Bag(extracted.Text);
        int matched = 0;
        foreach (var (word, count) in extractedBag)
            if (goldBag.TryGetValue(word, out int goldCount)) matched += Math.Min(count, goldCount);
        return new HtmlPageScore(id, matched, extractedBag.Values.Sum(), goldBag.Values.Sum(),
            goldTitle is not null && extracted.Title == goldTitle.Trim(),
            goldDate is not null && extracted.DocumentDate == goldDate);
    }

    /// <summary>Counts of the lower-cased word and number tokens of a text.</summary>
    public static Dictionary<string, int> Bag(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = new List<Token>();
        FrenchTokenizer.Tokenize(normalized, 0, normalized.Length, tokens);
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var key = normalized[token.Start..token.End].ToLowerInvariant();
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }
        return bag;
    }
}
