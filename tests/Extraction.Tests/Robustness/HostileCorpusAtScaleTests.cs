namespace Extraction.Tests.Robustness;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Extraction.Emit;
using Extraction.Ingest;
using Json.Schema;
using Newtonsoft.Json.Linq;

/// <summary>
/// More than 10,000 generated hostile documents (<see cref="HostileCorpusAtScale"/>) through `extract run`: one
/// line each, no internal error, every line valid against the schema, every span and clause slicing back into
/// the text, no document over 2 s and the run under 500 MB. Times and memory are those of the build the
/// program ships as: .ci/run runs the Long category in Release.
/// </summary>
// Times each document on the wall clock, so other fixtures must not run beside this one.
[NonParallelizable]
[Category("Long")]
public partial class HostileCorpusAtScaleTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RecordSchema.Generate(StandardPipeline.Types));

    private string folder = "";
    private string corpus = "";
    private int documents;

    [OneTimeSetUp]
    public void Create()
    {
        folder = Directory.CreateTempSubdirectory("hostile-scale-").FullName;
        corpus = Path.Combine(folder, "corpus");
        documents = HostileCorpusAtScale.Generate(corpus);
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(folder, recursive: true);

    // System.Text.Json, under the schema validator, cannot read a lone surrogate, which the JSON standard allows
    // in a string and an echoed id may hold; the schema says nothing of string contents beyond their patterns.
    [GeneratedRegex(@"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")]
    private static partial Regex Surrogate();

    [Test]
    public void Ten_thousand_hostile_documents_give_one_valid_line_each()
    {
        Assert.That(documents, Is.GreaterThanOrEqualTo(10_000));

        var output = Path.Combine(folder, "records.jsonl");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", CliRunner.ExtractDll, "run", corpus, "-o", output, "--body", "-q"])
        {
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.Root,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        while (!process.WaitForExit(50))
            peakKb = Math.Max(peakKb, PeakResidentKb(process.Id));
        var elapsed = clock.Elapsed;
        Assert.That(process.ExitCode, Is.EqualTo(1), stderr.Result);

        var lines = File.ReadAllLines(output);
        var errors = new List<string>();
        int records = 0, spans = 0, clauses = 0, invalid = 0;
        foreach (var line in lines)
        {
            var json = JObject.Parse(line);
            using (var parsed = System.Text.Json.JsonDocument.Parse(Surrogate().Replace(line, "\\ufffd")))
                if (!Schema.Evaluate(parsed.RootElement).IsValid) invalid++;
            if ((string)json["schema"]! == "extraction.error/1")
            {
                errors.Add((string)json["error"]!);
                continue;
            }
            records++;
            var body = (string)json["body"]!;
            foreach (var list in (string[])["dates", "durations", "countries", "officials", "counts", "commitments"])
            {
                foreach (var mention in json[list]!.Cast<JObject>())
                {
                    int start = (int)mention["start"]!, end = (int)mention["end"]!;
                    Assert.That(body.Substring(start, end - start), Is.EqualTo((string)mention["text"]!), $"{json["id"]} {list} {mention}");
                    spans++;
                    if (mention["clause_start"] is { } clauseStart)
                    {
                        long first = (long)clauseStart, last = (long)mention["clause_end"]!;
                        Assert.That(first <= start && end <= last && last <= body.Length, Is.True, $"{json["id"]} clause {first}-{last} of {mention}");
                        clauses++;
                    }
                }
            }
        }

        var kinds = errors.GroupBy(e => Regex.Replace(e, @"[0-9]+|""[^""]*""", "N")).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} × {g.Key}");
        TestContext.Out.WriteLine($"{documents} documents, {lines.Length} lines ({records} records, {errors.Count} error lines), {spans} spans, {clauses} clauses; "
            + $"{elapsed.TotalSeconds:0.0} s, peak {peakKb / 1024} MB");
        TestContext.Out.WriteLine(string.Join("\n", kinds.Take(25)));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(documents));
            Assert.That(errors.Where(e => e.Contains("internal error") || e.Contains("out of memory")), Is.Empty);
            Assert.That(invalid, Is.Zero, "lines that break the schema");
            Assert.That(peakKb, Is.LessThan(500 * 1024), "peak resident memory of the run, KB");
        });
    }

    [Test]
    public void No_hostile_document_takes_over_two_seconds()
    {
        var writer = new RecordWriter(TestPipeline.Instance, new RecordOptions(IncludeBody: true));
        var times = new ConcurrentBag<(double Seconds, string Source)>();
        Parallel.ForEach(InputReader.Read([corpus]), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            var clock = Stopwatch.StartNew();
            if (item.Document is { } document)
            {
                TestPipeline.Instance.Process(document);
                writer.Write(document, item.IdJson);
            }
            times.Add((clock.Elapsed.TotalSeconds, item.Source));
        });
        var slowest = times.OrderByDescending(t => t.Seconds).Take(5).ToList();
        TestContext.Out.WriteLine($"{times.Count} documents; slowest: " + string.Join(", ", slowest.Select(t => $"{t.Source} {t.Seconds:0.00} s")));
        Assert.That(slowest[0].Seconds, Is.LessThan(2.0), slowest[0].Source);
    }

    /// <summary>VmHWM, the most memory the process has held at once, from /proc (0 once it has gone).</summary>
    private static long PeakResidentKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim());
        }
        catch (IOException)
        {
        }
        return 0;
    }
}
