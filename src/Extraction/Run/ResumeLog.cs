namespace Extraction.Run;

using System.Text.Json;
using Extraction.Ingest;

/// <summary>
/// The output an interrupted run left, read back line by line while the resumed run walks its inputs again:
/// the n-th document (after shard selection) is skipped when the n-th line is its record or error line. Lines
/// match documents by position, never by id, since ids repeat (a file listed twice, a.txt beside a.html, one id
/// in two JSON Lines files, the fallback id of malformed lines). Each line's source and id are checked against
/// the document at its position, so different inputs, or an output written out of input order, stop the run
/// before anything is appended.
/// </summary>
public sealed class ResumeLog : IDisposable
{
    private readonly string path;
    private readonly FileStream stream;
    private readonly LineReader lines;
    private long matched;
    private bool exhausted;

    private ResumeLog(string path)
    {
        this.path = path;
        stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        lines = new LineReader(stream, long.MaxValue);
    }

    /// <summary>Drops the line an interruption tore (the bytes after the last '\n') and opens the whole lines.</summary>
    public static ResumeLog Open(string path)
    {
        TruncateTornLine(path);
        return new ResumeLog(path);
    }

    /// <summary>How many documents were skipped because their line was already written.</summary>
    public long Matched => matched;

    /// <summary>True when the next written line is this document's; false once every written line has been matched.</summary>
    /// <exception cref="FormatException">The line at this position belongs to another document.</exception>
    public bool Written(IngestItem item)
    {
        if (exhausted) return false;
        if (!lines.Next(out var line, out _, out _))
        {
            exhausted = true;
            return false;
        }
        matched++;
        var (source, id) = SourceAndId(line);
        if (source != item.Source || id != item.Id)
            throw new FormatException(
                $"--resume: line {matched} of {path} is the line of {Describe(source, id)}, but document {matched} of the inputs is {Describe(item.Source, item.Id)}: "
                + "resume with the inputs, --shard and order of the interrupted run (not --unordered), or delete the file to start again");
        return true;
    }

    /// <summary>Fails when the earlier output has lines left that no input document matched.</summary>
    public void CheckAllMatched()
    {
        if (!exhausted && lines.Next(out _, out _, out _))
            throw new FormatException(
                $"--resume: {path} has more lines than the inputs have documents ({matched}); resume with the inputs of the interrupted run, or delete the file to start again");
    }

    public void Dispose() => stream.Dispose();

    private static string Describe(string? source, string? id) => $"source \"{source}\", id \"{id}\"";

    /// <summary>The "source" and "id" of a record or error line, which the writer puts first.</summary>
    private (string? Source, string? Id) SourceAndId(byte[] line)
    {
        string? source = null, id = null;
        try
        {
            var json = new Utf8JsonReader(line);
            json.Read();
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName && (source is null || id is null))
            {
                bool isSource = json.ValueTextEquals("source"), isId = json.ValueTextEquals("id");
                json.Read();
                if (json.TokenType == JsonTokenType.String && (isSource || isId))
                {
                    var value = JsonStrings.Unescape(json.ValueSpan);
                    if (isSource) source = value;
                    else id = value;
                }
                else
                {
                    json.Skip();
                }
            }
        }
        catch (JsonException)
        {
            throw new FormatException($"--resume: line {matched} of {path} is not a line extract writes; resume into the output of an interrupted run, or delete the file");
        }
        return (source, id);
    }

    private static void TruncateTornLine(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var block = new byte[1 << 16];
        for (long end = file.Length; end > 0;)
        {
            int size = (int)Math.Min(block.Length, end);
            file.Position = end - size;
            file.ReadExactly(block, 0, size);
            int newline = block.AsSpan(0, size).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                file.SetLength(end - size + newline + 1);
                return;
            }
            end -= size;
        }
        file.SetLength(0);
    }
}
