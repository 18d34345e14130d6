namespace Extraction.Cli.Commands;

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extraction.Bench;

/// <summary>`extract bench`: builds a reproducible corpus, then measures throughput, scaling, load time and memory.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var size = new Option<int>("--size") { Description = "corpus size in MB (10^6 bytes)", DefaultValueFactory = _ => 100 };
        var runs = new Option<int>("--runs") { Description = "runs per setting; the median is reported", DefaultValueFactory = _ => 3 };
        var cold = new Option<bool>("--cold-only") { Description = "only the whole-process runs of `extract run` (no warm runs in this process)" };
        var corpus = new Option<string>("--corpus") { Description = "where the generated corpus is written (reused when it exists with the same size)", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "extraction-bench.jsonl") };
        var sources = new Option<string[]>("--source")
        {
            Description = "documents whose sentences make up the corpus (default: corpus/ and ../shared/data/press-fr)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("bench", "Benchmark the pipeline: whole `extract run` processes (cold: start-up, model load and JIT included) and warm runs in this process (MB/s, tokens/s and documents/s per core from 1 to all cores, model load time, peak memory and time per stage).")
        {
            config, size, runs, corpus, sources, cold,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            var root = CommonOptions.RepositoryRoot();
            var corpusPath = parse.GetValue(corpus)!;
            long target = parse.GetValue(size) * 1_000_000L;
            if (!File.Exists(corpusPath) || Math.Abs(new FileInfo(corpusPath).Length - target) > 20_000)
            {
                var from = parse.GetValue(sources) is { Length: > 0 } given ? given : [Path.Combine(root, "corpus"), Path.Combine(root, "..", "shared", "data", "press-fr")];
                var sentences = BenchmarkCorpus.Sentences(from);
                Console.Error.WriteLine($"building {target / 1e6:0} MB corpus from {sentences.Count} sentences into {corpusPath}");
                BenchmarkCorpus.Write(sentences, corpusPath, target);
            }

            var configPath = CommonOptions.FindConfig(parse.GetValue(config));
            var cores = Environment.ProcessorCount;
            var jobSettings = cores == 1 ? new[] { 1 } : new[] { 1, cores };
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"corpus: {corpusPath}, {new FileInfo(corpusPath).Length / 1e6:0.0} MB"));
            Console.WriteLine();
            Console.WriteLine($"cold: a new `extract run` process per run (start-up, model load and JIT included), median of {parse.GetValue(runs)}");
            Console.WriteLine();
            Console.WriteLine("| jobs | command | seconds | MB/s | speed-up | processor seconds | MB per processor second |");
            Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
            ColdRun.Result? coldOne = null;
            foreach (var jobs in jobSettings)
            {
                bool pin = jobs == 1 && ColdRun.CanPin;
                var results = Enumerable.Range(0, parse.GetValue(runs)).Select(_ => ColdRun.Run(corpusPath, configPath, jobs, pin)).ToList();
                var median = Benchmark.Median(results, r => r.Seconds);
                coldOne ??= median;
                var (program, arguments) = ColdRun.Command(corpusPath, configPath, "out.jsonl", jobs, pin);
                Console.WriteLine(string.Create(inv, $"| {jobs} | `{Path.GetFileName(program)} {string.Join(' ', arguments.Select(a => Path.IsPathRooted(a) ? Path.GetFileName(a) : a))}` | {median.Seconds:0.00} | {median.MegabytesPerSecond:0.00} | {coldOne.Seconds / median.Seconds:0.00}x | {median.CpuSeconds:0.00} | {median.Bytes / 1e6 / median.CpuSeconds:0.00} |"));
            }
            if (parse.GetValue(cold)) return 0;
            Console.WriteLine();

            var loads = new List<double>();
            Pipeline.Pipeline pipeline = null!;
            for (int i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                pipeline = StandardPipeline.Load(configPath);
                loads.Add(clock.Elapsed.TotalMilliseconds);
            }

            Benchmark.WarmUp(pipeline, corpusPath);
            var medians = new List<Benchmark.Result>();
            foreach (var jobs in jobSettings)
            {
                var results = Enumerable.Range(0, parse.GetValue(runs)).Select(_ => Benchmark.Run(pipeline, corpusPath, jobs)).ToList();
                medians.Add(Benchmark.Median(results, r => r.Seconds));
            }

            var one = medians[0];
            Console.WriteLine(string.Create(inv, $"warm: runs in this process after a warm-up; {one.Documents} documents, {one.Tokens} tokens"));
            Console.WriteLine(string.Create(inv, $"model load (first, median of the next 4): {loads[0]:0} ms, {loads.Skip(1).Order().ElementAt(1):0} ms"));
            Console.WriteLine();
            Console.WriteLine("| jobs | seconds | MB/s | MB/s per core | tokens/s | documents/s | speed-up |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in medians)
                Console.WriteLine(string.Create(inv, $"| {r.Jobs} | {r.Seconds:0.00} | {r.MegabytesPerSecond:0.00} | {r.MegabytesPerSecond / r.Jobs:0.00} | {r.TokensPerSecond:0} | {r.DocumentsPerSecond:0} | {one.Seconds / r.Seconds:0.00}x |"));
            Console.WriteLine();
            Console.WriteLine("| stage | share of stage time (1 job) |");
            Console.WriteLine("|---|---:|");
            var total = one.StageTimes.Sum(s => s.Time.TotalSeconds);
            foreach (var (stage, time) in one.StageTimes)
                Console.WriteLine(string.Create(inv, $"| {stage} | {100 * time.TotalSeconds / Math.Max(total, 1e-9):0.0}% ({time.TotalSeconds:0.00} s) |"));
            Console.WriteLine();
            Console.WriteLine(string.Create(inv, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
            return 0;
        }));
        return command;
    }
}
