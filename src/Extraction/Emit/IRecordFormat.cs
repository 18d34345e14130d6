namespace Extraction.Emit;

using Extraction.Core;
using Extraction.Ingest;

/// <summary>
/// An output format. <see cref="Prepare"/> runs on the worker that processed the document, so the costly
/// serialisation is spread over all cores; the record it returns is written by the single writer, in output
/// order, into the format that prepared it.
/// </summary>
public interface IRecordFormat : IDisposable
{
    IPreparedRecord Prepare(ProcessedDocument result);

    /// <summary>Writes what is buffered and closes the output; the output is whole after this returns.</summary>
    void Complete();
}

/// <summary>A document serialised for its format, waiting for its turn to be written.</summary>
public interface IPreparedRecord
{
    void Write();
}

/// <summary>One input document after the pipeline: the processed document, or the error that replaced it.</summary>
public sealed record ProcessedDocument(IngestItem Item, Document? Document, string? Error)
{
    public bool Failed => Error is not null;
}
