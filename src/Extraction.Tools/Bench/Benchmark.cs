namespace Extraction.Bench;

using System.Diagnostics;
using Extraction.Emit;
using Extraction.Ingest;
using Extraction.Run;

/// <summary>Times the whole pipeline, reading and serialising included, over a corpus file.</summary>
public static class Benchmark
{
    public sealed record Result(int Jobs, double Seconds, long Bytes, long Documents, long Tokens, IReadOnlyList<(string Stage, TimeSpan Time)> StageTimes)
    {
        public double MegabytesPerSecond => Bytes / 1e6 / Seconds;
        public double TokensPerSecond => Tokens / Seconds;
        public double DocumentsPerSecond => Documents / Seconds;
    }

    /// <summary>Runs the first documents once so that the timed runs measure compiled code, not the JIT.</summary>
    public static void WarmUp(Pipeline.Pipeline pipeline, string corpus, int documents = 500)
    {
        using var format = new JsonLinesFormat(new RecordWriter(pipeline, new RecordOptions()), TextWriter.Null);
        new BatchRunner(pipeline, new RunOptions(Environment.ProcessorCount)).Run(InputReader.Read([corpus]).Take(documents), format);
    }

    public static Result Run(Pipeline.Pipeline pipeline, string corpus, int jobs)
    {
        var bytes = new FileInfo(corpus).Length;
        using var format = new JsonLinesFormat(new RecordWriter(pipeline, new RecordOptions()), TextWriter.Null);
        var runner = new BatchRunner(pipeline, new RunOptions(jobs));
        var clock = Stopwatch.StartNew();
        var summary = runner.Run(InputReader.Read([corpus]), format);
        clock.Stop();
        if (summary.Errors > 0) throw new InvalidOperationException($"{summary.Errors} benchmark documents failed");
        var stages = pipeline.Stages.Select((s, i) => (s.Name, runner.StageTimes[i])).ToList();
        return new Result(jobs, clock.Elapsed.TotalSeconds, bytes, summary.Documents, summary.Tokens, stages);
    }

    public static T Median<T>(IEnumerable<T> results, Func<T, double> key) =>
        results.OrderBy(key).ElementAt((results.Count() - 1) / 2);
}
