namespace Extraction.Tests.Robustness;

using System.Diagnostics;
using System.Text.Json;

/// <summary>
/// Bad invocations end quickly with a clear message and the right exit code, and never cost the other inputs
/// of the run: endless devices, an empty path, a FIFO in a folder, standard input that never ends, an output
/// that names a folder, a device or a FIFO.
/// </summary>
public class InvocationTests
{
    private string folder = "";

    [SetUp]
    public void Create() => folder = Directory.CreateTempSubdirectory("invocation-").FullName;

    [TearDown]
    public void Remove() => Directory.Delete(folder, recursive: true);

    private static (CliRunner.Result Run, TimeSpan Elapsed) Timed(string arguments, string? stdinFrom = null)
    {
        var clock = Stopwatch.StartNew();
        var run = stdinFrom is null ? CliRunner.Run(arguments) : CliRunner.Shell($"dotnet \"{CliRunner.ExtractDll}\" {arguments} < {stdinFrom}");
        return (run, clock.Elapsed);
    }

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static string Seed => TestPaths.Seed("001");

    [TestCase("/dev/zero", "cannot read file: binary content")]
    [TestCase("/dev/urandom", "cannot read file: binary content")]
    [TestCase("\"\"", "empty input path")]
    public void A_bad_input_is_one_error_line_and_the_others_are_processed(string input, string error)
    {
        var (run, elapsed) = Timed($"run {input} \"{Seed}\" -q");
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        var lines = Lines(run.Stdout);
        Assert.That(lines.Select(l => l.GetProperty("schema").GetString()), Is.EqualTo(new[] { "extraction.error/1", "extraction.record/1" }));
        Assert.That(lines[0].GetProperty("error").GetString(), Does.StartWith(error));
    }

    [Test]
    public void A_fifo_in_a_folder_is_skipped_with_an_error_line()
    {
        File.Copy(Seed, Path.Combine(folder, "a.txt"));
        Assert.That(CliRunner.Shell($"mkfifo \"{Path.Combine(folder, "b.txt")}\"").ExitCode, Is.Zero);
        var (run, elapsed) = Timed($"run \"{folder}\" -q");
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        Assert.That(Lines(run.Stdout).Select(l => l.GetProperty("schema").GetString()), Is.EqualTo(new[] { "extraction.record/1", "extraction.error/1" }));
    }

    [Test]
    public void Endless_standard_input_stops_at_the_size_limit()
    {
        var (run, elapsed) = Timed($"run - \"{Seed}\" -q", stdinFrom: "/dev/zero");
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        var lines = Lines(run.Stdout);
        Assert.That(lines[0].GetProperty("error").GetString(), Does.StartWith("binary data (NUL bytes)"));
        Assert.That(lines[1].GetProperty("schema").GetString(), Is.EqualTo("extraction.record/1"));
    }

    [Test]
    public void Standard_input_is_utf8_whatever_the_locale_and_its_byte_order_mark_is_dropped()
    {
        var input = Path.Combine(folder, "in.jsonl");
        File.WriteAllBytes(input, [0xEF, 0xBB, 0xBF, .. "{\"id\": \"é\", \"text\": \"Le Mali, été 2021.\"}\n"u8]);
        var run = CliRunner.Shell($"LC_ALL=C LANG=C dotnet \"{CliRunner.ExtractDll}\" run - -q < \"{input}\"");
        Assert.That(run.ExitCode, Is.Zero, run.Stdout + run.Stderr);
        var record = Lines(run.Stdout).Single();
        Assert.That(record.GetProperty("id").GetString(), Is.EqualTo("é"));
        Assert.That(record.GetProperty("countries")[0].GetProperty("text").GetString(), Is.EqualTo("Mali"));
    }

    [Test]
    public void An_output_that_is_a_folder_is_refused_before_the_run()
    {
        var output = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
        var (run, elapsed) = Timed($"run \"{Seed}\" -o \"{output}\"");
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("is a folder, not a file: name a file, such as"));
        Assert.That(Directory.GetFileSystemEntries(folder), Is.EqualTo(new[] { output }));
        Assert.That(Directory.GetFileSystemEntries(output), Is.Empty);
    }

    [Test]
    public void An_output_that_is_a_device_or_a_fifo_is_refused_and_left_alone()
    {
        // A link to /dev/null: were it replaced, the link would go, not the machine's /dev/null.
        var device = Path.Combine(folder, "null");
        File.CreateSymbolicLink(device, "/dev/null");
        var fifo = Path.Combine(folder, "fifo");
        Assert.That(CliRunner.Shell($"mkfifo \"{fifo}\"").ExitCode, Is.Zero);
        foreach (var (output, kind) in (ReadOnlySpan<(string, string)>)[(device, "a character device"), (fifo, "a named pipe (FIFO)")])
        {
            var (run, elapsed) = Timed($"run \"{Seed}\" -o \"{output}\"");
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
            Assert.That((run.ExitCode, run.Stderr), Is.EqualTo((2, $"extract: the output {output} is {kind}, not a file: name a file, or leave out -o and redirect standard output\n")));
        }
        Assert.That(new FileInfo(device).LinkTarget, Is.EqualTo("/dev/null"));
        Assert.That(File.Exists(device + ".partial") || File.Exists(fifo + ".partial"), Is.False);
    }

    [Test]
    public void The_document_size_limit_is_set_on_the_command_line()
    {
        var small = Path.Combine(folder, "small.txt");
        File.WriteAllText(small, "Le Mali.");
        var run = CliRunner.Run($"run \"{Seed}\" \"{small}\" -q --max-document-size 1KB");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        var lines = Lines(run.Stdout);
        Assert.That(lines[0].GetProperty("error").GetString(), Is.EqualTo(
            "cannot read file: the file is larger than the document size limit of 1,000 bytes; split it, or raise the limit with --max-document-size"));
        Assert.That(lines[1].GetProperty("schema").GetString(), Is.EqualTo("extraction.record/1"));

        var wrong = CliRunner.Run($"run \"{small}\" --max-document-size 64XB");
        Assert.That((wrong.ExitCode, wrong.Stderr), Is.EqualTo((2, "extract: --max-document-size expects a size such as 64MB, 500KB or 1000000; got \"64XB\"\n")));
    }
}
