namespace Extraction;

using Extraction.Pipeline;
using Extraction.Recognizers.Officials;
using Extraction.Text;
using Extraction.Tokenize;

/// <summary>The composition root: every stage the program knows, registered by its feature's extension method.</summary>
public static class StandardPipeline
{
    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .UseText()
        .UseTokenizer()
        .UseOfficials();

    public static Pipeline.Pipeline Load(string configPath) => CreateBuilder().Build(PipelineConfig.Load(configPath));
}
