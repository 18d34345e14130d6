namespace Extraction.Evaluation;

using System.Runtime.CompilerServices;
using System.Text.Json;
using Extraction.Emit;
using Extraction.Ingest;
using Extraction.Pipeline;
using Json.Schema;
using Newtonsoft.Json.Linq;

/// <summary>
/// Checks a record against SPEC §1–§6. Shapes and value forms are the generated JSON Schema's job; this
/// adds what a schema cannot say: offsets that slice back to the text, text order, no overlap within a
/// list, and each type's own <see cref="MentionType.Check"/>. Problems are collected, never thrown, so one
/// run reports all of them.
/// </summary>
public static class RecordValidator
{
    // One compiled schema per set of types; the standard set is the only one outside tests.
    private static readonly ConditionalWeakTable<IReadOnlyList<MentionType>, JsonSchema> Schemas = new();

    public static void Validate(JObject record, string file, string? text, List<GoldIssue> issues, IReadOnlyList<MentionType>? types = null)
    {
        types ??= StandardPipeline.Types;
        void Issue(string field, string problem) => issues.Add(new GoldIssue(file, field, problem));

        var schema = Schemas.GetValue(types, RecordOnlySchema);
        using (var json = JsonDocument.Parse(record.ToString(Newtonsoft.Json.Formatting.None)))
        {
            var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
                foreach (var detail in result.Details ?? [])
                    foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
                    {
                        var pointer = detail.InstanceLocation.ToString();
                        Issue(Field(pointer), Explain(types, pointer, keyword, message) + (pointer.Length > 0 ? ", got " + Show(At(record, pointer)) : ""));
                    }
        }

        var byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        int bodyStart = text is null ? 0 : DateHeader.Parse(text, out _, out _);
        foreach (var property in record.Properties())
        {
            if (RecordReader.MetadataFields.Contains(property.Name) || property.Value is not JArray array) continue;
            ValidateList(property.Name, array, text, bodyStart, byName.GetValueOrDefault(property.Name), Issue);
        }
    }

    // The record branch alone: an invalid record then reports its own problems, not also why it is no error line.
    private static JsonSchema RecordOnlySchema(IReadOnlyList<MentionType> types)
    {
        var root = JObject.Parse(RecordSchema.Generate(types));
        root.Remove("oneOf");
        // Without its $id the copy does not collide with the published schema in the library's global registry.
        root.Remove("$id");
        root["$ref"] = "#/$defs/record";
        return JsonSchema.FromText(root.ToString());
    }

    // The library's messages are generic ("should match one of the values specified by the enum"); the
    // declaring type's own schema says what was expected in words a person can act on.
    private static string Explain(IReadOnlyList<MentionType> types, string pointer, string keyword, string message)
    {
        var parts = pointer.TrimStart('/').Split('/');
        if (parts.Length != 3 || types.FirstOrDefault(t => t.Name == parts[0]) is not { } type) return message;
        var schema = parts[2] == "value" ? type.Value : type.Fields.FirstOrDefault(f => f.Name == parts[2])?.Schema;
        return keyword switch
        {
            "enum" when schema?["enum"] is JArray { Count: <= 20 } values => "expected one of " + string.Join(", ", values.Select(v => (string?)v)),
            "enum" or "pattern" when schema?["description"] is { } description => "expected " + (string?)description,
            _ => message,
        };
    }

    private static JToken? At(JToken root, string pointer)
    {
        JToken? token = root;
        foreach (var part in pointer.TrimStart('/').Split('/', StringSplitOptions.RemoveEmptyEntries))
            token = token switch
            {
                JObject o => o[part.Replace("~1", "/").Replace("~0", "~")],
                JArray a when int.TryParse(part, out int i) && i < a.Count => a[i],
                _ => null,
            };
        return token;
    }

    private static string Show(JToken? token) => token?.ToString(Newtonsoft.Json.Formatting.None) ?? "nothing";

    // "/counts/0/unit" → "counts[0].unit", as the other problems name fields.
    private static string Field(string pointer)
    {
        var parts = pointer.TrimStart('/').Split('/');
        var field = parts[0];
        for (int i = 1; i < parts.Length; i++)
            field += int.TryParse(parts[i], out _) ? $"[{parts[i]}]" : "." + parts[i];
        return field.Length == 0 ? "record" : field;
    }

    private static void ValidateList(string list, JArray array, string? text, int bodyStart, MentionType? type, Action<string, string> issue)
    {
        int previousStart = -1, previousEnd = -1;
        for (int i = 0; i < array.Count; i++)
        {
            string at = $"{list}[{i}]";
            if (array[i] is not JObject mention || !Offsets(mention, out int start, out int end)) continue;
            if (type?.Check is { } check)
                foreach (var (field, problem) in check(mention))
                    issue(at + "." + field, problem);
            if (!SlicesBack(mention, at, text, bodyStart, start, end, issue)) continue;
            if (start < previousStart || (start == previousStart && end < previousEnd))
                issue(at, $"not in text order: starts at {start}, after a mention starting at {previousStart}");
            else if (start < previousEnd)
                issue(at, $"overlaps the previous {list} mention [{previousStart}, {previousEnd}) with [{start}, {end})");
            previousStart = start;
            previousEnd = Math.Max(previousEnd, end);
        }
    }

    private static bool Offsets(JObject mention, out int start, out int end)
    {
        start = end = 0;
        if (mention["start"] is not { Type: JTokenType.Integer } s || mention["end"] is not { Type: JTokenType.Integer } e) return false;
        start = (int)s;
        end = (int)e;
        return start >= 0 && end > start;
    }

    private static bool SlicesBack(JObject mention, string at, string? text, int bodyStart, int start, int end, Action<string, string> issue)
    {
        if (end <= start)
        {
            issue(at + ".end", $"expected an integer greater than start, got {end}");
            return false;
        }
        if (text is null) return true;
        if (end > text.Length)
        {
            issue(at + ".end", $"{end} is past the end of the document ({text.Length} characters)");
            return false;
        }
        if (start < bodyStart)
            issue(at + ".start", $"{start} is inside the metadata header, which ends at {bodyStart}");
        var slice = text[start..end];
        if (mention["text"] is { Type: JTokenType.String } surface && (string)surface! != slice)
            issue(at + ".text", $"\"{(string)surface!}\" does not match the document at [{start}, {end}), which reads \"{slice}\"");
        return true;
    }
}
