namespace Extraction.Ingest;

using Extraction.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>
/// JSON Lines input, one document a line: {"id", "text", "document_date"?, "title"?}. A bad line becomes an
/// error item naming the line, and reading goes on with the next one.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<IngestItem> Read(TextReader reader, string source)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var lineSource = $"{source}:{lineNumber}";
            yield return ParseLine(line, lineSource, lineNumber, seen);
        }
    }

    private static IngestItem ParseLine(string line, string source, int lineNumber, Dictionary<string, int> seen)
    {
        var fallbackId = $"line-{lineNumber}";
        JObject obj;
        try
        {
            using var json = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            obj = JObject.Load(json);
        }
        catch (JsonException e)
        {
            return IngestItem.Failed(fallbackId, source, $"malformed JSON on line {lineNumber}: {e.Message}");
        }

        var id = obj["id"] is JValue { Type: JTokenType.String or JTokenType.Integer } idValue ? idValue.ToString() : null;
        if (string.IsNullOrEmpty(id))
            return IngestItem.Failed(fallbackId, source, $"line {lineNumber} has no string \"id\" field");
        if (seen.TryGetValue(id, out int first))
            return IngestItem.Failed(id, source, $"duplicate id \"{id}\" (first seen on line {first}); ids must be unique within a file");
        seen[id] = lineNumber;
        if (obj["text"] is not JValue { Type: JTokenType.String } textValue)
            return IngestItem.Failed(id, source, $"line {lineNumber} has no string \"text\" field");

        var text = (string)textValue!;
        var document = PlainTextReader.Read(id, source, text);
        if (obj["document_date"] is JValue { Type: JTokenType.String } date)
        {
            var value = (string)date!;
            if (!DateHeader.IsIsoDate(value))
                return IngestItem.Failed(id, source, $"line {lineNumber}: \"document_date\" \"{value}\" is not YYYY, YYYY-MM or YYYY-MM-DD");
            document.DocumentDate = value;
        }
        if (obj["title"] is JValue { Type: JTokenType.String } title)
            document.Title = (string)title!;
        return IngestItem.Ok(document);
    }
}
