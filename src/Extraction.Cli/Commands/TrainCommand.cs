namespace Extraction.Cli.Commands;

using System.CommandLine;

/// <summary>`extract train`: rebuilds the models under models/ from the data sets in ../shared/data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Rebuild the project's models and gazetteers under models/ from the data sets (default ../shared/data).");
        command.Subcommands.Add(TrainCountriesCommand.Create());
        command.Subcommands.Add(TrainNerCommand.Create());
        command.Subcommands.Add(TrainCommitmentsCommand.Create());
        command.Subcommands.Add(All(command));
        return command;
    }

    /// <summary>`extract train all`: every model in turn, with the same --data and --models.</summary>
    private static Command All(Command train)
    {
        var data = CommonOptions.Data();
        var models = CommonOptions.Models();
        var all = new Command("all", "Rebuild every model in turn.") { data, models };
        all.SetAction(parse =>
        {
            var root = parse.RootCommandResult.Command;
            foreach (var model in train.Subcommands.Where(c => c.Name != "all").ToList())
            {
                Console.Error.WriteLine($"extract train all: {model.Name}");
                int code = root.Parse(["train", model.Name, "--data", parse.GetValue(data)!, "--models", parse.GetValue(models)!]).Invoke();
                if (code != 0) return code;
            }
            return 0;
        });
        return all;
    }
}
