namespace Extraction;

using Extraction.Pipeline;
using Extraction.Recognizers.Countries;
using Extraction.Recognizers.Commitments;
using Extraction.Recognizers.Counts;
using Extraction.Recognizers.Dates;
using Extraction.Recognizers.Officials;
using Extraction.Recognizers.References;
using Extraction.Text;
using Extraction.Tokenize;

/// <summary>The composition root: every stage the program knows, registered by its feature's extension method.</summary>
public static class StandardPipeline
{
    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .UseText()
        .UseTokenizer()
        .UseReferences()
        .UseDates()
        .UseCountries()
        .UseOfficials()
        .UseCounts()
        .UseCommitments();

    /// <summary>Every mention type the standard features write: what the schema, eval and show describe.</summary>
    public static IReadOnlyList<MentionType> Types { get; } = CreateBuilder().Types;

    public static Pipeline.Pipeline Load(string configPath) => CreateBuilder().Build(PipelineConfig.Load(configPath));
}
