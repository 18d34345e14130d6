namespace Extraction.Ingest;

using System.Runtime.InteropServices;
using System.Text.Json;
using Extraction.Core;

/// <summary>
/// JSON Lines input, one document a line: {"id", "text", "document_date"?, "title"?}. Bytes are UTF-8 whatever
/// the locale, and each line is parsed as the JSON standard says (white space includes a bare CR, a number of
/// any length is a value). A bad line becomes an error item naming the line, and reading goes on with the next.
/// </summary>
public static class JsonLinesReader
{
    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 64 };

    public static IEnumerable<IngestItem> Read(Stream stream, string source, IngestOptions? options = null)
    {
        options ??= IngestOptions.Default;
        var lines = new LineReader(stream, options.MaxDocumentBytes);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (lines.Next(out var line, out bool tooLong, out bool binary))
        {
            lineNumber++;
            var lineSource = $"{source}:{lineNumber}";
            if (binary)
            {
                yield return IngestItem.Failed($"line-{lineNumber}", lineSource,
                    $"binary data (NUL bytes) and no line end within the document size limit on line {lineNumber}; the rest of {source} is not JSON Lines and was not read");
                yield break;
            }
            if (tooLong)
            {
                yield return IngestItem.Failed($"line-{lineNumber}", lineSource, options.TooLarge($"line {lineNumber}"));
                continue;
            }
            if (IsBlank(line))
                continue;
            yield return ParseLine(line, lineSource, lineNumber, seen, options);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;

    private static IngestItem ParseLine(byte[] line, string source, int lineNumber, Dictionary<string, int> seen, IngestOptions options)
    {
        var fallbackId = $"line-{lineNumber}";
        line = TextDecoder.Repair(line, out var warning);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, Strict);
        }
        catch (JsonException e)
        {
            return IngestItem.Failed(fallbackId, source, $"malformed JSON on line {lineNumber}: {Reason(e)}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return IngestItem.Failed(fallbackId, source, $"malformed JSON on line {lineNumber}: a line holds one JSON object, not {Article(root.ValueKind)}");

            string? id = null, idJson = null;
            if (root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String)
            {
                id = StringOf(idValue);
                idJson = idValue.GetRawText();
            }
            else if (idValue.ValueKind == JsonValueKind.Number)
            {
                // A number is echoed as its JSON text, digit for digit: 1.50e3 stays "1.50e3", a 400-digit id stays whole.
                id = idValue.GetRawText();
            }
            if (string.IsNullOrEmpty(id))
                return IngestItem.Failed(fallbackId, source, $"line {lineNumber} has no string \"id\" field");
            if (seen.TryGetValue(id, out int first))
                return IngestItem.Failed(id, source, $"duplicate id \"{id}\" (first seen on line {first}); ids must be unique within a file", idJson);
            seen[id] = lineNumber;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return IngestItem.Failed(id, source, $"line {lineNumber} has no string \"text\" field", idJson);

            var document = PlainTextReader.Read(id, source, StringOf(text));
            if (warning is not null) document.Warnings.Add(warning);
            if (root.TryGetProperty("document_date", out var date) && date.ValueKind == JsonValueKind.String)
            {
                var value = StringOf(date);
                if (!DateHeader.IsIsoDate(value))
                    return IngestItem.Failed(id, source, $"line {lineNumber}: \"document_date\" \"{value}\" is not YYYY, YYYY-MM or YYYY-MM-DD", idJson);
                document.DocumentDate = value;
            }
            document.DocumentDate ??= options.DefaultDocumentDate;
            if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
                document.Title = StringOf(title);
            return IngestItem.Ok(document, idJson);
        }
    }

    private static string StringOf(JsonElement value) => JsonStrings.Unescape(JsonMarshal.GetRawUtf8Value(value)[1..^1]);

    // System.Text.Json ends its messages with the position, which the line number already gives.
    private static string Reason(JsonException e)
    {
        int position = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = position < 0 ? e.Message : e.Message[..position];
        return e.BytePositionInLine is { } at ? $"{reason} (at byte {at + 1})" : reason;
    }

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "true, false or null",
    };
}
