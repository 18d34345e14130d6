namespace Extraction.Ingest;

using System.Collections.Frozen;
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
    private static readonly FrozenSet<string> BoilerplateTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "nav", "footer", "header", "aside", "form", "button", "iframe", "svg", "figure", "figcaption", "template", "select");

    private static readonly string[] BoilerplateHints =
    [
        "nav", "navbar", "menu", "footer", "sidebar", "related", "share", "social", "ticker", "fil-info", "breadcrumb", "comment", "newsletter",
        "pub", "ad", "ads", "advert", "cookie", "banner", "promo", "tag", "outbrain", "taboola", "voir-aussi", "lire-aussi", "see-also", "read-more",
        "byline", "author", "date", "credit", "caption", "upsell", "widget", "popup", "modal", "toolbar", "syndication",
    ];

    // Line breaks are kept as this mark until paragraphs are cut, so "<br> <br>" separates paragraphs.
    private const char LineBreak = '\u0001';

    public static Document Read(string id, string source, string html)
    {
        var page = new HtmlDocument { OptionMaxNestedChildNodes = 2000 };
        page.LoadHtml(html);
        var root = page.DocumentNode;
        var figures = new PageFigures();

        var body = new StringBuilder();
        foreach (var block in ArticleBlocks(FindArticle(root, figures), figures))
        {
            if (body.Length > 0) body.Append("\n\n");
            body.Append(block);
        }

        var published = FindDate(root);
        var document = new Document(id, source, body.ToString())
        {
            Title = FindTitle(root),
            DocumentDate = published is null ? null : IsoDate(published),
        };
        if (published is not null && document.DocumentDate is null)
            document.Warnings.Add($"the page's publication date \"{published[..Math.Min(published.Length, 40)]}\" is not a date YYYY, YYYY-MM or YYYY-MM-DD (with a time or not); document_date is null");
        return document;
    }

    private static string? FindTitle(HtmlNode root)
    {
        var meta = MetaContent(root, "og:title");
        if (!string.IsNullOrWhiteSpace(meta)) return Clean(meta);
        var h1 = root.SelectSingleNode("//article//h1") ?? root.SelectSingleNode("//h1");
        if (h1 is not null && Clean(TextOf(h1)) is { Length: > 0 } heading) return heading;
        var title = root.SelectSingleNode("//title");
        return title is null ? null : Clean(TextOf(title));
    }

    private static string? FindDate(HtmlNode root)
    {
        string? raw = MetaContent(root, "article:published_time")
            ?? MetaContent(root, "datePublished")
            ?? root.SelectSingleNode("//*[@itemprop='datePublished']")?.GetAttributeValue("content", null!)
            ?? root.SelectSingleNode("//*[@itemprop='datePublished']")?.GetAttributeValue("datetime", null!)
            ?? root.SelectSingleNode("//time[@datetime]")?.GetAttributeValue("datetime", null!);
        return string.IsNullOrWhiteSpace(raw) ? null : raw;
    }

    /// <summary>The date of a publication timestamp ("2021-03-05T10:00:00+01:00" → "2021-03-05"); null unless it starts with a real ISO date.</summary>
    private static string? IsoDate(string raw)
    {
        if (raw.Length >= 10 && DateHeader.IsIsoDate(raw.AsSpan(0, 10))) return raw[..10];
        return DateHeader.IsIsoDate(raw) ? raw : null;
    }

    private static string? MetaContent(HtmlNode root, string name)
    {
        foreach (var meta in Descendants(root).Where(n => n.Name == "meta"))
        {
            var key = meta.GetAttributeValue("property", null!) ?? meta.GetAttributeValue("name", null!) ?? meta.GetAttributeValue("itemprop", null!);
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return meta.GetAttributeValue("content", null!);
        }
        return null;
    }

    /// <summary>
    /// The element holding the article: the schema.org articleBody, else the single article element, else
    /// the element whose own paragraphs carry the most text that is not links.
    /// </summary>
    private static HtmlNode FindArticle(HtmlNode root, PageFigures figures)
    {
        var articleBody = root.SelectSingleNode("//*[@itemprop='articleBody']");
        if (articleBody is not null) return articleBody;
        var articles = Descendants(root).Where(n => n.Name == "article" && !figures.IsBoilerplate(n)).ToList();
        if (articles.Count == 1) return articles[0];

        HtmlNode? best = null;
        long bestScore = 0;
        foreach (var container in Descendants(root).Where(n => n.Name is "div" or "section" or "article" or "main" or "td"))
        {
            if (figures.IsBoilerplate(container)) continue;
            long score = 0;
            foreach (var child in container.ChildNodes)
                if (child.Name is "p" or "#text")
                    score += figures.CleanLength(child) - figures.LinkTextLength(child);
            if (score > bestScore)
            {
                bestScore = score;
                best = container;
            }
        }
        return best ?? root.SelectSingleNode("//body") ?? root;
    }

    /// <summary>
    /// The article's paragraphs: runs of text between block elements and double line breaks, leaving out
    /// boilerplate containers and blocks made mostly of links (related lists, tickers, embeds' credits).
    /// </summary>
    private static List<string> ArticleBlocks(HtmlNode article, PageFigures figures)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        Collect(article, current, blocks, figures);
        Flush(current, blocks);
        return blocks;
    }

    private static void Collect(HtmlNode node, StringBuilder current, List<string> blocks, PageFigures figures)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    current.Append(child.InnerText);
                    continue;
                case HtmlNodeType.Element:
                    break;
                default:
                    continue;
            }
            if (child.Name == "br")
            {
                current.Append(LineBreak);
                continue;
            }
            if (IsBoilerplateElement(child) || IsLinkList(child, figures))
            {
                if (BlockTags.Contains(child.Name)) Flush(current, blocks);
                continue;
            }
            bool block = BlockTags.Contains(child.Name);
            if (block) Flush(current, blocks);
            Collect(child, current, blocks, figures);
            if (block) Flush(current, blocks);
        }
    }

    /// <summary>Ends the current block; a blank line (two breaks) inside it also separates paragraphs.</summary>
    private static void Flush(StringBuilder current, List<string> blocks)
    {
        if (current.Length == 0) return;
        var raw = current.ToString();
        current.Clear();
        int start = 0;
        for (int i = raw.IndexOf(LineBreak); i >= 0; i = raw.IndexOf(LineBreak, i + 1))
        {
            int next = i + 1;
            while (next < raw.Length && char.IsWhiteSpace(raw[next])) next++;
            if (next >= raw.Length || raw[next] != LineBreak) continue;
            AddParagraph(raw[start..i], blocks);
            start = i = next;
        }
        AddParagraph(raw[start..], blocks);
    }

    private static void AddParagraph(string raw, List<string> blocks)
    {
        var text = Clean(raw.Replace(LineBreak, ' '));
        if (text.Length > 0) blocks.Add(text);
    }

    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "table", "tr", "td", "th", "pre", "hr");

    // A container whose text is mostly link text is navigation, a list of other headlines or a credit line.
    private static bool IsLinkList(HtmlNode node, PageFigures figures)
    {
        if (node.Name is "a" or "span" or "strong" or "em" or "b" or "i") return false;
        long text = figures.CleanLength(node);
        return text > 0 && figures.LinkTextLength(node) * 2 > text;
    }

    /// <summary>
    /// The text of a node as HtmlAgilityPack's InnerText gives it (its text nodes in order, without comments,
    /// scripts and styles), built in one pass: InnerText concatenates level by level, which is quadratic in
    /// the depth of the page.
    /// </summary>
    private static string TextOf(HtmlNode node)
    {
        var sb = new StringBuilder();
        AppendText(node, sb);
        return sb.ToString();

        static void AppendText(HtmlNode node, StringBuilder sb)
        {
            if (node.NodeType == HtmlNodeType.Text) sb.Append(((HtmlTextNode)node).Text);
            foreach (var child in node.ChildNodes)
                if (!IsHiddenText(child)) AppendText(child, sb);
        }
    }

    /// <summary>
    /// The nodes below <paramref name="root"/> in document order, as HtmlAgilityPack's Descendants gives them but
    /// from one stack: its nested iterators cost the depth of the page for every node.
    /// </summary>
    private static IEnumerable<HtmlNode> Descendants(HtmlNode root)
    {
        var pending = new Stack<HtmlNode>();
        for (int i = root.ChildNodes.Count - 1; i >= 0; i--) pending.Push(root.ChildNodes[i]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            for (int i = node.ChildNodes.Count - 1; i >= 0; i--) pending.Push(node.ChildNodes[i]);
        }
    }

    private static bool IsHiddenText(HtmlNode node) => node.NodeType == HtmlNodeType.Comment || node.Name is "script" or "style";

    /// <summary>
    /// Figures the reader asks of many nodes of one page (the length of a node's cleaned text, of its link text,
    /// whether it sits in boilerplate), each computed once from its children's, so a page nested a thousand
    /// levels deep with text at every level costs linear time, not the size times the depth of InnerText.
    /// </summary>
    private sealed class PageFigures
    {
        private readonly Dictionary<HtmlNode, (TextFold Text, long Links)> nodes = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<HtmlNode, bool> boilerplate = new(ReferenceEqualityComparer.Instance);

        /// <summary><c>Clean(node.InnerText).Length</c>, the entities of each text node decoded.</summary>
        public long CleanLength(HtmlNode node) => Of(node).Text.Length;

        /// <summary>The cleaned length of the link text in the node: its own when it is a link, else that of the links in it.</summary>
        public long LinkTextLength(HtmlNode node) => node.Name == "a" ? CleanLength(node) : Of(node).Links;

        /// <summary>True when the node or a container around it is navigation, an aside, an advert and the like.</summary>
        public bool IsBoilerplate(HtmlNode node)
        {
            if (node.NodeType != HtmlNodeType.Element) return false;
            if (!boilerplate.TryGetValue(node, out bool value))
                boilerplate[node] = value = IsBoilerplateElement(node) || node.ParentNode is { } parent && IsBoilerplate(parent);
            return value;
        }

        // Elements are remembered; a text node is read again instead, at most twice (for its parent, and as a
        // container's child when the article is looked for), which keeps the table small.
        private (TextFold Text, long Links) Of(HtmlNode node)
        {
            if (node.NodeType == HtmlNodeType.Text) return (TextFold.Of(WebUtility.HtmlDecode(((HtmlTextNode)node).Text)), 0);
            if (nodes.TryGetValue(node, out var figures)) return figures;
            var text = TextFold.Empty;
            long links = 0;
            foreach (var child in node.ChildNodes)
            {
                if (IsHiddenText(child)) continue;
                var (childText, childLinks) = Of(child);
                text = text.Then(childText);
                links += childLinks + (child.Name == "a" ? childText.Length : 0);
            }
            nodes[node] = figures = (text, links);
            return figures;
        }
    }

    /// <summary>
    /// What <see cref="Clean"/> makes of a text, kept as counts that add up along a page: its characters that
    /// are not white space and its words (runs of them, joined by one space each), and whether it starts and ends
    /// inside a word, where it would join the text before or after it.
    /// </summary>
    private readonly record struct TextFold(long Letters, long Words, bool StartsInWord, bool EndsInWord, bool IsEmpty)
    {
        public static TextFold Empty { get; } = new(0, 0, false, false, true);

        public long Length => Letters + Math.Max(Words - 1, 0);

        public static TextFold Of(string text)
        {
            if (text.Length == 0) return Empty;
            long letters = 0, words = 0;
            bool inWord = false;
            foreach (char c in text)
            {
                bool space = IsFoldedSpace(c);
                if (!space)
                {
                    letters++;
                    if (!inWord) words++;
                }
                inWord = !space;
            }
            return new(letters, words, !IsFoldedSpace(text[0]), !IsFoldedSpace(text[^1]), false);
        }

        public TextFold Then(TextFold next) =>
            IsEmpty ? next
            : next.IsEmpty ? this
            : new(Letters + next.Letters, Words + next.Words - (EndsInWord && next.StartsInWord ? 1 : 0), StartsInWord, next.EndsInWord, false);
    }

    private static bool IsFoldedSpace(char c) => char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F';

    private static bool IsBoilerplateElement(HtmlNode node)
    {
        if (BoilerplateTags.Contains(node.Name)) return true;
        var marks = node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "") + " " + node.GetAttributeValue("role", "");
        foreach (var hint in BoilerplateHints)
            if (HasMark(marks, hint)) return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="hint"/> is a word of the class, id or role: "pave_pub", "fil-info-list",
    /// "shareBar", "comments" match, "publication" or "shadow" do not.
    /// </summary>
    private static bool HasMark(string marks, string hint)
    {
        for (int at = marks.IndexOf(hint, StringComparison.OrdinalIgnoreCase); at >= 0; at = marks.IndexOf(hint, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + hint.Length;
            bool left = at == 0 || !char.IsLetter(marks[at - 1]) || (char.IsLower(marks[at - 1]) && char.IsUpper(marks[at]));
            bool right = end == marks.Length || !char.IsLetter(marks[end]) || char.IsUpper(marks[end]) || (marks[end] == 's' && (end + 1 == marks.Length || !char.IsLetter(marks[end + 1])));
            if (left && right) return true;
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
            if (IsFoldedSpace(c))
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
