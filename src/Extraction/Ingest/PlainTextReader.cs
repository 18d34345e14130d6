namespace Extraction.Ingest;

using Extraction.Core;

/// <summary>Plain UTF-8 text: the whole file is the document, with an optional "date …" header.</summary>
public static class PlainTextReader
{
    public static Document Read(string id, string source, string text)
    {
        var document = new Document(id, source, text);
        document.BodyStart = DateHeader.Parse(text, out var date, out var rejected);
        document.DocumentDate = date;
        if (rejected is not null) document.Warnings.Add(rejected);
        return document;
    }
}
