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
        var press = new Option<string>("--press")
        {
            Description = "hand-corrected news sentences in CoNLL BIO",
            DefaultValueFactory = _ => Path.Combine(CommonOptions.RepositoryRoot(), "corpus", "training", "ner-press-fr.conll"),
        };
        var command = new Command("ner", "Train the French entity recogniser (PER, LOC, ORG) and compile its first-name gazetteer.") { data, models, press };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            NerTraining.Run(new NerTrainingPaths(parse.GetValue(data)!, parse.GetValue(press)!, parse.GetValue(models)!), Console.Out);
            return 0;
        }));
        return command;
    }
}
