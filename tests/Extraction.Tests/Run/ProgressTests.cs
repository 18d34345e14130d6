namespace Extraction.Tests.Run;

/// <summary>
/// The progress bar of `extract run`: drawn on standard error when it is a terminal, absent otherwise and with
/// --quiet. The terminal is a pseudo-terminal made by script(1), which util-linux installs everywhere.
/// </summary>
public class ProgressTests
{
    private string output = null!;

    [SetUp]
    public void Output() => output = Path.Combine(Path.GetTempPath(), $"extract-progress-{Guid.NewGuid():N}.jsonl");

    [TearDown]
    public void Remove() => File.Delete(output);

    private static CliRunner.Result InTerminal(string arguments) =>
        CliRunner.Shell($"script -qec 'dotnet \"{CliRunner.ExtractDll}\" {arguments}' /dev/null");

    [Test]
    public void A_terminal_shows_documents_megabytes_percentage_and_time_left()
    {
        var run = InTerminal($"run \"{TestRuns.PressFr}\" -j 1 -o \"{output}\"");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stdout);
        Assert.That(run.Stdout, Does.Match(@"[0-9,]+ documents, [0-9.]+ MB"));
        Assert.That(run.Stdout, Does.Match(@"[0-9]+%"));
        Assert.That(run.Stdout, Does.Match(@"[0-9]{2}:[0-9]{2}:[0-9]{2}"), "time left");
        Assert.That(run.Stdout, Does.Contain("extract: 430 documents, 0 errors"));
        Assert.That(File.ReadAllLines(output), Has.Length.EqualTo(430));
    }

    [Test]
    public void Quiet_draws_nothing_in_a_terminal()
    {
        var run = InTerminal($"run \"{TestRuns.PressFr}\" -q -o \"{output}\"");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stdout);
        Assert.That(run.Stdout, Does.Not.Contain("documents"));
        Assert.That(run.Stdout, Does.Not.Contain("%"));
    }

    [Test]
    public void Standard_error_that_is_not_a_terminal_gets_only_the_summary()
    {
        var run = CliRunner.Run($"run \"{TestRuns.PressFr}\" -o \"{output}\"");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(run.Stderr, Does.Match(@"^extract: 430 documents, 0 errors, [0-9.]+ MB in [0-9.]+ s\n$"));
    }
}
