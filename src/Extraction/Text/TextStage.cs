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
    public static PipelineBuilder UseText(this PipelineBuilder builder) => builder.Register("text", _ => new TextStage());
}
