namespace Extraction.Evaluation;

using Extraction.Ingest;
using Newtonsoft.Json.Linq;

/// <summary>
/// Checks a record against SPEC §1–§6: the metadata fields, every mention's offsets (slicing back to its
/// text when the document text is known), text order, no overlap within a list, and each type's value and
/// fields. Problems are collected, never thrown, so one run reports all of them.
/// </summary>
public static class RecordValidator
{
    public static readonly IReadOnlyList<string> RequiredLists = ["dates", "countries", "officials", "counts", "commitments"];

    public static void Validate(JObject record, string file, string? text, List<GoldIssue> issues)
    {
        void Issue(string field, string problem) => issues.Add(new GoldIssue(file, field, problem));

        if ((string?)record["schema"] != Emit.RecordWriter.RecordSchema)
            Issue("schema", $"expected \"{Emit.RecordWriter.RecordSchema}\", got {Show(record["schema"])}");
        if (record["id"] is not { Type: JTokenType.String })
            Issue("id", $"expected a string, got {Show(record["id"])}");
        if (record["source"] is not { Type: JTokenType.String })
            Issue("source", $"expected a string, got {Show(record["source"])}");
        if ((string?)record["language"] != "fr")
            Issue("language", $"expected \"fr\", got {Show(record["language"])}");
        switch (record["document_date"])
        {
            case null:
                Issue("document_date", "missing (write null when unknown)");
                break;
            case { Type: JTokenType.Null }:
                break;
            case { Type: JTokenType.String } date when DateHeader.IsIsoDate((string)date!):
                break;
            case var other:
                Issue("document_date", $"expected null or YYYY, YYYY-MM or YYYY-MM-DD, got {Show(other)}");
                break;
        }
        if (record["title"] is not { Type: JTokenType.String or JTokenType.Null })
            Issue("title", $"expected a string or null, got {Show(record["title"])}");

        foreach (var list in RequiredLists)
            if (record[list] is not JArray)
                Issue(list, record[list] is null ? "missing list" : $"expected an array, got {Show(record[list])}");

        int bodyStart = text is null ? 0 : DateHeader.Parse(text, out _, out _);
        foreach (var property in record.Properties())
        {
            if (RecordReader.MetadataFields.Contains(property.Name) || property.Value is not JArray array) continue;
            ValidateList(property.Name, array, text, bodyStart, Issue);
        }
    }

    private static void ValidateList(string list, JArray array, string? text, int bodyStart, Action<string, string> issue)
    {
        int previousStart = -1, previousEnd = -1;
        for (int i = 0; i < array.Count; i++)
        {
            string at = $"{list}[{i}]";
            if (array[i] is not JObject mention)
            {
                issue(at, $"expected an object, got {Show(array[i])}");
                continue;
            }
            if (!ValidateSpan(mention, at, text, bodyStart, issue, out int start, out int end)) continue;
            if (start < previousStart || (start == previousStart && end < previousEnd))
                issue(at, $"not in text order: starts at {start}, after a mention starting at {previousStart}");
            else if (start < previousEnd)
                issue(at, $"overlaps the previous {list} mention [{previousStart}, {previousEnd}) with [{start}, {end})");
            previousStart = start;
            previousEnd = Math.Max(previousEnd, end);
            ValidateFields(list, mention, at, issue);
        }
    }

    /// <summary>Checks text and offsets; false only when the offsets are unusable, so later checks can still run otherwise.</summary>
    private static bool ValidateSpan(JObject mention, string at, string? text, int bodyStart, Action<string, string> issue, out int start, out int end)
    {
        start = end = 0;
        var surface = mention["text"] is { Type: JTokenType.String } t && ((string)t!).Length > 0 ? (string)t! : null;
        if (surface is null)
            issue(at + ".text", $"expected a non-empty string, got {Show(mention["text"])}");
        if (mention["start"] is not { Type: JTokenType.Integer } s || (int)s < 0)
        {
            issue(at + ".start", $"expected a non-negative integer, got {Show(mention["start"])}");
            return false;
        }
        if (mention["end"] is not { Type: JTokenType.Integer } e || (int)e <= (int)s)
        {
            issue(at + ".end", $"expected an integer greater than start, got {Show(mention["end"])}");
            return false;
        }
        start = (int)s;
        end = (int)e;
        if (!mention.ContainsKey("value"))
            issue(at + ".value", "missing (write null when there is no value)");
        if (text is null) return true;
        if (end > text.Length)
        {
            issue(at + ".end", $"{end} is past the end of the document ({text.Length} characters)");
            return false;
        }
        if (start < bodyStart)
            issue(at + ".start", $"{start} is inside the metadata header, which ends at {bodyStart}");
        var slice = text[start..end];
        if (surface is not null && slice != surface)
            issue(at + ".text", $"\"{surface}\" does not match the document at [{start}, {end}), which reads \"{slice}\"");
        return true;
    }

