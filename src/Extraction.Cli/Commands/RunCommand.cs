namespace Extraction.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text;
using Extraction.Emit;
using Extraction.Ingest;
using Extraction.Run;

/// <summary>`extract run`: the main job, inputs in, one record or error line per document out.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var config = CommonOptions.Config();
        var output = new Option<string?>("--output", "-o") { Description = "output file, written atomically (default: standard output)" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (records), csv or parquet (a mentions table in the output file and a documents table beside it, <name>.documents.<ext>)",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var jobs = new Option<int>("--jobs", "-j") { Description = "worker threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var unordered = new Option<bool>("--unordered") { Description = "write records as they finish instead of in input order" };
        var shard = new Option<string?>("--shard") { Description = "process only shard k/n of the documents, chosen by a stable hash of their id (e.g. 2/4)" };
        var resume = new Option<bool>("--resume") { Description = "continue an interrupted jsonl run into the same --output, skipping documents already written" };
        var body = new Option<bool>("--body") { Description = "include the document text the offsets point into (useful for HTML input)" };
        var documentDate = new Option<string?>("--document-date") { Description = "document date (YYYY, YYYY-MM or YYYY-MM-DD) for inputs that do not state one" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "no progress display or summary on standard error" };
        var maxSize = new Option<string?>("--max-document-size")
        {
            Description = "largest document (a file, or a JSON Lines line) read, in bytes or with KB, MB or GB (default 64MB); a larger one gives an error line",
        };

        var command = new Command("run", "Run the pipeline over the inputs and write one JSON line per document (a record, or an error line).")
        {
            inputs, config, output, format, jobs, unordered, shard, resume, body, documentDate, quiet, maxSize,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var outputPath = parse.GetValue(output);
            var formatName = parse.GetValue(format)!;
            bool resuming = parse.GetValue(resume);
            if (resuming && (outputPath is null || formatName != "jsonl"))
                throw new FormatException("--resume needs --output and the jsonl format: it continues the run written to that file");
            if (resuming && parse.GetValue(unordered))
                throw new FormatException("--resume continues by position in the inputs, which needs the output in input order: leave out --unordered");
            if (formatName == "parquet" && outputPath is null)
                throw new FormatException("--format parquet needs --output: Parquet is a file format, not a stream");
            if (parse.GetValue(jobs) < 1)
                throw new FormatException("--jobs must be at least 1");
            var defaultDate = parse.GetValue(documentDate);
            if (defaultDate is not null && !DateHeader.IsIsoDate(defaultDate))
                throw new FormatException($"--document-date expects YYYY, YYYY-MM or YYYY-MM-DD; got \"{defaultDate}\"");

            var ingest = new IngestOptions(parse.GetValue(maxSize) is { } size ? ParseSize(size) : IngestOptions.DefaultMaxDocumentBytes, defaultDate);

            var pipeline = StandardPipeline.Load(CommonOptions.FindConfig(parse.GetValue(config)));
            var shardValue = parse.GetValue(shard) is { } s ? Shard.Parse(s) : (Shard?)null;
            var items = InputReader.Read(parse.GetValue(inputs)!, ingest);

            var files = new List<AtomicFile>();
            using var sink = OpenFormat(formatName, outputPath, pipeline, new RecordOptions(parse.GetValue(body)), resuming, files, out var written);
            using var resumeLog = written;

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                var progress = RunProgress.For(parse.GetValue(inputs)!, parse.GetValue(quiet), recordsToStdout: outputPath is null);
                var options = new RunOptions(parse.GetValue(jobs), !parse.GetValue(unordered), shardValue, resumeLog);
                var runner = new BatchRunner(pipeline, options);
                var summary = progress is null
                    ? runner.Run(items, sink, null, cancel.Token)
                    : progress.Show(items, (tracked, report) => runner.Run(tracked, sink, report, cancel.Token));
                sink.Complete();
                if (summary.Cancelled)
                {
                    Console.Error.WriteLine($"extract: interrupted after {summary.Documents} documents ({summary.Errors} errors); the finished ones are in {(files.Count > 0 ? files[0].PartialPath : "the output")}; rerun with --resume to finish.");
                    return 130;
                }
                foreach (var file in files) file.Commit();
                if (!parse.GetValue(quiet))
                    Console.Error.WriteLine($"extract: {summary.Documents} documents, {summary.Errors} errors, {summary.Characters / 1e6:0.00} MB in {summary.Elapsed.TotalSeconds:0.00} s");
                return summary.Errors > 0 ? 1 : 0;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }));
        return command;
    }

    private static IRecordFormat OpenFormat(string format, string? outputPath, Pipeline.Pipeline pipeline, RecordOptions recordOptions, bool resume, List<AtomicFile> files, out ResumeLog? written)
    {
        written = null;
        if (format == "jsonl")
        {
            var records = new RecordWriter(pipeline, recordOptions);
            if (outputPath is null) return new JsonLinesFormat(records, OutputFile.Stdout());
            var file = new AtomicFile(outputPath);
            files.Add(file);
            return new JsonLinesFormat(records, OutputFile.OpenJsonLines(file, resume, out written));
        }

        var layout = new TableLayout(pipeline);
        var extension = "." + format;
        var mentionsFile = outputPath is null ? null : new AtomicFile(outputPath);
        var documentsFile = outputPath is null ? null : new AtomicFile(DocumentsPath(outputPath, extension));
        if (mentionsFile is not null) files.AddRange([mentionsFile, documentsFile!]);
        if (format == "csv")
        {
            return mentionsFile is null
                ? new CsvFormat(layout, OutputFile.Stdout(), TextWriter.Null)
                : new CsvFormat(layout, new StreamWriter(mentionsFile.OpenNew(), new UTF8Encoding(false)), new StreamWriter(documentsFile!.OpenNew(), new UTF8Encoding(false)));
        }
        return new ParquetFormat(layout, mentionsFile!.OpenNew(), documentsFile!.OpenNew());
    }

    /// <summary>"out/seeds.parquet" → "out/seeds.documents.parquet".</summary>
    public static string DocumentsPath(string mentionsPath, string extension)
    {
        var stem = mentionsPath.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? mentionsPath[..^extension.Length] : mentionsPath;
        return stem + ".documents" + extension;
    }

    /// <summary>"64MB", "500KB", "1GB" (powers of 1000) or a number of bytes.</summary>
    private static long ParseSize(string text)
    {
        var trimmed = text.Trim();
        long unit = 1;
        foreach (var (suffix, size) in (ReadOnlySpan<(string, long)>)[("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)])
        {
            if (!trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
            trimmed = trimmed[..^suffix.Length].TrimEnd();
            unit = size;
            break;
        }
        if (!long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value < 1 || value > long.MaxValue / unit)
            throw new FormatException($"--max-document-size expects a size such as 64MB, 500KB or 1000000; got \"{text}\"");
        return value * unit;
    }
}
