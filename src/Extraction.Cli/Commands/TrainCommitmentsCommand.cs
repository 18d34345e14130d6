namespace Extraction.Cli.Commands;

using System.CommandLine;
using Extraction.Ingest;
using Extraction.Recognizers.Commitments;

/// <summary>`extract train commitments`: compares the commitment-type lexicon with an ML.NET classifier on held-out labelled sentences.</summary>
internal static class TrainCommitmentsCommand
{
    public static Command Create()
    {
        var training = new Option<string>("--training")
        {
            Description = "labelled sentences (types, status, sentence)",
            DefaultValueFactory = _ => Path.Combine(CommonOptions.RepositoryRoot(), "corpus", "training", "commitments.tsv"),
        };
        var config = CommonOptions.Config();
        var command = new Command("commitments", "Compare the commitment-type lexicon with a text classifier on held-out labelled sentences and report which wins.")
        {
            training,
            config,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var pipeline = StandardPipeline.Load(CommonOptions.FindConfig(parse.GetValue(config)));
            // The sentences go through the stages that run before commitments (text, tokenize, countries, counts, …).
            var before = pipeline.Stages.TakeWhile(s => s.Name != CommitmentsExtension.Commitments.Name).ToList();
            CommitmentsTrainer.Compare(parse.GetValue(training)!, text =>
            {
                var document = PlainTextReader.Read("training", "training", text);
                foreach (var stage in before) stage.Process(document);
                return document;
            }, Console.Out);
            return 0;
        }));
        return command;
    }
}
