namespace Extraction.Text;

using Extraction.Core;
using Extraction.Pipeline;

/// <summary>The "text" stage: folds typographic variants into <see cref="Document.Normalized"/> and splits sentences.</summary>
public sealed class TextStage : IStage
{
    public string Name => "text";

    public void Process(Document document)
    {
        document.Normalized = TextNormalizer.Normalize(document.Text);
        SentenceSplitter.Split(document);
    }
}

public static class TextExtension
{
    /// <summary>The layers this stage writes: <see cref="Document.Normalized"/> and <see cref="Document.Sentences"/>.</summary>
    public const string Normalized = "normalized text", Sentences = "sentences";

    public static PipelineBuilder UseText(this PipelineBuilder builder) => builder.Register(new Feature("text", _ => new TextStage())
    {
        WritesLayers = [Normalized, Sentences],
    });
}
