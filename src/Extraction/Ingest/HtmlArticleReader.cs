namespace Extraction.Ingest;

using System.Net;
using System.Text;
using Extraction.Core;
using HtmlAgilityPack;

/// <summary>
/// Reads a saved news page: its title, its publication date and the article's own paragraphs, leaving out
/// scripts, navigation, headline tickers, related-article lists and footers.
/// </summary>
public static class HtmlArticleReader
{
    // Containers whose text is never the article's, whatever page they are on.
    private static readonly HashSet<string> BoilerplateTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "footer", "header", "aside", "form", "button", "iframe", "svg", "figure", "figcaption", "template", "select",
    };

    private static readonly string[] BoilerplateHints =
    [
        "nav", "menu", "footer", "sidebar", "related", "share", "social", "ticker", "fil-info", "breadcrumb", "comment", "newsletter", "pub", "advert", "cookie", "banner", "promo", "tags", "outbrain", "taboola",
    ];

    public static Document Read(string id, string source, string html)
    {
        var page = new HtmlDocument { OptionMaxNestedChildNodes = 2000 };
        page.LoadHtml(html);
        var root = page.DocumentNode;

        var body = new StringBuilder();
        foreach (var block in ArticleBlocks(FindArticle(root)))
        {
            if (body.Length > 0) body.Append("\n\n");
            body.Append(block);
        }

        var document = new Document(id, source, body.ToString())
        {
            Title = FindTitle(root),
            DocumentDate = FindDate(root),
        };
        return document;
    }

    private static string? FindTitle(HtmlNode root)
    {
        var meta = MetaContent(root, "og:title");
        if (!string.IsNullOrWhiteSpace(meta)) return Clean(meta);
        var h1 = root.SelectSingleNode("//article//h1") ?? root.SelectSingleNode("//h1");
        if (h1 is not null && !string.IsNullOrWhiteSpace(h1.InnerText)) return Clean(h1.InnerText);
        var title = root.SelectSingleNode("//title");
        return title is null ? null : Clean(title.InnerText);
    }

    private static string? FindDate(HtmlNode root)
    {
        string? raw = MetaContent(root, "article:published_time")
            ?? MetaContent(root, "datePublished")
            ?? root.SelectSingleNode("//*[@itemprop='datePublished']")?.GetAttributeValue("content", null!)
            ?? root.SelectSingleNode("//*[@itemprop='datePublished']")?.GetAttributeValue("datetime", null!)
            ?? root.SelectSingleNode("//time[@datetime]")?.GetAttributeValue("datetime", null!);
        if (raw is null || raw.Length < 10) return null;
        var day = raw[..10];
        return DateHeader.IsIsoDate(day) ? day : null;
    }

    private static string? MetaContent(HtmlNode root, string name)
    {
        foreach (var meta in root.Descendants("meta"))
        {
            var key = meta.GetAttributeValue("property", null!) ?? meta.GetAttributeValue("name", null!) ?? meta.GetAttributeValue("itemprop", null!);
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return meta.GetAttributeValue("content", null!);
        }
        return null;
    }

    /// <summary>The element holding the article: an articleBody, else the article element, else the element with the most paragraph text.</summary>
    private static HtmlNode FindArticle(HtmlNode root)
    {
        var articleBody = root.SelectSingleNode("//*[@itemprop='articleBody']");
        if (articleBody is not null) return articleBody;

        HtmlNode? best = null;
        int bestScore = 0;
        foreach (var p in root.Descendants("p"))
        {
            if (IsBoilerplate(p)) continue;
            if (p.ParentNode is not { } parent) continue;
            int score = parent.ChildNodes.Where(c => c.Name == "p").Sum(c => c.InnerText.Length);
            if (score > bestScore)
            {
                bestScore = score;
                best = parent;
            }
        }
        return best ?? root.SelectSingleNode("//article") ?? root.SelectSingleNode("//body") ?? root;
    }

    private static IEnumerable<string> ArticleBlocks(HtmlNode article)
    {
        foreach (var node in article.Descendants())
        {
            if (node.Name is not ("p" or "h2" or "h3" or "li" or "blockquote")) continue;
            if (IsBoilerplate(node) || node.Ancestors().Any(a => a == article ? false : a.Name is "p" or "li" or "blockquote")) continue;
            var text = Clean(node.InnerText);
            if (text.Length > 0) yield return text;
        }
    }

    private static bool IsBoilerplate(HtmlNode node)
    {
        for (var n = node; n is not null && n.NodeType == HtmlNodeType.Element; n = n.ParentNode)
        {
            if (BoilerplateTags.Contains(n.Name)) return true;
            var marks = (n.GetAttributeValue("class", "") + " " + n.GetAttributeValue("id", "")).ToLowerInvariant();
            foreach (var hint in BoilerplateHints)
                if (marks.Contains(hint, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Decodes entities and folds runs of white space, as a browser shows the text.</summary>
    private static string Clean(string html)
    {
        var text = WebUtility.HtmlDecode(html);
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
