namespace Extraction.Cli.Commands;

using System.CommandLine;
using Extraction.Ner;

/// <summary>`extract train ner`: rebuilds models/ner-fr.bin and models/first-names-fr.txt.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var models = CommonOptions.Models();
        var sentences = CommonOptions.Sentences();
        var test = new Option<bool>("--score-test") { Description = "also score the test split (once, at the end of a piece of work: it is never read for errors)" };
        var command = new Command("ner", "Train the French entity recogniser (PER, LOC, ORG) and compile its first-name gazetteer.") { data, models, sentences, test };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            NerTraining.Run(new NerTrainingPaths(parse.GetValue(data)!, parse.GetValue(sentences)!, parse.GetValue(models)!), parse.GetValue(test), Console.Out);
            return 0;
        }));
        return command;
    }
}
