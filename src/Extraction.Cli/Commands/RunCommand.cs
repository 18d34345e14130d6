namespace Extraction.Cli.Commands;

using System.CommandLine;
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
        var jobs = new Option<int>("--jobs", "-j") { Description = "worker threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var unordered = new Option<bool>("--unordered") { Description = "write records as they finish instead of in input order" };
        var shard = new Option<string?>("--shard") { Description = "process only shard k/n of the documents, chosen by a stable hash of their id (e.g. 2/4)" };
        var resume = new Option<bool>("--resume") { Description = "continue an interrupted run into the same --output, skipping documents already written" };
        var body = new Option<bool>("--body") { Description = "include the document text the offsets point into (useful for HTML input)" };
        var documentDate = new Option<string?>("--document-date") { Description = "document date (YYYY, YYYY-MM or YYYY-MM-DD) for inputs that do not state one" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "no progress display or summary on standard error" };

        var command = new Command("run", "Run the pipeline over the inputs and write one JSON line per document (a record, or an error line).")
        {
            inputs, config, output, jobs, unordered, shard, resume, body, documentDate, quiet,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var outputPath = parse.GetValue(output);
            if (parse.GetValue(resume) && outputPath is null)
                throw new FormatException("--resume needs --output: it continues the run written to that file");
            var defaultDate = parse.GetValue(documentDate);
            if (defaultDate is not null && !DateHeader.IsIsoDate(defaultDate))
                throw new FormatException($"--document-date expects YYYY, YYYY-MM or YYYY-MM-DD; got \"{defaultDate}\"");

            var pipeline = StandardPipeline.Load(CommonOptions.FindConfig(parse.GetValue(config)));
            var writer = new RecordWriter(pipeline, new RecordOptions(parse.GetValue(body)));
            var shardValue = parse.GetValue(shard) is { } s ? Shard.Parse(s) : (Shard?)null;
            var items = InputReader.Read(parse.GetValue(inputs)!).Select(item =>
            {
                if (defaultDate is not null && item.Document is { DocumentDate: null } doc) doc.DocumentDate = defaultDate;
                return item;
            });

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                bool showProgress = !parse.GetValue(quiet) && !Console.IsErrorRedirected && outputPath is not null;
                using var sink = outputPath is null ? OutputFile.Stdout() : OutputFile.Open(outputPath, parse.GetValue(resume));
                var options = new RunOptions(parse.GetValue(jobs), !parse.GetValue(unordered), shardValue, sink.AlreadyWritten);
                var runner = new BatchRunner(pipeline, writer, options);
                var summary = runner.Run(items, sink.Writer, showProgress ? Progress : null, cancel.Token);
                if (summary.Cancelled)
                {
                    sink.KeepPartial();
                    Console.Error.WriteLine($"\rextract: interrupted after {summary.Documents} documents ({summary.Errors} errors); rerun with --resume to finish.");
                    return 130;
                }
                sink.Commit();
                if (!parse.GetValue(quiet))
                    Console.Error.WriteLine($"{(showProgress ? "\r" : "")}extract: {summary.Documents} documents, {summary.Errors} errors, {summary.Characters / 1e6:0.00} MB in {summary.Elapsed.TotalSeconds:0.00} s");
                return summary.Errors > 0 ? 1 : 0;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }));
        return command;
    }

    private static void Progress(RunSummary s) =>
        Console.Error.Write($"\r{s.Documents} documents, {s.Errors} errors, {s.Characters / 1e6 / Math.Max(s.Elapsed.TotalSeconds, 1e-3):0.00} MB/s   ");
}
