namespace Extraction.Cli.Commands;

using System.CommandLine;
using System.Text;
using Extraction.Evaluation;
using Extraction.Ingest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>`extract eval`: scores the pipeline (or a file of records) against a folder of gold annotations, as SPEC §7.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "folder of gold annotations, one <id>.json record per document", Required = true };
        var pred = new Option<string?>("--pred") { Description = "records to score (JSON Lines from `extract run`) instead of running the pipeline" };
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "documents to run the pipeline over (default: the gold files' sources)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var config = CommonOptions.Config();
        var json = new Option<string?>("--json") { Description = "also write the scores as JSON to this file" };
        var errors = new Option<bool>("--errors") { Description = "list every miss and false positive with its sentence" };

        var command = new Command("eval", "Score extraction against gold annotations: per type, document-level precision, recall and F1 on normalised values, with span-level strict and partial scores beside them.")
        {
            gold, pred, inputs, config, json, errors,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var goldSet = GoldLoader.Load(parse.GetValue(gold)!);
            foreach (var issue in goldSet.Issues)
                Console.Error.WriteLine($"extract: gold: {issue}");

            var predPath = parse.GetValue(pred);
            var inputPaths = parse.GetValue(inputs) ?? [];
            if (predPath is not null && inputPaths.Length > 0)
                throw new FormatException("give either --pred or inputs to run, not both");
            var predicted = predPath is not null
                ? ReadRecords(predPath)
                : inputPaths.Length > 0
                    ? RunPipeline(parse.GetValue(config), inputPaths)
                    : RunOnGold(parse.GetValue(config), goldSet, parse.GetValue(gold)!);

            var report = Scorer.Score(goldSet.Documents, predicted);
            foreach (var warning in report.Warnings)
                Console.Error.WriteLine($"extract: {warning}");
            Console.Out.Write(ReportWriter.Table(report));
            if (parse.GetValue(errors))
            {
                Console.Out.WriteLine();
                Console.Out.Write(ReportWriter.Errors(report));
            }
            if (parse.GetValue(json) is { } jsonPath)
                File.WriteAllText(jsonPath, ReportWriter.Json(report) + "\n", new UTF8Encoding(false));
            return goldSet.Issues.Count > 0 ? 1 : 0;
        }));
        return command;
    }

    // A gold file names either a text file (read as `run` reads it, header and all) or a document of a data
    // set by id; the second kind is run on the text the gold loader read, with the gold's document date.
    private static List<AnnotatedDocument> RunOnGold(string? config, GoldSet goldSet, string goldFolder)
    {
        var folder = Path.GetFullPath(goldFolder);
        var files = new List<string>();
        var inline = new List<AnnotatedDocument>();
        foreach (var document in goldSet.Documents)
        {
            var path = GoldLoader.ResolveSource(document.Source, folder);
            if (path is null || document.Text is null)
                Console.Error.WriteLine($"extract: {document.Id}: source \"{document.Source}\" not found; scored as an empty record");
            else if (path.EndsWith(".jsonl", StringComparison.Ordinal))
                inline.Add(document);
            else
                files.Add(path);
        }
        var predicted = RunPipeline(config, [.. files]);
        var pipeline = StandardPipeline.Load(CommonOptions.FindConfig(config));
        foreach (var gold in inline)
        {
            var document = new Core.Document(gold.Id, gold.Source, gold.Text!) { DocumentDate = gold.DocumentDate };
            pipeline.Process(document);
            predicted.Add(AnnotatedDocument.FromDocument(document));
        }
        return predicted;
    }

    private static List<AnnotatedDocument> RunPipeline(string? config, string[] inputs)
    {
        var pipeline = StandardPipeline.Load(CommonOptions.FindConfig(config));
        var documents = new List<AnnotatedDocument>();
        foreach (var item in InputReader.Read(inputs))
        {
            if (item.Document is not { } document)
            {
                Console.Error.WriteLine($"extract: {item.Source}: {item.Error}");
                continue;
            }
            pipeline.Process(document);
            documents.Add(AnnotatedDocument.FromDocument(document));
        }
        return documents;
    }

    private static List<AnnotatedDocument> ReadRecords(string path)
    {
        var documents = new List<AnnotatedDocument>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JObject record;
            try
            {
                record = JObject.Parse(line);
            }
            catch (JsonReaderException e)
            {
                throw new FormatException($"{path}:{lineNumber}: not a JSON record: {e.Message}");
            }
            if ((string?)record["schema"] == Emit.RecordWriter.ErrorSchema)
            {
                Console.Error.WriteLine($"extract: {path}:{lineNumber}: {(string?)record["id"]} is an error line ({(string?)record["error"]})");
                continue;
            }
            documents.Add(RecordReader.Read(record));
        }
        return documents;
    }
}
