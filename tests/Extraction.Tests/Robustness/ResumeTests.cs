namespace Extraction.Tests.Robustness;

using System.Diagnostics;
using System.Text;
using Extraction.Emit;
using Extraction.Ingest;
using Extraction.Run;
using Newtonsoft.Json.Linq;

/// <summary>
/// An interrupted run, killed or stopped with Ctrl-C, resumes into exactly the output of an uninterrupted one,
/// also when ids repeat: a file listed twice, one id in two files, a.txt beside a.html, malformed lines that
/// all get a fallback id.
/// </summary>
public class ResumeTests
{
    private string folder = "";
    private string input = "";
    private string full = "";
    private string repeats = "";
    private string[] repeatedInputs = [];

    [OneTimeSetUp]
    public void MakeInput()
    {
        folder = Directory.CreateTempSubdirectory("resume-").FullName;
        input = Path.Combine(folder, "input.jsonl");
        // Two copies of press-fr under distinct ids: 3.5 MB, which a run takes seconds over, so it is still
        // running when its first 200 KB of output appear and the tests interrupt it.
        var lines = File.ReadAllLines(TestRuns.PressFr);
        var sb = new StringBuilder();
        for (int copy = 0; copy < 2; copy++)
        {
            foreach (var line in lines)
            {
                var obj = JObject.Parse(line);
                obj["id"] = $"{copy}-{obj["id"]}";
                sb.Append(obj.ToString(Newtonsoft.Json.Formatting.None)).Append('\n');
            }
        }
        File.WriteAllText(input, sb.ToString());
        full = Path.Combine(folder, "full.jsonl");
        var run = CliRunner.Run($"run \"{input}\" -o \"{full}\" -q -j 2");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);

