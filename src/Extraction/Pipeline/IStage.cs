namespace Extraction.Pipeline;

using Extraction.Core;

/// <summary>
/// One step of the pipeline. A stage is built once, holds only immutable state (rules, loaded models), and
/// may be called from several threads at once, each with its own document.
/// </summary>
public interface IStage
{
    string Name { get; }
    void Process(Document document);
}

/// <summary>A stage that loads a model file; its version goes into every record's provenance.</summary>
public interface IModelStage : IStage
{
    string ModelVersion { get; }
}