    private static void ValidateFields(string list, JObject mention, string at, Action<string, string> issue)
    {
        var value = mention["value"];
        switch (list)
        {
            case "dates":
                if (value is { Type: JTokenType.Null }) break;
                if (value is not { Type: JTokenType.String } || !ValueFormats.IsDateValue((string)value!))
                    issue(at + ".value", $"expected an ISO 8601 / TIMEX3 date or interval (2017-11-14, 2017-11, 2015, 200, 2020-W34, 2018-SU, A/B), got {Show(value)}");
                break;
            case "durations":
                if (value is not { Type: JTokenType.String } || !ValueFormats.IsDurationValue((string)value!))
                    issue(at + ".value", $"expected an ISO 8601 duration (P2Y, P2D), got {Show(value)}");
                break;
            case "countries":
                if (value is not { Type: JTokenType.String } || !CountryCodes.IsAlpha3((string)value!))
                    issue(at + ".value", $"expected an ISO 3166-1 alpha-3 code, got {Show(value)}");
                break;
            case "officials":
                ValidateOfficial(mention, at, issue);
                break;
            case "counts":
                ValidateCount(mention, at, issue);
                break;
            case "commitments":
                ValidateCommitment(mention, at, issue);
                break;
        }
    }

    private static readonly string[] Honorifics = ["M. ", "Mme ", "Mlle ", "Dr ", "Pr ", "MM. ", "Mmes "];

    private static void ValidateOfficial(JObject mention, string at, Action<string, string> issue)
    {
        var value = mention["value"];
        if (value is not { Type: JTokenType.String } || ((string)value!).Trim().Length == 0)
            issue(at + ".value", $"expected the person's full name, got {Show(value)}");
        else if (Honorifics.Any(h => ((string)value!).StartsWith(h, StringComparison.Ordinal)))
            issue(at + ".value", $"the honorific must be dropped from the value: {Show(value)}");
        if (mention["title"] is { } title && title.Type is not (JTokenType.String or JTokenType.Null))
            issue(at + ".title", $"expected a string or null, got {Show(title)}");
        if (mention["organization"] is { } organization && organization.Type != JTokenType.Null
            && (organization.Type != JTokenType.String || !ValueFormats.IsAcronym((string)organization!)))
            issue(at + ".organization", $"expected an acronym (ONU, OTAN) or an ISO alpha-3 code, got {Show(organization)}");
    }

    private static void ValidateCount(JObject mention, string at, Action<string, string> issue)
    {
        var value = mention["value"];
        if (value is not { Type: JTokenType.Integer or JTokenType.Float })
            issue(at + ".value", $"expected a number, got {Show(value)}");
        var qualifier = mention["qualifier"];
        if (qualifier is not { Type: JTokenType.String } || !ValueFormats.Qualifiers.Contains((string)qualifier!))
            issue(at + ".qualifier", $"expected one of {string.Join(", ", ValueFormats.Qualifiers)}, got {Show(qualifier)}");
        var unit = mention["unit"];
        if (unit is not { Type: JTokenType.String } || ((string)unit!).Length == 0)
            issue(at + ".unit", $"expected the counted noun, got {Show(unit)}");
        else if ((string)unit! != ((string)unit!).ToLowerInvariant())
            issue(at + ".unit", $"must be lower case: {Show(unit)}");
        if (mention["currency"] is { } currency && currency.Type != JTokenType.Null
            && (currency.Type != JTokenType.String || !ValueFormats.IsCurrency((string)currency!)))
            issue(at + ".currency", $"expected an ISO 4217 code (USD), got {Show(currency)}");
    }

    private static void ValidateCommitment(JObject mention, string at, Action<string, string> issue)
    {
        var value = mention["value"];
        if (value is not { Type: JTokenType.String } || !ValueFormats.CommitmentTypes.Contains((string)value!))
            issue(at + ".value", $"expected one of {string.Join(", ", ValueFormats.CommitmentTypes)}, got {Show(value)}");
        var status = mention["status"];
        if (status is not { Type: JTokenType.String } || !ValueFormats.Statuses.Contains((string)status!))
            issue(at + ".status", $"expected one of {string.Join(", ", ValueFormats.Statuses)}, got {Show(status)}");
        var actor = mention["actor"];
        if (actor is not null && actor.Type != JTokenType.Null
            && (actor.Type != JTokenType.String || !ValueFormats.IsActor((string)actor!)))
            issue(at + ".actor", $"expected an ISO alpha-3 code, ONU, OTAN or member_states, got {Show(actor)}");
        if (mention["actor_count"] is { } count && count.Type != JTokenType.Null)
        {
            if (count.Type != JTokenType.Integer || (long)count <= 0)
                issue(at + ".actor_count", $"expected a positive integer, got {Show(count)}");
            else if ((string?)actor != ValueFormats.MemberStates)
                issue(at + ".actor_count", $"only a counted group (actor member_states) has a count; actor is {Show(actor)}");
        }
        if (mention["quantity"] is { } quantity && quantity.Type is not (JTokenType.Integer or JTokenType.Float or JTokenType.Null))
            issue(at + ".quantity", $"expected a number, got {Show(quantity)}");
    }

    private static string Show(JToken? token) => token switch
    {
        null => "nothing",
        { Type: JTokenType.Null } => "null",
        _ => token.ToString(Newtonsoft.Json.Formatting.None),
    };
}
