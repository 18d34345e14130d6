namespace Extraction.Cli.Commands;

using System.CommandLine;
using Extraction.Recognizers.Countries;

/// <summary>`extract train countries`: compiles models/countries.tsv from mledoze/countries and models/countries-supplement.tsv.</summary>
internal static class TrainCountriesCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var models = CommonOptions.Models();
        var command = new Command("countries", "Compile the country gazetteer models/countries.tsv from <data>/countries/countries.json and <models>/countries-supplement.tsv.")
        {
            data, models,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var modelsDir = parse.GetValue(models)!;
            var json = Path.Combine(parse.GetValue(data)!, "countries", "countries.json");
            var supplement = Path.Combine(modelsDir, "countries-supplement.tsv");
            foreach (var input in (ReadOnlySpan<string>)[json, supplement])
                if (!File.Exists(input)) throw new IOException($"input \"{input}\" not found; pass --data (folder holding countries/countries.json) or --models (folder holding countries-supplement.tsv)");

            var result = CountriesGazetteerBuilder.Build(json, supplement);
            foreach (var warning in result.Warnings)
                Console.Error.WriteLine($"extract train countries: note: {warning}");
            var output = Path.Combine(modelsDir, "countries.tsv");
            File.WriteAllText(output, result.Text);
            Console.Error.WriteLine($"extract train countries: wrote {result.Lines.Count - 3} entries to {output}");
            return 0;
        }));
        return command;
    }
}
