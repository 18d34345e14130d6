using System.CommandLine;
using Extraction.Cli.Commands;

var root = new RootCommand("extract: turns French press releases on peacekeeping into JSON records of dates, countries, officials, counts and commitments.")
{
    RunCommand.Create(),
    TrainCommand.Create(),
    SchemaCommand.Create(),
    BenchCommand.Create(),
    MeasureCommand.Create(),
    EvalCommand.Create(),
    ShowCommand.Create(),
};
return root.Parse(args).Invoke();
