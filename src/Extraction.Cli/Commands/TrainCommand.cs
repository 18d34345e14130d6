namespace Extraction.Cli.Commands;

using System.CommandLine;

/// <summary>`extract train`: rebuilds the models under models/ from the data sets in ../shared/data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Rebuild the project's models and gazetteers under models/ from the data sets (default ../shared/data).")
        {
            TrainNerCommand.Create(),
        };
        return command;
    }
}
