namespace Extraction.Cli.Commands;

using System.Text;
using Extraction.Ingest;
using Extraction.Run;
using Spectre.Console;

/// <summary>
/// The progress bar of `extract run` on standard error: documents, MB of text, share of the input bytes read
/// and time left. Shown only when standard error is a terminal and the records are not written to that
/// terminal too; silent with --quiet.
/// </summary>
internal sealed class RunProgress
{
    private readonly Dictionary<string, long> fileSizes = new(StringComparer.Ordinal);
    private readonly long? totalBytes;
    private long bytesRead;

    private RunProgress(IEnumerable<string> inputs)
    {
        long total = 0;
        bool known = true;
        foreach (var input in inputs)
        {
            if (input == "-") known = false;
            else if (Directory.Exists(input))
                foreach (var file in InputReader.FilesUnder(input).Where(InputReader.IsDocumentFile)) total += Size(file);
            else total += Size(input);
        }
        totalBytes = known ? total : null;
    }

    public static RunProgress? For(IEnumerable<string> inputs, bool quiet, bool recordsToStdout) =>
        quiet || Console.IsErrorRedirected || (recordsToStdout && !Console.IsOutputRedirected) ? null : new RunProgress(inputs);

    private long Size(string file)
    {
        try
        {
            return fileSizes[file] = new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Runs <paramref name="run"/> under the bar, handing it the items to read and the runner's progress callback.</summary>
    public RunSummary Show(IEnumerable<IngestItem> items, Func<IEnumerable<IngestItem>, Action<RunSummary>, RunSummary> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Yes,
        });
        ProgressColumn[] columns = totalBytes is null
            ? [new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn(), new SpinnerColumn()]
            : [new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()];
        return console.Progress().AutoClear(true).Columns(columns).Start(context =>
        {
            var task = context.AddTask(Describe(0, 0, 0), maxValue: Math.Max(1, totalBytes ?? 1));
            task.IsIndeterminate = totalBytes is null;
            var summary = run(Track(items), s =>
            {
                task.Description = Describe(s.Documents, s.Errors, s.Characters);
                task.Value = Math.Min(Volatile.Read(ref bytesRead), task.MaxValue);
            });
            task.Value = task.MaxValue;
            return summary;
        });
    }

    private static string Describe(long documents, long errors, long characters) =>
        $"{documents:N0} documents{(errors > 0 ? $", {errors:N0} errors" : "")}, {characters / 1e6:0.0} MB";

    // Bytes read so far, estimated from the items: a file counts whole once the reader has moved past it; within
    // a file (a JSON Lines file holds many documents) each document adds its text's UTF-8 length, which falls
    // short of the file's bytes only by the JSON around the texts.
    private IEnumerable<IngestItem> Track(IEnumerable<IngestItem> items)
    {
        string? current = null;
        long finished = 0, within = 0, currentSize = 0;
        foreach (var item in items)
        {
            var file = FileOf(item.Source);
            if (file != current)
            {
                finished += currentSize;
                current = file;
                within = 0;
                currentSize = file is null ? 0 : fileSizes[file];
            }
            if (item.Document is { } document)
                within = Math.Min(currentSize, within + Encoding.UTF8.GetByteCount(document.Text));
            Volatile.Write(ref bytesRead, finished + within);
            yield return item;
        }
    }

    /// <summary>The input file a source names: the file itself, or "file:line" for a line of a JSON Lines file.</summary>
    private string? FileOf(string source)
    {
        if (fileSizes.ContainsKey(source)) return source;
        int colon = source.LastIndexOf(':');
        return colon > 0 && fileSizes.ContainsKey(source[..colon]) ? source[..colon] : null;
    }
}
