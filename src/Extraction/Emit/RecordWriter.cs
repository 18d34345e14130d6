namespace Extraction.Emit;

using System.Globalization;
using System.Text;
using Extraction.Core;
using Extraction.Ingest;
using Newtonsoft.Json;

/// <summary>Serialises a processed document as one SPEC record line, or an unreadable one as an error line.</summary>
public sealed class RecordWriter(Pipeline.Pipeline pipeline, RecordOptions options)
{
    public const string RecordSchema = "extraction.record/1";
    public const string ErrorSchema = "extraction.error/1";

    public static string ProgramVersion { get; } =
        typeof(RecordWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The record line of a processed document; <paramref name="idJson"/> is the id as its JSON Lines input wrote it, echoed verbatim.</summary>
    public string Write(Document document, string? idJson = null)
    {
        var sb = new StringBuilder(1024);
        using (var json = NewWriter(sb))
        {
            json.WriteStartObject();
            json.WritePropertyName("schema"); json.WriteValue(RecordSchema);
            WriteId(json, document.Id, idJson);
            json.WritePropertyName("source"); json.WriteValue(document.Source);
            json.WritePropertyName("language"); json.WriteValue("fr");
            json.WritePropertyName("document_date"); json.WriteValue(document.DocumentDate);
            json.WritePropertyName("title"); json.WriteValue(document.Title);
            foreach (var list in pipeline.Lists)
                WriteMentions(json, list, document.MentionsOf(list));
            foreach (var (list, mentions) in document.Mentions.OrderBy(p => p.Key, StringComparer.Ordinal))
                if (!pipeline.Lists.Contains(list))
                    WriteMentions(json, list, mentions);
            if (document.Warnings.Count > 0)
            {
                json.WritePropertyName("warnings");
                json.WriteStartArray();
                foreach (var warning in document.Warnings) json.WriteValue(warning);
                json.WriteEndArray();
            }
            if (options.IncludeBody)
            {
                json.WritePropertyName("body"); json.WriteValue(document.Text);
            }
            WriteProvenance(json);
            json.WriteEndObject();
        }
        return sb.ToString();
    }

    public string WriteError(IngestItem item) => WriteError(item.Id, item.Source, item.Error ?? "unknown error", item.IdJson);

    public static string WriteError(string id, string source, string error, string? idJson = null)
    {
        var sb = new StringBuilder(256);
        using (var json = NewWriter(sb))
        {
            json.WriteStartObject();
            json.WritePropertyName("schema"); json.WriteValue(ErrorSchema);
            WriteId(json, id, idJson);
            json.WritePropertyName("source"); json.WriteValue(source);
            json.WritePropertyName("error"); json.WriteValue(error);
            json.WriteEndObject();
        }
        return sb.ToString();
    }

    // An id read from JSON keeps the bytes it was written with: a lone surrogate stays "\ud800" instead of
    // becoming U+FFFD (two ids would collide), and escapes stay as the producer wrote them.
    private static void WriteId(JsonTextWriter json, string id, string? idJson)
    {
        json.WritePropertyName("id");
        if (idJson is null) json.WriteValue(id);
        else json.WriteRawValue(idJson);
    }

    private static JsonTextWriter NewWriter(StringBuilder sb) =>
        new(new StringWriter(sb, CultureInfo.InvariantCulture)) { Formatting = Formatting.None, StringEscapeHandling = StringEscapeHandling.Default };

    private static void WriteMentions(JsonTextWriter json, string list, List<Mention> mentions)
    {
        json.WritePropertyName(list);
        json.WriteStartArray();
        foreach (var mention in mentions.OrderBy(m => m.Start).ThenBy(m => m.End))
        {
            json.WriteStartObject();
            json.WritePropertyName("text"); json.WriteValue(mention.Text);
            json.WritePropertyName("start"); json.WriteValue(mention.Start);
            json.WritePropertyName("end"); json.WriteValue(mention.End);
            json.WritePropertyName("value"); json.WriteValue(mention.Value);
            foreach (var (key, value) in mention.Fields)
            {
                json.WritePropertyName(key);
                WriteValue(json, value);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteValue(JsonTextWriter json, object? value)
    {
        if (value is not string && value is IEnumerable<string> strings)
        {
            json.WriteStartArray();
            foreach (var s in strings) json.WriteValue(s);
            json.WriteEndArray();
        }
        else
        {
            json.WriteValue(value);
        }
    }

    private void WriteProvenance(JsonTextWriter json)
    {
        json.WritePropertyName("provenance");
        json.WriteStartObject();
        json.WritePropertyName("program"); json.WriteValue("extract " + ProgramVersion);
        json.WritePropertyName("config"); json.WriteValue(pipeline.ConfigHash);
        json.WritePropertyName("models");
        json.WriteStartObject();
        foreach (var (stage, version) in pipeline.ModelVersions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(stage); json.WriteValue(version);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}

public sealed record RecordOptions(bool IncludeBody = false);
