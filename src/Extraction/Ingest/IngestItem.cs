namespace Extraction.Ingest;

using Extraction.Core;

/// <summary>What ingest yields for one input document: a document to process, or the reason it could not be read.</summary>
public sealed record IngestItem(string Id, string Source, Document? Document, string? Error)
{
    public static IngestItem Ok(Document document) => new(document.Id, document.Source, document, null);
    public static IngestItem Failed(string id, string source, string error) => new(id, source, null, error);
}
