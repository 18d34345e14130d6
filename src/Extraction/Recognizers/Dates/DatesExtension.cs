namespace Extraction.Recognizers.Dates;

using Extraction.Core;
using Extraction.Ingest;
using Extraction.Pipeline;
using Extraction.Recognizers.References;
using Extraction.Tokenize;
using Newtonsoft.Json.Linq;

/// <summary>The "dates" stage: calendar references into "dates" (ISO 8601 / TIMEX3 values), durations into "durations".</summary>
public sealed class DatesStage : IStage
{
    public string Name => DatesExtension.Dates.Name;

    public void Process(Document document)
    {
        var candidates = new List<DateCandidate>();
        DatesRecognizer.Recognize(document, candidates);
        new DatesResolver(document).Emit(candidates);
        ReferencesExtension.RemoveInsideReferences(document, document.MentionsOf(DatesExtension.Dates));
        ReferencesExtension.RemoveInsideReferences(document, document.MentionsOf(DatesExtension.Durations));
    }
}

public static class DatesExtension
{
    // One TIMEX3 calendar point: year, month, day (X for unknown digits), decade, century, week, weekend,
    // season, quarter or half.
    private const string TimexPoint =
        "([0-9X]{4}(-((0[1-9]|1[0-2]|XX)(-(0[1-9]|[12][0-9]|3[01]|XX))?|W(0[1-9]|[1-4][0-9]|5[0-3]|XX)(-WE)?|SP|SU|FA|WI|Q[1-4]|H[12]))?|[0-9]{3}|[0-9]{2})";

    public static readonly MentionType Dates = new()
    {
        Name = "dates",
        Description = "Calendar references (SPEC §2).",
        Value = new JObject
        {
            ["description"] = "ISO 8601 / TIMEX3: day, month, year, decade (200), century (11), week (2020-W34, 2020-W34-WE), season (2018-SU), quarter (2020-Q1), half (2020-H2), intervals a/b; XXXX for an unknown year; null when a relative date cannot be resolved.",
            ["type"] = new JArray("string", "null"),
            ["pattern"] = $"^{TimexPoint}(/{TimexPoint})?$",
        },
        Required = true,
        Check = CheckDay,
        Label = "DATE",
        Colour = "#bfe1d9",
    };

    public static readonly MentionType Durations = new()
    {
        Name = "durations",
        Description = "Lengths of time (not scored by SPEC §7).",
        Value = new JObject
        {
            ["description"] = "ISO 8601 duration; X stands for an unstated number (TIMEX3: \"deux ou trois jours\" is PXD); decades and centuries as DE and CE.",
            ["type"] = "string",
            ["pattern"] = @"^P(([0-9X]+(\.[0-9]+)?[YMWD])+(T([0-9X]+(\.[0-9]+)?[HMS])+)?|T([0-9X]+(\.[0-9]+)?[HMS])+|[0-9X]+(\.[0-9]+)?(DE|CE))$",
        },
        Scored = false,
        Label = "DURATION",
        Colour = "#f2b8d8",
    };

    // A pattern cannot know month lengths: a fully known day must exist in the calendar (no 2021-02-30).
    private static IEnumerable<(string, string)> CheckDay(JObject mention)
    {
        if (mention["value"] is not { Type: JTokenType.String } value) yield break;
        foreach (var point in ((string)value!).Split('/'))
            if (point.Length == 10 && point[5] != 'W' && !point.Contains('X') && !DateHeader.IsIsoDate(point))
                yield return ("value", $"expected a day of the calendar, got \"{point}\"");
    }

    public static PipelineBuilder UseDates(this PipelineBuilder builder) => builder.Register(new Feature(Dates.Name, _ => new DatesStage())
    {
        Reads = [TokenizeExtension.Tokens],
        Uses = [ReferencesExtension.References.Name],
        Writes = [Dates, Durations],
    });
}
