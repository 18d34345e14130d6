namespace Extraction.Tests;

using Extraction.Core;
using Extraction.Ingest;

/// <summary>The shipped pipeline.json, built once for all tests, and a one-line way to run it over a text.</summary>
public static class TestPipeline
{
    private static readonly Lazy<Extraction.Pipeline.Pipeline> Shared = new(() => StandardPipeline.Load(TestPaths.Config));

    public static Extraction.Pipeline.Pipeline Instance => Shared.Value;

    public static Document Run(string text, string? documentDate = null, string id = "test")
    {
        var document = PlainTextReader.Read(id, "test", text);
        document.DocumentDate ??= documentDate;
        Instance.Process(document);
        return document;
    }

    public static Document RunSeed(string prefix)
    {
        var document = InputReader.ReadFile(TestPaths.Seed(prefix)).Single().Document!;
        Instance.Process(document);
        return document;
    }
}
