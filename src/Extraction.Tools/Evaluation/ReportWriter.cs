namespace Extraction.Evaluation;

using System.Globalization;
using System.Text;
using Newtonsoft.Json;

/// <summary>Writes an <see cref="EvaluationReport"/> as an aligned text table, as JSON, or as an error listing.</summary>
public static class ReportWriter
{
    public static string Table(EvaluationReport report)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{report.Documents} documents; document values per SPEC §7, micro-averaged over documents\n\n");
        sb.Append("                       |   document values     |   spans, strict       |   spans, partial      | value\n");
        sb.Append("type         gold pred |   P      R      F1    |   P      R      F1    |   P      R      F1    | acc.\n");
        sb.Append("-----------------------+-----------------------+-----------------------+-----------------------+------\n");
        foreach (var score in report.Types)
            Row(sb, score);
        sb.Append("-----------------------+-----------------------+-----------------------+-----------------------+------\n");
        Row(sb, report.Overall);
        if (report.Types.Any(t => !report.ScoredTypes.Contains(t.Type)))
            sb.Append(CultureInfo.InvariantCulture, $"(all = the {report.ScoredTypes.Count} scored types: {string.Join(", ", report.ScoredTypes)})\n");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, TypeScore s)
    {
        sb.Append(CultureInfo.InvariantCulture, $"{s.Type,-12} {s.GoldMentions,4} {s.PredictedMentions,4} |");
        foreach (var prf in (Prf[])[s.Values, s.Strict, s.Partial])
            sb.Append(CultureInfo.InvariantCulture, $" {prf.Precision,6:0.000} {prf.Recall,6:0.000} {prf.F1,6:0.000}   |");
        sb.Append(CultureInfo.InvariantCulture, $" {(s.ValueChecked == 0 ? "   -" : s.ValueAccuracy.ToString("0.000", CultureInfo.InvariantCulture)),5}\n");
    }

    public static string Json(EvaluationReport report)
    {
        var sw = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(sw) { Formatting = Formatting.Indented })
        {
            json.WriteStartObject();
            json.WritePropertyName("documents"); json.WriteValue(report.Documents);
            json.WritePropertyName("types");
            json.WriteStartObject();
            foreach (var score in report.Types)
            {
                json.WritePropertyName(score.Type);
                WriteScore(json, score);
            }
            json.WriteEndObject();
            json.WritePropertyName("all");
            WriteScore(json, report.Overall);
            json.WritePropertyName("warnings");
            json.WriteStartArray();
            foreach (var warning in report.Warnings) json.WriteValue(warning);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return sw.ToString();
    }

    private static void WriteScore(JsonTextWriter json, TypeScore s)
    {
        json.WriteStartObject();
        json.WritePropertyName("gold_mentions"); json.WriteValue(s.GoldMentions);
        json.WritePropertyName("predicted_mentions"); json.WriteValue(s.PredictedMentions);
        WritePrf(json, "values", s.Values);
        WritePrf(json, "strict", s.Strict);
        WritePrf(json, "partial", s.Partial);
        json.WritePropertyName("value_accuracy");
        json.WriteStartObject();
        json.WritePropertyName("matched"); json.WriteValue(s.ValueChecked);
        json.WritePropertyName("correct"); json.WriteValue(s.ValueCorrect);
        json.WritePropertyName("accuracy"); json.WriteValue(Math.Round(s.ValueAccuracy, 4));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePrf(JsonTextWriter json, string name, Prf prf)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WritePropertyName("tp"); json.WriteValue(prf.Tp);
        json.WritePropertyName("fp"); json.WriteValue(prf.Fp);
        json.WritePropertyName("fn"); json.WriteValue(prf.Fn);
        json.WritePropertyName("precision"); json.WriteValue(Math.Round(prf.Precision, 4));
        json.WritePropertyName("recall"); json.WriteValue(Math.Round(prf.Recall, 4));
        json.WritePropertyName("f1"); json.WriteValue(Math.Round(prf.F1, 4));
        json.WriteEndObject();
    }

    /// <summary>Every error, grouped by document and type, each with the sentence it occurs in.</summary>
    public static string Errors(EvaluationReport report)
    {
        var sb = new StringBuilder();
        foreach (var group in report.Errors.GroupBy(e => e.DocumentId))
        {
            sb.Append(CultureInfo.InvariantCulture, $"== {group.Key}\n");
            foreach (var e in group.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Level == "value" ? 0 : 1).ThenBy(e => e.Mention.Start))
            {
                var kind = e.Kind switch { ErrorKind.Miss => "MISS", ErrorKind.FalsePositive => "FALSE+", _ => "VALUE" };
                var value = e.Level == "value" ? $"key {e.Expected}" : Pipeline.MentionType.ValueText(e.Mention.Value ?? "null");
                var expected = e.Kind == ErrorKind.WrongValue ? $" (gold {e.Expected})" : "";
                sb.Append(CultureInfo.InvariantCulture,
                    $"{kind,-6} {e.Type,-12} {e.Level,-5} \"{e.Mention.Text}\" [{e.Mention.Start},{e.Mention.End}) = {value}{expected}\n");
                if (e.Sentence.Length > 0)
                    sb.Append(CultureInfo.InvariantCulture, $"       | {e.Sentence}\n");
            }
        }
        return sb.ToString();
    }
}
