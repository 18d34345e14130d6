namespace Extraction.Tests;

using Extraction.Emit;
using Extraction.Ingest;
using Extraction.Run;

/// <summary>Runs the shipped pipeline over inputs the way `extract run` does, into memory.</summary>
public static class TestRuns
{
    public static string PressFr => Path.Combine(TestPaths.SharedData, "press-fr", "press-fr.jsonl");

    public static string JsonLines(IEnumerable<string> inputs, RunOptions? options = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        using var format = new JsonLinesFormat(new RecordWriter(TestPipeline.Instance, new RecordOptions()), output);
        new BatchRunner(TestPipeline.Instance, options ?? new RunOptions(Jobs: 2)).Run(InputReader.Read(inputs), format);
        format.Complete();
        return output.ToString();
    }

    public static string[] Lines(string jsonLines) => jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
