namespace Extraction.Tests.Robustness;

using System.Diagnostics;
using System.Text;
using Newtonsoft.Json.Linq;

/// <summary>An interrupted run, killed or stopped with Ctrl-C, resumes into exactly the output of an uninterrupted one.</summary>
public class ResumeTests
{
    private string folder = "";
    private string input = "";
    private string full = "";

    [OneTimeSetUp]
    public void MakeInput()
    {
        folder = Directory.CreateTempSubdirectory("resume-").FullName;
        input = Path.Combine(folder, "input.jsonl");
        var lines = File.ReadAllLines(TestRuns.PressFr);
        var sb = new StringBuilder();
        for (int copy = 0; copy < 8; copy++)
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
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(folder, recursive: true);

    private static Process Start(string arguments) => Process.Start(new ProcessStartInfo("dotnet", $"\"{CliRunner.ExtractDll}\" {arguments}")
    {
        RedirectStandardError = true,
        RedirectStandardOutput = true,
        WorkingDirectory = TestPaths.Root,
    })!;

    private static void WaitForPartialOutput(string partial, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(partial) && new FileInfo(partial).Length > 200_000))
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
        using (var signal = Process.Start("kill", ["-INT", process.Id.ToString()])) signal.WaitForExit();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.EqualTo(130));
        Assert.That(stderr.Result, Does.Contain("interrupted after").And.Contain("--resume"));
        Assert.That(File.Exists(output), Is.False);
        var resumed = CliRunner.Run($"run \"{input}\" -o \"{output}\" -q --resume");
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Stderr);
        Assert.That(File.ReadAllBytes(output), Is.EqualTo(File.ReadAllBytes(full)));
    }
}
