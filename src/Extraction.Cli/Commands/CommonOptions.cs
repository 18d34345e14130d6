namespace Extraction.Cli.Commands;

using System.CommandLine;
using Extraction.Pipeline;

/// <summary>Options several commands share, and the lookup of the default pipeline.json.</summary>
internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config", "-c")
    {
        Description = "pipeline configuration (default: pipeline.json in this folder or the nearest parent)",
    };

    public static Argument<string[]> Inputs()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "files (.txt, .html, .jsonl), folders (read recursively in sorted order), or - for JSON Lines on standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        // A misspelled option would otherwise be taken for a file name and become an error line of the run.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-')
                    result.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value})");
        });
        return inputs;
    }

    public static Option<string> Data() => new("--data")
    {
        Description = "folder of the source data sets",
        DefaultValueFactory = _ => Path.Combine(RepositoryRoot(), "..", "shared", "data"),
    };

    public static Option<string> Models() => new("--models")
    {
        Description = "folder the models are written to",
        DefaultValueFactory = _ => Path.Combine(RepositoryRoot(), "models"),
    };

    public static Option<string> Sentences() => new("--sentences")
    {
        Description = "folder of the labelled sentence corpus (ids, offsets and labels)",
        DefaultValueFactory = _ => Path.Combine(RepositoryRoot(), "corpus", "training", "sentences"),
    };

    /// <summary>The folder of the pipeline.json in use, which is the repository root in a checkout.</summary>
    public static string RepositoryRoot() => Path.GetDirectoryName(Path.GetFullPath(FindConfig(null)))!;

    public static string FindConfig(string? given)
    {
        if (given is not null) return given;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "pipeline.json");
            if (File.Exists(candidate)) return candidate;
        }
        var besideProgram = Path.Combine(AppContext.BaseDirectory, "pipeline.json");
        if (File.Exists(besideProgram)) return besideProgram;
        throw new PipelineConfigException("no pipeline.json found in this folder or its parents; pass --config PATH");
    }

    /// <summary>Runs a command body, turning configuration problems into a message and exit code 2.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (PipelineConfigException e)
        {
            Console.Error.WriteLine($"extract: configuration error: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            Console.Error.WriteLine($"extract: {e.Message}");
            return 2;
        }
    }
}
