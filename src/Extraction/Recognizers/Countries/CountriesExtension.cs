namespace Extraction.Recognizers.Countries;

using Extraction.Core;
using Extraction.Pipeline;
using Extraction.Tokenize;
using Newtonsoft.Json.Linq;

/// <summary>
/// The "countries" stage: every reference to a sovereign state by name, acronym or demonym, valued with its
/// ISO 3166-1 alpha-3 code. An ambiguous form (coréen, Congo) takes the state the document names elsewhere,
/// by an unambiguous name or demonym or by its capital (Séoul → KOR), else the gazetteer's default.
/// </summary>
public sealed class CountriesStage : IModelStage
{
    private readonly CountriesRecognizer recognizer;

    public CountriesStage(string modelPath)
    {
        recognizer = new CountriesRecognizer(CountriesLexicon.Load(modelPath));
        ModelVersion = ModelFiles.Version(modelPath);
    }

    public string Name => CountriesExtension.Countries.Name;
    public string ModelVersion { get; }

    public void Process(Document document)
    {
        var matches = recognizer.Find(document);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matches)
            if (match.Entry is { IsAmbiguous: false, Kind: not CountryEntryKind.Block } entry)
                named.Add(entry.Codes[0]);

        var mentions = document.MentionsOf(CountriesExtension.Countries);
        foreach (var (first, end, entry) in matches)
        {
            if (entry.Kind is CountryEntryKind.Cue or CountryEntryKind.Block) continue;
            var value = entry.IsAmbiguous ? CountriesNormalizer.Resolve(entry.Codes, named) : entry.Codes[0];
            mentions.Add(Mention.FromSpan(document, document.Tokens[first].Start, document.Tokens[end - 1].End, value));
        }
    }
}

public static class CountriesExtension
{
    public static readonly MentionType Countries = new()
    {
        Name = "countries",
        Description = "Sovereign states named or implied by a demonym (SPEC §3).",
        Value = new JObject { ["description"] = "an ISO 3166-1 alpha-3 code", ["enum"] = new JArray(CountryCodes.Codes) },
        Required = true,
        Label = "COUNTRY",
        Colour = "#feca74",
    };

    /// <summary>Settings: "model", the compiled gazetteer (models/countries.tsv).</summary>
    public static PipelineBuilder UseCountries(this PipelineBuilder builder) =>
        builder.Register(new Feature(Countries.Name, context => new CountriesStage(context.RequireModel()))
        {
            Reads = [TokenizeExtension.Tokens],
            Writes = [Countries],
        });
}
