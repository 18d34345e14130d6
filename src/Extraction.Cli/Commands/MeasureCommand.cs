namespace Extraction.Cli.Commands;

using System.CommandLine;
using Extraction.Core;
using Extraction.Measure;
using Extraction.Text;
using Extraction.Tokenize;

/// <summary>`extract measure`: scores the text-analysis and ingest parts against the shared data sets.</summary>
internal static class MeasureCommand
{
    public static Command Create() => new("measure", "Measure the tokeniser, the sentence splitter and the HTML reader against the data sets (default ../shared/data).")
    {
        Tokens(),
        Html(),
    };

    private static Command Tokens()
    {
        var data = CommonOptions.Data();
        var errors = new Option<int>("--show-errors") { Description = "also print up to N sentences whose tokens differ from the gold ones" };
        var command = new Command("tokens", "Token and sentence precision, recall and F1 on the UD French test splits.") { data, errors };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var folder = parse.GetValue(data)!;
            foreach (var (name, path) in Treebanks.Splits)
            {
                var file = Path.Combine(folder, path);
                if (!File.Exists(file))
                {
                    Console.WriteLine($"{name}: missing ({file})");
                    continue;
                }
                var sentences = ConlluReader.Read(file).ToList();
                Console.WriteLine($"{name} ({sentences.Count} sentences)");
                Console.WriteLine($"  tokens     {TokenizationScorer.ScoreTokens(sentences)}");
                Console.WriteLine($"  sentences  {TokenizationScorer.ScoreSentences(sentences)}");
                ShowTokenErrors(sentences, parse.GetValue(errors));
                ShowSentenceErrors(sentences, parse.GetValue(errors));
            }
            return 0;
        }));
        return command;
    }

    private static void ShowTokenErrors(List<UdSentence> sentences, int limit)
    {
        foreach (var sentence in sentences)
        {
            if (limit <= 0) return;
            var tokens = new List<Token>();
            FrenchTokenizer.Tokenize(TextNormalizer.Normalize(sentence.Text), 0, sentence.Text.Length, tokens);
            var predicted = tokens.Select(t => new TextSpan(t.Start, t.End)).ToList();
            if (predicted.SequenceEqual(sentence.Tokens)) continue;
            limit--;
            var extra = predicted.Except(sentence.Tokens).Select(s => sentence.Text[s.Start..s.End]);
            var missed = sentence.Tokens.Except(predicted).Select(s => sentence.Text[s.Start..s.End]);
            Console.WriteLine($"    {sentence.SentenceId}: predicted [{string.Join("|", extra)}] gold [{string.Join("|", missed)}]");
        }
    }

    private static void ShowSentenceErrors(List<UdSentence> sentences, int limit)
    {
        foreach (var (text, gold) in TokenizationScorer.Documents(sentences))
        {
            var predicted = new List<TextSpan>();
            SentenceSplitter.Split(TextNormalizer.Normalize(text), 0, predicted);
            var goldEnds = gold.Select(s => s.End).ToHashSet();
            var predictedEnds = predicted.Select(s => s.End).ToHashSet();
            foreach (var end in goldEnds.Except(predictedEnds).Select(e => ("missed", e)).Concat(predictedEnds.Except(goldEnds).Select(e => ("extra ", e))).OrderBy(x => x.e))
            {
                if (limit-- <= 0) return;
                var from = Math.Max(0, end.e - 50);
                var to = Math.Min(text.Length, end.e + 30);
                Console.WriteLine($"    {end.Item1} {text[from..end.e].Replace('\n', ' ')}|{text[end.e..to].Replace('\n', ' ')}");
            }
        }
    }

    private static Command Html()
    {
        var data = CommonOptions.Data();
        var command = new Command("html", "Share of the gold article text the HTML reader keeps, and share of foreign text it lets in, on press-fr/html.") { data };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var folder = parse.GetValue(data)!;
            var result = HtmlIngestScorer.Score(Path.Combine(folder, "press-fr", "html"), Path.Combine(folder, "press-fr", "press-fr.jsonl"));
            foreach (var page in result.Pages)
                Console.WriteLine($"  {page.Id,-22} kept {page.Kept:P1}  foreign {page.Foreign:P1}  title {(page.TitleMatches ? "ok" : "differs")}  date {(page.DateMatches ? "ok" : "differs")}");
            Console.WriteLine($"press-fr HTML ({result.Pages.Count} pages)");
            Console.WriteLine($"  kept     {result.Kept:P2} of the gold article tokens");
            Console.WriteLine($"  foreign  {result.Foreign:P2} of the extracted tokens are not in the gold article");
            Console.WriteLine($"  titles   {result.Pages.Count(p => p.TitleMatches)}/{result.Pages.Count} equal to the gold title");
            Console.WriteLine($"  dates    {result.Pages.Count(p => p.DateMatches)}/{result.Pages.Count} equal to the gold date");
            return 0;
        }));
        return command;
    }
}
