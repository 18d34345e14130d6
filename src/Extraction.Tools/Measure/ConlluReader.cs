namespace Extraction.Measure;

using Extraction.Core;

/// <summary>
/// Reads CoNLL-U into <see cref="UdSentence"/>s. Forms are aligned to the sentence text left to right, so
/// gold spans are character offsets, whatever the SpaceAfter marks say.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<UdSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader)) yield return sentence;
    }

    public static IEnumerable<UdSentence> Read(TextReader reader)
    {
        string document = "";
        bool namedDocuments = false;
        string? sentenceId = null, text = null;
        var forms = new List<string>();
        int rangeEnd = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                if (text is not null) yield return Build(document, sentenceId, text, forms);
                sentenceId = text = null;
                forms.Clear();
                rangeEnd = 0;
                continue;
            }
            if (line[0] == '#')
            {
                if (Comment(line, "newdoc id") is { } doc)
                {
                    document = doc;
                    namedDocuments = true;
                }
                else if (Comment(line, "sent_id") is { } id)
                {
                    sentenceId = id;
                    if (!namedDocuments) document = DocumentOf(id);
                }
                else if (Comment(line, "text") is { } t) text = t;
                continue;
            }
            var columns = line.Split('\t', 3);
            if (columns.Length < 2) continue;
            var id0 = columns[0];
            int dash = id0.IndexOf('-');
            if (dash > 0)
            {
                rangeEnd = int.Parse(id0[(dash + 1)..]);
                forms.Add(columns[1]);
            }
            else if (!id0.Contains('.') && int.Parse(id0) > rangeEnd)
            {
                forms.Add(columns[1]);
            }
        }
        if (text is not null) yield return Build(document, sentenceId, text, forms);
    }

    // Treebanks without "# newdoc" name the document in the sentence id before its running number.
    private static string DocumentOf(string sentenceId)
    {
        int cut = sentenceId.LastIndexOf('_');
        return cut > 0 ? sentenceId[..cut] : "";
    }

    private static string? Comment(string line, string key)
    {
        var rest = line.AsSpan(1).TrimStart();
        if (!rest.StartsWith(key, StringComparison.Ordinal)) return null;
        rest = rest[key.Length..].TrimStart();
        if (rest.IsEmpty || rest[0] != '=') return null;
        return rest[1..].Trim().ToString();
    }

    private static UdSentence Build(string document, string? sentenceId, string text, List<string> forms)
    {
        var spans = new List<TextSpan>(forms.Count);
        int cursor = 0;
        foreach (var form in forms)
        {
            while (cursor < text.Length && char.IsWhiteSpace(text[cursor])) cursor++;
            int at = string.CompareOrdinal(text, cursor, form, 0, form.Length) == 0 ? cursor : text.IndexOf(form, cursor, StringComparison.Ordinal);
            // A form the text spells differently keeps its length from the cursor: the scorer then counts it
            // as missed rather than shifting every following token.
            if (at < 0) at = cursor;
            int end = Math.Min(text.Length, at + form.Length);
            spans.Add(new TextSpan(at, end));
            cursor = end;
        }
        return new UdSentence(document, sentenceId ?? "", text, spans);
    }
}