        // Every way an id repeats, each input listed twice: a JSON Lines file, and a folder holding a.txt and
        // a.html, two files with the same id, and malformed lines whose fallback ids collide.
        var docs = Directory.CreateDirectory(Path.Combine(folder, "docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "a.txt"), "Le 14 novembre 2017, 36 pays ont promis des hélicoptères au Mali.");
        File.WriteAllText(Path.Combine(docs, "a.html"), "<html><body><p>Au Canada, 12 missions le 7 décembre 2021.</p></body></html>");
        File.WriteAllText(Path.Combine(docs, "x.jsonl"), "{\"id\": \"shared\", \"text\": \"Le Niger et le Tchad.\"}\n{oops\n{\"id\": \"a\", \"text\": \"Plus de 87.000 soldats.\"}\n");
        File.WriteAllText(Path.Combine(docs, "y.jsonl"), "{\"id\": \"shared\", \"text\": \"La France.\"}\n{oops\n");
        repeats = Path.Combine(folder, "press.jsonl");
        File.Copy(TestRuns.PressFr, repeats);
        repeatedInputs = [repeats, docs, repeats, docs];
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(folder, recursive: true);

    // Through env(1), which restores SIGINT's default action before dotnet starts: a shell without job control
    // (a script, CI) starts a background command with SIGINT ignored, a child inherits that, and the runtime
    // leaves an ignored SIGINT ignored, so Ctrl-C would never reach the run.
    private static Process Start(string arguments) => Process.Start(new ProcessStartInfo("env", $"--default-signal=INT dotnet \"{CliRunner.ExtractDll}\" {arguments}")
    {
        RedirectStandardError = true,
        RedirectStandardOutput = true,
        WorkingDirectory = TestPaths.Root,
    })!;

    private static void WaitForPartialOutput(string partial, Process process, long size = 200_000)
    {
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(partial) && new FileInfo(partial).Length > size))
        {
            Assert.That(process.HasExited, Is.False, "the run finished before it could be interrupted");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)), "no partial output appeared");
            Thread.Sleep(20);
        }
    }

    [Test]
    public void A_killed_run_leaves_no_output_and_resumes_to_the_same_bytes()
    {
        var output = Path.Combine(folder, "killed.jsonl");
        using var process = Start($"run \"{input}\" -o \"{output}\" -q -j 1");
        WaitForPartialOutput(output + ".partial", process);
        process.Kill();
        process.WaitForExit();

        Assert.That(File.Exists(output), Is.False, "a killed run must not leave a half-written output");
        var resumed = CliRunner.Run($"run \"{input}\" -o \"{output}\" -q -j 2 --resume");
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Stderr);
        Assert.That(File.ReadAllBytes(output), Is.EqualTo(File.ReadAllBytes(full)));
        Assert.That(File.Exists(output + ".partial"), Is.False);
    }

    [Test]
    public void Ctrl_c_stops_cleanly_with_a_summary_and_resumes_to_the_same_bytes()
    {
        var output = Path.Combine(folder, "interrupted.jsonl");
        using var process = Start($"run \"{input}\" -o \"{output}\" -j 1");
        var stderr = process.StandardError.ReadToEndAsync();
        WaitForPartialOutput(output + ".partial", process);
        Assert.That(CliRunner.Shell($"kill -INT {process.Id}").ExitCode, Is.Zero, "bash's kill, which needs no procps");
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.EqualTo(130));
        Assert.That(stderr.Result, Does.Contain("interrupted after").And.Contain("--resume"));
        Assert.That(File.Exists(output), Is.False);
        var resumed = CliRunner.Run($"run \"{input}\" -o \"{output}\" -q --resume");
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Stderr);
        Assert.That(File.ReadAllBytes(output), Is.EqualTo(File.ReadAllBytes(full)));
    }

    private static string Quoted(IEnumerable<string> inputs) => string.Join(" ", inputs.Select(i => $"\"{i}\""));

    [Test]
    public void Resuming_at_every_line_gives_the_uninterrupted_output_when_ids_repeat()
    {
        string[] inputs = [Path.Combine(folder, "docs"), Path.Combine(folder, "docs", "x.jsonl"), Path.Combine(folder, "docs")];
        var whole = TestRuns.JsonLines(inputs);
        var lines = TestRuns.Lines(whole);
        Assert.That(lines.Select(l => JObject.Parse(l)["id"]!.ToString()).GroupBy(id => id).Max(g => g.Count()), Is.GreaterThanOrEqualTo(5));
        var partial = Path.Combine(folder, "cut.jsonl");
        for (int cut = 0; cut <= lines.Length; cut++)
        {
            foreach (bool torn in (bool[])[false, true])
            {
                var written = string.Concat(lines.Take(cut).Select(l => l + "\n"));
                if (torn && cut < lines.Length) written += lines[cut][..(lines[cut].Length / 2)];
                File.WriteAllText(partial, written);
                var output = new StringWriter { NewLine = "\n" };
                using (var log = ResumeLog.Open(partial))
                using (var format = new JsonLinesFormat(new RecordWriter(TestPipeline.Instance, new RecordOptions()), output))
                {
                    new BatchRunner(TestPipeline.Instance, new RunOptions(Jobs: 2, Resume: log)).Run(InputReader.Read(inputs), format);
                    format.Complete();
                    Assert.That(log.Matched, Is.EqualTo(cut));
                }
                Assert.That(File.ReadAllText(partial) + output, Is.EqualTo(whole), $"resumed after {cut} lines{(torn ? " and a torn one" : "")}");
            }
        }
    }

    [Test]
    public void Killed_twice_with_repeated_ids_resumes_to_the_same_bytes()
    {
        var uninterrupted = Path.Combine(folder, "repeats-full.jsonl");
        var run = CliRunner.Run($"run {Quoted(repeatedInputs)} -o \"{uninterrupted}\" -q -j 2");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);

        // Killed in the first copy of the press file, then again in its second copy, past the folder's repeats.
        var output = Path.Combine(folder, "repeats.jsonl");
        long firstCopy = new FileInfo(uninterrupted).Length / 2;
        foreach (var (killAt, resume) in (ReadOnlySpan<(long, string)>)[(200_000, ""), (firstCopy + 200_000, " --resume")])
        {
            using var process = Start($"run {Quoted(repeatedInputs)} -o \"{output}\" -q -j 1{resume}");
            WaitForPartialOutput(output + ".partial", process, killAt);
            process.Kill();
            process.WaitForExit();
        }
        var resumed = CliRunner.Run($"run {Quoted(repeatedInputs)} -o \"{output}\" -q -j 2 --resume");
        Assert.That(resumed.ExitCode, Is.EqualTo(1), resumed.Stderr);
        Assert.That(File.ReadAllBytes(output), Is.EqualTo(File.ReadAllBytes(uninterrupted)));
    }

    [Test]
    public void Resuming_with_other_inputs_stops_before_writing_anything()
    {
        var output = Path.Combine(folder, "other.jsonl");
        File.WriteAllLines(output + ".partial", File.ReadLines(full).Take(3));
        var before = File.ReadAllBytes(output + ".partial");
        var docs = Path.Combine(folder, "docs");
        var resumed = CliRunner.Run($"run \"{docs}\" -o \"{output}\" -q --resume");
        Assert.That(resumed.ExitCode, Is.EqualTo(2));
        Assert.That(resumed.Stderr, Does.Contain("--resume: line 1 of").And.Contain("delete the file"));
        Assert.That(File.ReadAllBytes(output + ".partial"), Is.EqualTo(before));

        var shrinking = Path.Combine(folder, "shrinking.jsonl");
        File.WriteAllLines(shrinking, File.ReadLines(input).Take(3));
        Assert.That(CliRunner.Run($"run \"{shrinking}\" -o \"{output}\" -q").ExitCode, Is.Zero);
        File.Move(output, output + ".partial", overwrite: true);
        File.WriteAllLines(shrinking, File.ReadLines(input).Take(2));
        Assert.That(CliRunner.Run($"run \"{shrinking}\" -o \"{output}\" -q --resume").Stderr, Does.Contain("more lines than the inputs have documents (2)"));
    }

    [Test]
    public void Resume_refuses_unordered_output()
    {
        var run = CliRunner.Run($"run \"{input}\" -o \"{Path.Combine(folder, "u.jsonl")}\" --resume --unordered");
        Assert.That((run.ExitCode, run.Stderr), Is.EqualTo((2, "extract: --resume continues by position in the inputs, which needs the output in input order: leave out --unordered\n")));
    }
}
