namespace Extraction.Cli.Commands;

using System.CommandLine;
using Extraction.Emit;

/// <summary>`extract schema`: prints the JSON Schema every output line validates against.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the record and error lines.");
        command.SetAction(_ =>
        {
            Console.Out.Write(RecordSchema.Generate(StandardPipeline.Types));
            return 0;
        });
        return command;
    }
}
