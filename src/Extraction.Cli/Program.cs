using System.CommandLine;
using Extraction.Cli.Commands;

var root = new RootCommand("extract: turns French press releases and UN documents into JSON records of dates, countries, officials, counts, commitments and cited UN documents.")
{
    RunCommand.Create(),
    TrainCommand.Create(),
    SchemaCommand.Create(),
    BenchCommand.Create(),
    MeasureCommand.Create(),
    EvalCommand.Create(),
    ShowCommand.Create(),
};
var parse = root.Parse(args);
// A command line the parser cannot read is a usage error (exit 2, as the README says), never a run.
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"extract: {error.Message}");
    Console.Error.WriteLine("Run 'extract --help' (or 'extract <command> --help') for usage.");
    return 2;
}
return parse.Invoke();
