namespace Extraction.Recognizers.Counts;

using Extraction.Core;
using Extraction.Pipeline;

/// <summary>The "counts" stage: fills the "counts" list with <see cref="CountsRecognizer"/>.</summary>
public sealed class CountsStage : IStage
{
    public const string ListName = "counts";

    public string Name => "counts";

    public void Process(Document document) => CountsRecognizer.Recognize(document, document.MentionsOf(ListName));
}

public static class CountsExtension
{
    public static PipelineBuilder UseCounts(this PipelineBuilder builder) => builder.Register("counts", _ => new CountsStage());
}
