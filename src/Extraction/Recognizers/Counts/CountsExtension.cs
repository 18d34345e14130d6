namespace Extraction.Recognizers.Counts;

using Extraction.Core;
using Extraction.French;
using Extraction.Pipeline;
using Extraction.Recognizers.References;
using Extraction.Text;
using Extraction.Tokenize;
using Newtonsoft.Json.Linq;

/// <summary>The "counts" stage: fills the "counts" list with <see cref="CountsRecognizer"/>.</summary>
public sealed class CountsStage : IStage
{
    public string Name => CountsExtension.Counts.Name;

    public void Process(Document document)
    {
        var counts = document.MentionsOf(CountsExtension.Counts);
        CountsRecognizer.Recognize(document, counts);
        ReferencesExtension.RemoveInsideReferences(document, counts);
    }
}

public static class CountsExtension
{
    public static readonly IReadOnlyList<string> Qualifiers = ["exact", "more_than", "less_than", "at_least", "at_most", "about"];

    public static readonly MentionField Qualifier = new("qualifier", new JObject { ["enum"] = new JArray(Qualifiers) }, Required: true);

    public static readonly MentionField Unit = new("unit", new JObject
    {
        ["description"] = "The counted noun phrase, lower case and singular; null when the number counts nothing named.",
        ["type"] = new JArray("string", "null"),
        ["minLength"] = 1,
    }, Required: true);

    public static readonly MentionField Currency = new("currency", new JObject { ["description"] = "ISO 4217 code, for money.", ["type"] = "string", ["pattern"] = "^[A-Z]{3}$" });

    public static readonly MentionType Counts = new()
    {
        Name = "counts",
        Description = "Numbers that count or measure something (SPEC §5).",
        Value = new JObject { ["type"] = "number" },
        Fields = [Qualifier, Unit, Currency],
        Required = true,
        // SPEC §7: the number and the first word of the unit, folded and singular.
        Check = m => m["unit"] is { Type: JTokenType.String } unit && (string)unit! != ((string)unit!).ToLowerInvariant()
            ? [("unit", $"must be lower case: \"{(string)unit!}\"")]
            : [],
        Key = m => m.Value is null ? null : MentionType.ValueText(m.Value) + "|" + UnitHead(m.Get(Unit) as string ?? ""),
        Label = "COUNT",
        Colour = "#d9dca8",
    };

    /// <summary>The first word of a unit, folded and singular: "États membres" → "etat", "hélicoptères" → "helicoptere".</summary>
    public static string UnitHead(string unit)
    {
        var trimmed = unit.AsSpan().Trim();
        int space = trimmed.IndexOf(' ');
        return TextFolding.Fold(FrenchInflection.Singular((space < 0 ? trimmed : trimmed[..space]).ToString()));
    }

    public static PipelineBuilder UseCounts(this PipelineBuilder builder) => builder.Register(new Feature(Counts.Name, _ => new CountsStage())
    {
        Reads = [TokenizeExtension.Tokens],
        Uses = [ReferencesExtension.References.Name],
        Writes = [Counts],
    });
}
