namespace Extraction.Tests.Run;

public class ScaleOutTests
{
    /// <summary>Installs GNU parallel from Debian's packages when it is missing, as the issue asks of the test script.</summary>
    private static void RequireParallel()
    {
        if (CliRunner.OnPath("parallel")) return;
        var install = CliRunner.Shell("command -v apt-get >/dev/null && (apt-get install -y -qq parallel || (apt-get update -qq && apt-get install -y -qq parallel))");
        if (!CliRunner.OnPath("parallel"))
            Assert.Fail($"GNU parallel is missing and could not be installed: {install.Stderr}");
    }

    private static string[] SortedLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Four_shards_under_gnu_parallel_equal_one_unsharded_run()
    {
        RequireParallel();
        var input = TestRuns.PressFr;
        var single = CliRunner.Run($"run \"{input}\" -q");
        var sharded = CliRunner.Shell($"parallel --will-cite -j4 dotnet \"{CliRunner.ExtractDll}\" run \"{input}\" -q --shard {{}}/4 ::: 1 2 3 4");
        Assert.That(single.ExitCode, Is.EqualTo(0), single.Stderr);
        Assert.That(sharded.ExitCode, Is.EqualTo(0), sharded.Stderr);
        Assert.That(SortedLines(sharded.Stdout), Is.EqualTo(SortedLines(single.Stdout)));
        Assert.That(SortedLines(single.Stdout), Has.Length.EqualTo(430));
    }

    [Test]
    public void Filter_mode_under_parallel_pipe_equals_one_run()
    {
        RequireParallel();
        var input = TestRuns.PressFr;
        var single = CliRunner.Run("run - -q", File.ReadAllText(input));
        var piped = CliRunner.Shell($"parallel --will-cite --pipe -N 100 -j2 dotnet \"{CliRunner.ExtractDll}\" run - -q < \"{input}\"");
        Assert.That(piped.ExitCode, Is.EqualTo(0), piped.Stderr);
        Assert.That(SortedLines(piped.Stdout).Select(WithoutSource), Is.EqualTo(SortedLines(single.Stdout).Select(WithoutSource)));
    }

    // Under --pipe each chunk numbers its own lines, so the source's line suffix differs; the rest must not.
    private static string WithoutSource(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "\"source\":\"-:[0-9]+\"", "\"source\":\"-\"", System.Text.RegularExpressions.RegexOptions.NonBacktracking);
}
