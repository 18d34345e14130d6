namespace Extraction.Cli.Commands;

using System.CommandLine;
using System.Text;
using Extraction.Display;
using Extraction.Evaluation;
using Extraction.Ingest;

/// <summary>`extract show`: one HTML page showing what the pipeline found in a document, optionally against gold.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "a document (.txt, .html, .jsonl) or a folder of them" };
        var html = new Option<string>("--html") { Description = "HTML page to write", Required = true };
        var gold = new Option<string?>("--gold") { Description = "folder of gold annotations: marks misses and false positives" };
        var config = CommonOptions.Config();

        var command = new Command("show", "Write a self-contained HTML page of the documents with every mention highlighted by type, its value on hover; with --gold, misses and false positives are marked.")
        {
            input, html, gold, config,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var goldById = new Dictionary<string, AnnotatedDocument>(StringComparer.Ordinal);
            if (parse.GetValue(gold) is { } goldFolder)
            {
                var set = GoldLoader.Load(goldFolder);
                foreach (var issue in set.Issues)
                    Console.Error.WriteLine($"extract: gold: {issue}");
                foreach (var document in set.Documents)
                    goldById[document.Id] = document;
            }

            var pipeline = StandardPipeline.Load(CommonOptions.FindConfig(parse.GetValue(config)));
            var pages = new List<(AnnotatedDocument, AnnotatedDocument?)>();
            foreach (var item in InputReader.Read([parse.GetValue(input)!]))
            {
                if (item.Document is not { } document)
                {
                    Console.Error.WriteLine($"extract: {item.Source}: {item.Error}");
                    continue;
                }
                pipeline.Process(document);
                goldById.TryGetValue(document.Id, out var goldDocument);
                if (parse.GetValue(gold) is not null && goldDocument is null)
                    Console.Error.WriteLine($"extract: {document.Id}: no gold annotation; shown without comparison");
                pages.Add((AnnotatedDocument.FromDocument(document), goldDocument));
            }
            if (pages.Count == 0)
                throw new FormatException("no readable document in the input");

            var path = parse.GetValue(html)!;
            File.WriteAllText(path, MentionHtml.Page(pages, "extract show: " + Path.GetFileName(parse.GetValue(input)!.TrimEnd('/'))), new UTF8Encoding(false));
            Console.Error.WriteLine($"extract: wrote {path} ({pages.Count} documents)");
            return 0;
        }));
        return command;
    }
}
