namespace Extraction.Recognizers.Commitments;

using Extraction.Core;
using Extraction.Pipeline;

/// <summary>The "commitments" stage. It reads the "countries" and "counts" lists, so it runs after those stages.</summary>
public sealed class CommitmentsStage : IStage
{
    public const string List = "commitments";

    public string Name => List;

    public void Process(Document document) => CommitmentsRecognizer.Recognize(document, document.MentionsOf(List));
}

public static class CommitmentsExtension
{
    public static PipelineBuilder UseCommitments(this PipelineBuilder builder) =>
        builder.Register(CommitmentsStage.List, _ => new CommitmentsStage());
}
