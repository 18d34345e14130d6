namespace Extraction.Evaluation;

using System.Collections.Frozen;
using Extraction.Core;
using Newtonsoft.Json.Linq;

/// <summary>
/// Reads a SPEC §1 record (a gold file or a line of `extract run` output) into an <see cref="AnnotatedDocument"/>.
/// Every array of objects beside the metadata fields is a mention list, so lists beyond the five named
/// ones (durations) are read too. Shapes are checked by <see cref="RecordValidator"/>, not here: a mention
/// that lacks offsets is skipped.
/// </summary>
public static class RecordReader
{
    public static readonly FrozenSet<string> MetadataFields = FrozenSet.Create(StringComparer.Ordinal,
        "schema", "id", "source", "language", "document_date", "title", "body", "warnings", "provenance", "error");

    public static AnnotatedDocument Read(JObject record, string? text = null)
    {
        var lists = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var property in record.Properties())
        {
            if (MetadataFields.Contains(property.Name) || property.Value is not JArray array) continue;
            var mentions = new List<Mention>(array.Count);
            foreach (var item in array)
                if (item is JObject mention && ReadMention(mention) is { } m)
                    mentions.Add(m);
            mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            lists[property.Name] = mentions;
        }
        return new AnnotatedDocument(
            (string?)record["id"] ?? "",
            (string?)record["source"] ?? "",
            (string?)record["document_date"],
            text ?? (string?)record["body"],
            lists);
    }

    private static Mention? ReadMention(JObject json)
    {
        if (json["start"] is not { Type: JTokenType.Integer } start || json["end"] is not { Type: JTokenType.Integer } end)
            return null;
        var mention = new Mention((int)start, (int)end, (string?)json["text"] ?? "", ToValue(json["value"]));
        foreach (var property in json.Properties())
            if (property.Name is not ("text" or "start" or "end" or "value"))
                mention.Set(property.Name, ToValue(property.Value));
        return mention;
    }

    public static object? ToValue(JToken? token) => token?.Type switch
    {
        JTokenType.String => (string)token!,
        JTokenType.Integer => (long)token!,
        JTokenType.Float => (double)token!,
        JTokenType.Boolean => (bool)token!,
        JTokenType.Array => token!.Select(t => t.ToString()).ToList(),
        _ => null,
    };
}
