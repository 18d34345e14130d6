namespace Extraction.Ingest;

using System.Globalization;
using Extraction.Core;

/// <summary>
/// What ingest yields for one input document: its id and where it comes from, known before its content is
/// read, then the document to process or the reason it could not be read. A file is read only when
/// <see cref="Document"/> or <see cref="Error"/> is first asked for, by the worker that processes it, so the
/// one reader walking the inputs stays cheap and a document that is skipped (another shard, or already written
/// by an interrupted run) is never read.
/// </summary>
public sealed class IngestItem
{
    private Func<IngestItem>? load;
    private Document? document;
    private string? error;

    private IngestItem(string id, string source, string? idJson, Document? document, string? error, Func<IngestItem>? load)
    {
        Id = id;
        Source = source;
        IdJson = idJson;
        this.document = document;
        this.error = error;
        this.load = load;
    }

    public string Id { get; }
    public string Source { get; }

    /// <summary>
    /// The id as a JSON Lines input wrote it, a JSON string literal echoed verbatim in the output so that it
    /// round-trips exactly (escapes, lone surrogates); null when the id is a file name or a line number.
    /// </summary>
    public string? IdJson { get; }

    public Document? Document
    {
        get
        {
            Load();
            return document;
        }
    }

    public string? Error
    {
        get
        {
            Load();
            return error;
        }
    }

    public static IngestItem Ok(Document document, string? idJson = null) => new(document.Id, document.Source, idJson, document, null, null);

    public static IngestItem Failed(string id, string source, string error, string? idJson = null) => new(id, source, idJson, null, error, null);

    /// <summary>An item whose content <paramref name="load"/> reads when it is first needed, giving an Ok or Failed item.</summary>
    public static IngestItem Deferred(string id, string source, Func<IngestItem> load) => new(id, source, null, null, null, load);

    private void Load()
    {
        if (load is null) return;
        var read = load;
        load = null;
        var loaded = read();
        document = loaded.Document;
        error = loaded.Error;
    }
}

/// <summary>How ingest reads: the largest document it takes, and the document date of inputs that state none.</summary>
public sealed record IngestOptions(long MaxDocumentBytes = IngestOptions.DefaultMaxDocumentBytes, string? DefaultDocumentDate = null)
{
    /// <summary>
    /// 64 MB of UTF-8: far above any article or report (the 50 MB test document passes), low enough that
    /// /dev/zero, a runaway line or a mislabelled archive costs a bounded read, not the machine's memory.
    /// </summary>
    public const long DefaultMaxDocumentBytes = 64_000_000;

    public static IngestOptions Default { get; } = new();

    /// <summary>The error of a document or line over the limit, naming the option that raises it.</summary>
    public string TooLarge(string what) => string.Create(CultureInfo.InvariantCulture,
        $"{what} is larger than the document size limit of {MaxDocumentBytes:N0} bytes; split it, or raise the limit with --max-document-size");
}
