namespace Extraction.Recognizers.Countries;

using Extraction.Core;
using Extraction.Pipeline;

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

    public string Name => "countries";
    public string ModelVersion { get; }

    public void Process(Document document)
    {
        var matches = recognizer.Find(document);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matches)
            if (match.Entry is { IsAmbiguous: false, Kind: not CountryEntryKind.Block } entry)
                named.Add(entry.Codes[0]);

        var mentions = document.MentionsOf("countries");
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
    public static PipelineBuilder UseCountries(this PipelineBuilder builder) =>
        builder.Register("countries", context => new CountriesStage(context.RequireModel()));
}
