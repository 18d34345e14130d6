namespace Extraction.Pipeline;

/// <summary>A stage failed on one document: names the stage, so the document's error line says where to look.</summary>
public sealed class StageException(string stage, Exception inner)
    : Exception($"the \"{stage}\" stage failed: {inner.GetType().Name}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
