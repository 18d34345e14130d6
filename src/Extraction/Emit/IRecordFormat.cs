namespace Extraction.Emit;

using Extraction.Core;
using Extraction.Ingest;

/// <summary>
/// An output format. <see cref="Prepare"/> runs on the worker that processed the document, so the costly
/// serialisation is spread over all cores; <see cref="Write"/> runs on the single writer, in output order.
/// </summary>
public interface IRecordFormat : IDisposable
{
    object Prepare(ProcessedDocument result);
    void Write(object prepared);

    /// <summary>Writes what is buffered and closes the output; the output is whole after this returns.</summary>
    void Complete();
}

/// <summary>One input document after the pipeline: the processed document, or the error that replaced it.</summary>
public sealed record ProcessedDocument(IngestItem Item, Document? Document, string? Error)
{
    public bool Failed => Error is not null;
}
