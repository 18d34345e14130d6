namespace Extraction.Tests.Samples;

using Extraction.Core;
using Extraction.Emit;

/// <summary>The README's "Using the library from C#" sample, run as written there (only the assertions are added).</summary>
public class LibrarySampleTests
{
    [Test]
    public void Readme_sample_loads_the_pipeline_and_reads_a_text()
    {
        var pipelineJson = TestPaths.Config;
        var output = new StringWriter();

        // --- README sample ---
        var pipeline = StandardPipeline.Load(pipelineJson);   // load once; thread-safe, share it between threads

        var document = new Document(id: "note-1", source: "memo",
            text: "Le 14 novembre 2017, la France s'est engagée à fournir 16 hélicoptères à la MINUSMA.")
        {
            DocumentDate = "2017-11-20",   // resolves relative dates and years left out
        };
        pipeline.Process(document);

        foreach (var (list, mentions) in document.Mentions)
            foreach (var mention in mentions)
                output.WriteLine($"{list}: \"{mention.Text}\" [{mention.Start}, {mention.End}) = {mention.Value}");

        string record = new RecordWriter(pipeline, new RecordOptions()).Write(document);   // the JSON line `extract run` writes
        // --- end of sample ---

        var lines = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("dates: \"14 novembre 2017\" [3, 19) = 2017-11-14"));
            Assert.That(lines, Does.Contain("countries: \"France\" [24, 30) = FRA"));
            Assert.That(lines, Does.Contain("counts: \"16 hélicoptères\""));
            Assert.That(lines, Does.Contain("commitments: "));
            Assert.That(record, Does.StartWith("{\"schema\":\"extraction.record/1\",\"id\":\"note-1\",\"source\":\"memo\""));
        });
    }
}
