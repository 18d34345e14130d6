namespace Extraction.Pipeline;

using System.Globalization;
using Extraction.Core;
using Newtonsoft.Json.Linq;

/// <summary>
/// Everything the program outside a recogniser's folder knows about one list of mentions: its name, the
/// JSON Schema of its value and fields, the key evaluation scores it on (SPEC §7), how `show` draws it and
/// which fields become table columns. The schema, the validator, eval, show and the tables read these and
/// name no type themselves, so a new type is one folder and one registration.
/// </summary>
public sealed class MentionType
{
    public required string Name { get; init; }
    public required string Description { get; init; }

    /// <summary>The JSON Schema of the mention's <c>value</c>.</summary>
    public required JObject Value { get; init; }

    /// <summary>The type's own fields, in the order records write them.</summary>
    public IReadOnlyList<MentionField> Fields { get; init; } = [];

    /// <summary>Every record carries this list (SPEC names it); an optional list appears when its stage runs.</summary>
    public bool Required { get; init; }

    /// <summary>Counted in evaluation's all-types score; an unscored list (durations) is reported beside it.</summary>
    public bool Scored { get; init; } = true;

    /// <summary>The SPEC §7 key two mentions agree on; by default the value as text. Null: not scored.</summary>
    public Func<Mention, string?> Key { get; init; } = m => m.Value is null ? null : ValueText(m.Value);

    /// <summary>What a JSON Schema cannot say about one mention (a calendar day that exists); problems as (field, message).</summary>
    public Func<JObject, IEnumerable<(string Field, string Problem)>>? Check { get; init; }

    /// <summary>The label and background colour `show` draws the type with.</summary>
    public required string Label { get; init; }
    public required string Colour { get; init; }

    /// <summary>A value as text, numbers in one canonical form so 87000 and 87000.0 agree.</summary>
    public static string ValueText(object value) => value switch
    {
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e18 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>
/// One named field of a mention type. Stages read each other's fields through these objects, never through
/// bare strings; <see cref="Column"/> is its column in the CSV and Parquet tables.
/// </summary>
public sealed record MentionField(string Name, JObject Schema, ColumnType Column = ColumnType.String, bool Required = false);

public enum ColumnType
{
    String,
    Integer,
    Number,
}
