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
    public static PipelineBuilder UseTokenizer(this PipelineBuilder builder) => builder.Register("tokenize", _ => new TokenizeStage());
}
