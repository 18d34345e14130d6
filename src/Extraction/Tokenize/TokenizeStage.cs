namespace Extraction.Tokenize;

using Extraction.Core;
using Extraction.Pipeline;

/// <summary>The "tokenize" stage: fills <see cref="Document.Tokens"/> with the French tokeniser.</summary>
public sealed class TokenizeStage : IStage
{
    public string Name => "tokenize";

    public void Process(Document document) => FrenchTokenizer.Tokenize(document);
}

public static class TokenizeExtension
{
    /// <summary>The layer this stage writes: <see cref="Document.Tokens"/>.</summary>
    public const string Tokens = "tokens";

    public static PipelineBuilder UseTokenizer(this PipelineBuilder builder) => builder.Register(new Feature("tokenize", _ => new TokenizeStage())
    {
        Reads = [Text.TextExtension.Normalized],
        WritesLayers = [Tokens],
    });
}
