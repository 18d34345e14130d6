namespace Extraction.Cli.Commands;

using System.CommandLine;
using Extraction.Pipeline;
using Extraction.Training.Commitments;

/// <summary>`extract train commitments`: learns models/commitments.bin from the labelled sentence corpus.</summary>
internal static class TrainCommitmentsCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var models = CommonOptions.Models();
        var sentences = CommonOptions.Sentences();
        var config = CommonOptions.Config();
        var test = new Option<bool>("--score-test") { Description = "also score the test split (once, at the end of a piece of work: it is never read for errors)" };
        var command = new Command("commitments", "Train the commitment reader (ML.NET) on the sentence corpus; thresholds and the combination with the rules are chosen on the dev split.")
        {
            data, models, sentences, config, test,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            CommitmentsTraining.Run(PipelineConfig.Load(CommonOptions.FindConfig(parse.GetValue(config))), parse.GetValue(sentences)!, parse.GetValue(data)!,
                Path.Combine(CommonOptions.RepositoryRoot(), "corpus", "training", "commitments.tsv"),
                Path.Combine(parse.GetValue(models)!, "commitments.bin"), parse.GetValue(test), Console.Out);
            return 0;
        }));
        return command;
    }
}
