namespace Extraction.Display;

using System.Globalization;
using System.Text;
using Extraction.Core;
using Extraction.Evaluation;
using Extraction.Pipeline;

/// <summary>How a rendered mention compares with the gold annotation, when one is given.</summary>
public enum MarkStatus
{
    /// <summary>No gold to compare with.</summary>
    Plain,
    Correct,
    WrongValue,
    FalsePositive,
    Miss,
}

/// <summary>
/// Renders documents as one self-contained HTML page in the manner of displaCy: every mention highlighted
/// in its type's colour, its value and fields in a tooltip (the title attribute), and, given gold, misses
/// and false positives in their own styles. An index lists the documents with their counts per type, and a
/// filter keeps the documents holding one type with only that type highlighted (radio buttons and CSS
/// :has(), so a page of hundreds of documents stays navigable). A pure function of its inputs: no file, no
/// clock, no script.
/// </summary>
public sealed class MentionHtml
{
    private readonly Dictionary<string, MentionType> types;

    private MentionHtml(IReadOnlyList<MentionType> mentionTypes) =>
        types = mentionTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);

    private const string OtherColour = "#dddddd";

    public static string Page(IReadOnlyList<(AnnotatedDocument Document, AnnotatedDocument? Gold)> documents, string title = "extract show",
        IReadOnlyList<MentionType>? mentionTypes = null)
    {
        var html = new MentionHtml(mentionTypes ?? StandardPipeline.Types);
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        Escape(sb, title);
        sb.Append("</title>\n<style>\n");
        html.AppendStyle(sb, documents);
        sb.Append("</style>\n</head>\n<body>\n");
        bool withGold = documents.Any(d => d.Gold is not null);
        html.AppendLegend(sb, documents, withGold);
        int nextId = 0;
        var rendered = documents.Select(d => (d.Document, d.Gold, Marks: html.MarksOf(d.Document, d.Gold, ref nextId))).ToList();
        html.AppendFilter(sb, documents);
        html.AppendIndex(sb, rendered, documents, withGold);
        for (int i = 0; i < rendered.Count; i++)
            html.AppendDocument(sb, i, rendered[i].Document, rendered[i].Gold, rendered[i].Marks);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private IEnumerable<string> ListsOf(IEnumerable<(AnnotatedDocument Document, AnnotatedDocument? Gold)> documents) =>
        documents.SelectMany(d => d.Document.Lists.Keys.Concat(d.Gold?.Lists.Keys ?? []))
            .Distinct()
            .OrderBy(l => types.ContainsKey(l) ? types.Keys.ToList().IndexOf(l) : int.MaxValue)
            .ThenBy(l => l, StringComparer.Ordinal);

    private static string ClassOf(string list) =>
        "t-" + new string(list.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());

    private string LabelOf(string list) =>
        types.TryGetValue(list, out var t) ? t.Label : list.ToUpperInvariant();

    private void AppendStyle(StringBuilder sb, IReadOnlyList<(AnnotatedDocument Document, AnnotatedDocument? Gold)> documents)
    {
        sb.Append("""
            body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
            .legend { display: flex; flex-wrap: wrap; gap: .5em; margin-bottom: 1.5em; font-size: .85em; }
            .legend span { padding: .2em .6em; border-radius: .3em; }
            section { border-top: 1px solid #ccc; padding-top: 1em; margin-top: 1.5em; }
            h2 { font-size: 1.1em; margin: 0; }
            .meta { color: #666; font-size: .85em; margin: .2em 0 1em; }
            .text { white-space: pre-wrap; line-height: 2.4; }
            mark { padding: .15em .3em; border-radius: .35em; color: inherit; }
            mark .label { font-size: .6em; font-weight: bold; text-transform: uppercase; margin-left: .4em; vertical-align: middle; opacity: .75; }
            mark.miss { background: transparent !important; border-bottom: 3px dashed #555; border-radius: 0; padding-bottom: .3em; }
            mark.fp { outline: 2px solid #d11; background-image: repeating-linear-gradient(135deg, transparent 0 5px, rgba(221, 17, 17, .3) 5px 7px); }
            mark.wrong { outline: 2px dotted #d80; }
            mark.miss > .label, mark.fp > .label { opacity: 1; }
            .legend .miss { border-bottom: 3px dashed #555; }
            .legend .fp { outline: 2px solid #d11; background-image: repeating-linear-gradient(135deg, transparent 0 5px, rgba(221, 17, 17, .3) 5px 7px); }
            .legend .wrong { outline: 2px dotted #d80; }
            .filter { font-size: .85em; margin-bottom: 1em; }
            .filter label { margin-right: .8em; }
            table.index { border-collapse: collapse; font-size: .85em; margin-bottom: 1em; }
            table.index th, table.index td { padding: .15em .6em; text-align: right; border-bottom: 1px solid #eee; }
            table.index th:first-child, table.index td:first-child { text-align: left; }

            """);
        foreach (var list in ListsOf(documents))
        {
            var colour = types.TryGetValue(list, out var t) ? t.Colour : OtherColour;
            sb.Append(CultureInfo.InvariantCulture, $".{ClassOf(list)} {{ background: {colour}; }}\n");
            sb.Append(CultureInfo.InvariantCulture, $"mark.miss.{ClassOf(list)} {{ border-color: {colour}; }}\n");
            var only = $"body:has(#only-{ClassOf(list)}:checked)";
            sb.Append(CultureInfo.InvariantCulture,
                $"{only} section:not([data-types~=\"{list}\"]), {only} table.index tbody tr:not([data-types~=\"{list}\"]) {{ display: none; }}\n");
            sb.Append(CultureInfo.InvariantCulture,
                $"{only} mark:not(.{ClassOf(list)}) {{ background: transparent !important; background-image: none; outline: none; border: none; }}\n");
            sb.Append(CultureInfo.InvariantCulture, $"{only} mark:not(.{ClassOf(list)}) > .label {{ display: none; }}\n");
        }
    }

    private void AppendFilter(StringBuilder sb, IReadOnlyList<(AnnotatedDocument Document, AnnotatedDocument? Gold)> documents)
    {
        sb.Append("<div class=\"filter\">documents: <input type=\"radio\" name=\"only\" id=\"only-all\" checked><label for=\"only-all\">all</label>");
        foreach (var list in ListsOf(documents))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<input type=\"radio\" name=\"only\" id=\"only-{ClassOf(list)}\"><label for=\"only-{ClassOf(list)}\">with ");
            Escape(sb, list);
            sb.Append("</label>");
        }
        sb.Append("</div>\n");
    }

    /// <summary>One row per document: a link to it, its mentions per type and, given gold, its false positives and misses.</summary>
    private void AppendIndex(StringBuilder sb, List<(AnnotatedDocument Document, AnnotatedDocument? Gold, List<Mark> Marks)> rendered,
        IReadOnlyList<(AnnotatedDocument Document, AnnotatedDocument? Gold)> documents, bool withGold)
    {
        var lists = ListsOf(documents).ToList();
        sb.Append("<table class=\"index\">\n<thead><tr><th>document</th>");
        foreach (var list in lists)
        {
            sb.Append("<th>");
            Escape(sb, list);
            sb.Append("</th>");
        }
        if (withGold) sb.Append("<th>false positives</th><th>missed</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rendered.Count; i++)
        {
            var (document, _, marks) = rendered[i];
            sb.Append(CultureInfo.InvariantCulture, $"<tr data-types=\"{Attr(TypesIn(marks))}\"><td><a href=\"#doc-{i}\">");
            Escape(sb, document.Id);
            sb.Append("</a></td>");
            foreach (var list in lists)
                sb.Append(CultureInfo.InvariantCulture, $"<td>{marks.Count(m => m.List == list && m.Status != MarkStatus.Miss)}</td>");
            if (withGold)
                sb.Append(CultureInfo.InvariantCulture,
                    $"<td>{marks.Count(m => m.Status == MarkStatus.FalsePositive)}</td><td>{marks.Count(m => m.Status == MarkStatus.Miss)}</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>The lists a document has marks of, predicted or missed: what the type filter keeps it for.</summary>
    private static string TypesIn(List<Mark> marks) => string.Join(' ', marks.Select(m => m.List).Distinct());

    private void AppendLegend(StringBuilder sb, IReadOnlyList<(AnnotatedDocument Document, AnnotatedDocument? Gold)> documents, bool withGold)
    {
        sb.Append("<div class=\"legend\">");
        foreach (var list in ListsOf(documents))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"{ClassOf(list)}\">");
            Escape(sb, LabelOf(list) + " (" + list + ")");
            sb.Append("</span>");
        }
        if (withGold)
            sb.Append("<span>correct: filled</span><span class=\"wrong\">right span, wrong value</span><span class=\"fp\">false positive</span><span class=\"miss\">missed (gold only)</span>");
        sb.Append("</div>\n");
    }

    private sealed record Mark(int Id, string List, Mention Mention, MarkStatus Status, object? GoldValue);

    private List<Mark> MarksOf(AnnotatedDocument document, AnnotatedDocument? gold, ref int nextId)
    {
        var length = (document.Text ?? gold?.Text ?? "").Length;
        var marks = new List<Mark>();
        foreach (var list in ListsOf([(document, gold)]))
            AddMarks(marks, list, document.MentionsOf(list), gold?.MentionsOf(list), gold is not null, length, ref nextId);
        marks.Sort((a, b) => a.Mention.Start != b.Mention.Start ? a.Mention.Start.CompareTo(b.Mention.Start) : b.Mention.End.CompareTo(a.Mention.End));
        return marks;
    }

    private void AppendDocument(StringBuilder sb, int number, AnnotatedDocument document, AnnotatedDocument? gold, List<Mark> marks)
    {
        var text = document.Text ?? gold?.Text ?? "";
        sb.Append(CultureInfo.InvariantCulture, $"<section id=\"doc-{number}\" data-document=\"{Attr(document.Id)}\" data-types=\"{Attr(TypesIn(marks))}\">\n<h2>");
        Escape(sb, document.Id);
        sb.Append("</h2>\n<p class=\"meta\">");
        Escape(sb, $"{document.Source} · document date {document.DocumentDate ?? "unknown"} · {Summary(marks, gold is not null)}");
        sb.Append("</p>\n<div class=\"text\">");
        AppendText(sb, text, marks);
        sb.Append("</div>\n</section>\n");
    }

    private static string Summary(List<Mark> marks, bool withGold)
    {
        var predicted = marks.Count(m => m.Status != MarkStatus.Miss);
        if (!withGold) return $"{predicted} mentions";
        return $"{predicted} predicted, {marks.Count(m => m.Status == MarkStatus.Correct)} correct, "
            + $"{marks.Count(m => m.Status == MarkStatus.WrongValue)} wrong value, "
            + $"{marks.Count(m => m.Status == MarkStatus.FalsePositive)} false positives, {marks.Count(m => m.Status == MarkStatus.Miss)} missed";
    }

    /// <summary>Compares predicted and gold spans one to one (same start and end), as the strict span score does.</summary>
    private static void AddMarks(List<Mark> marks, string list, IReadOnlyList<Mention> predicted, IReadOnlyList<Mention>? gold,
        bool withGold, int length, ref int nextId)
    {
        var goldTaken = new bool[gold?.Count ?? 0];
        foreach (var mention in predicted)
        {
            if (mention.Start < 0 || mention.End <= mention.Start || mention.End > length) continue;
            if (!withGold)
            {
                marks.Add(new Mark(nextId++, list, mention, MarkStatus.Plain, null));
                continue;
            }
            int match = -1;
            for (int i = 0; i < gold!.Count && match < 0; i++)
                if (!goldTaken[i] && gold[i].Start == mention.Start && gold[i].End == mention.End)
                    match = i;
            if (match < 0)
            {
                marks.Add(new Mark(nextId++, list, mention, MarkStatus.FalsePositive, null));
                continue;
            }
            goldTaken[match] = true;
            bool same = mention.Value is not null && gold[match].Value is not null
                && MentionType.ValueText(mention.Value) == MentionType.ValueText(gold[match].Value!);
            marks.Add(new Mark(nextId++, list, mention, same ? MarkStatus.Correct : MarkStatus.WrongValue, gold[match].Value));
        }
        for (int i = 0; i < goldTaken.Length; i++)
            if (!goldTaken[i] && gold![i].Start >= 0 && gold[i].End > gold[i].Start && gold[i].End <= length)
                marks.Add(new Mark(nextId++, list, gold[i], MarkStatus.Miss, null));
    }

    /// <summary>
    /// Writes the text with its marks as properly nested elements: when a mark ends while marks opened after
    /// it are still open (crossing spans), those are closed and reopened, so one mention may be drawn in pieces
    /// that share its data-mention id.
    /// </summary>
    private void AppendText(StringBuilder sb, string text, List<Mark> marks)
    {
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var m in marks)
        {
            boundaries.Add(m.Mention.Start);
            boundaries.Add(m.Mention.End);
        }
        var open = new List<Mark>();
        int nextMark = 0;
        int position = 0;
        foreach (int boundary in boundaries)
        {
            Escape(sb, text.AsSpan(position, boundary - position));
            position = boundary;

            int lowest = open.FindIndex(m => m.Mention.End == boundary);
            if (lowest >= 0)
            {
                for (int i = open.Count - 1; i >= lowest; i--)
                    Close(sb, open[i], last: open[i].Mention.End == boundary);
                var reopen = open.Skip(lowest).Where(m => m.Mention.End != boundary).ToList();
                open.RemoveRange(lowest, open.Count - lowest);
                foreach (var m in reopen)
                {
                    Open(sb, m);
                    open.Add(m);
                }
            }
            while (nextMark < marks.Count && marks[nextMark].Mention.Start == boundary)
            {
                Open(sb, marks[nextMark]);
                open.Add(marks[nextMark]);
                nextMark++;
            }
        }
    }

    private static void Open(StringBuilder sb, Mark mark)
    {
        var status = mark.Status switch
        {
            MarkStatus.Correct => " ok",
            MarkStatus.WrongValue => " wrong",
            MarkStatus.FalsePositive => " fp",
            MarkStatus.Miss => " miss",
            _ => "",
        };
        sb.Append(CultureInfo.InvariantCulture,
            $"<mark class=\"{ClassOf(mark.List)}{status}\" data-mention=\"{mark.Id}\" data-type=\"{Attr(mark.List)}\" data-value=\"{Attr(ValueOf(mark.Mention.Value))}\" title=\"{Attr(Tooltip(mark))}\">");
    }

    private void Close(StringBuilder sb, Mark mark, bool last)
    {
        if (last)
        {
            // A false positive and a miss often overlap (the same mention with other bounds): their labels say which is which.
            sb.Append("<span class=\"label\">");
            Escape(sb, LabelOf(mark.List) + mark.Status switch
            {
                MarkStatus.FalsePositive => " false positive",
                MarkStatus.Miss => " missed",
                _ => "",
            });
            sb.Append("</span>");
        }
        sb.Append("</mark>");
    }

    private static string ValueOf(object? value) => value is null ? "null" : MentionType.ValueText(value);

    private static string Tooltip(Mark mark)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{mark.List}: {ValueOf(mark.Mention.Value)}");
        foreach (var (key, value) in mark.Mention.Fields)
            sb.Append(CultureInfo.InvariantCulture, $"\n{key}: {(value is not string && value is IEnumerable<string> items ? string.Join(", ", items) : ValueOf(value))}");
        sb.Append(CultureInfo.InvariantCulture, $"\n[{mark.Mention.Start}, {mark.Mention.End})");
        sb.Append(mark.Status switch
        {
            MarkStatus.Correct => "\ncorrect",
            MarkStatus.WrongValue => $"\nwrong value, gold: {ValueOf(mark.GoldValue)}",
            MarkStatus.FalsePositive => "\nfalse positive: no gold mention with this span",
            MarkStatus.Miss => "\nmissed: in the gold annotation only",
            _ => "",
        });
        return sb.ToString();
    }

    private static string Attr(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        Escape(sb, value);
        return sb.ToString();
    }

    /// <summary>Escapes the five characters that matter in HTML text and double-quoted attributes.</summary>
    public static void Escape(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
