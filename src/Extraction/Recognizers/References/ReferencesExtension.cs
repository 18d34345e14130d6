namespace Extraction.Recognizers.References;

using Extraction.Core;
using Extraction.Pipeline;
using Extraction.Text;
using Newtonsoft.Json.Linq;

/// <summary>The "references" stage: UN document symbols (SPEC §6b). Dates and counts read it so that the numbers and years of a symbol are neither.</summary>
public sealed class ReferencesStage : IStage
{
    public string Name => ReferencesExtension.References.Name;

    public void Process(Document document) => ReferencesRecognizer.Recognize(document, document.MentionsOf(ReferencesExtension.References));
}

public static class ReferencesExtension
{
    public static readonly MentionType References = new()
    {
        Name = "references",
        Description = "UN documents cited by symbol or number (SPEC §6b).",
        Value = new JObject
        {
            ["description"] = "a UN document symbol: S/RES/2218 (2015), A/RES/69/313, A/RES/973 (X), S/PRST/2015/5, S/2015/219",
            ["type"] = "string",
            ["pattern"] = @"^[A-Z]{1,6}(/[A-Z0-9.\-]+)+( \(([0-9]{4}|[IVXL]+)\))?$",
        },
        // Gold sets written before SPEC §6b have no references list; they are not scored on it.
        Required = false,
        Label = "REFERENCE",
        Colour = "#9fd3f5",
    };

    /// <summary>Drops the mentions of <paramref name="list"/> that overlap a reference: "(2015)" in "résolution 2218 (2015)" is not a date.</summary>
    public static void RemoveInsideReferences(Document document, List<Mention> list)
    {
        if (!document.Mentions.TryGetValue(References.Name, out var references) || references.Count == 0) return;
        // References come in text order without overlap, so their ends are sorted too: the first one ending
        // after a mention's start is the only one that can overlap it.
        list.RemoveAll(m =>
        {
            int lo = 0, hi = references.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (references[mid].End <= m.Start) lo = mid + 1; else hi = mid;
            }
            return lo < references.Count && references[lo].Start < m.End;
        });
    }

    public static PipelineBuilder UseReferences(this PipelineBuilder builder) => builder.Register(new Feature(References.Name, _ => new ReferencesStage())
    {
        Reads = [TextExtension.Normalized],
        Writes = [References],
    });
}
