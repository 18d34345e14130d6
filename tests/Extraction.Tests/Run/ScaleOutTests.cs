namespace Extraction.Tests.Run;

using static Extraction.Tests.Run.ScaleOut;

[Category("Long")]
public class ScaleOutTests
{
    [OneTimeSetUp]
    public void RequireParallel() => Require("parallel", "parallel");

    [Test]
    public void Four_shards_under_gnu_parallel_equal_one_unsharded_run()
    {
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
        var input = TestRuns.PressFr;
        var single = CliRunner.Run("run - -q", File.ReadAllText(input));
        var piped = CliRunner.Shell($"parallel --will-cite --pipe -N 100 -j2 dotnet \"{CliRunner.ExtractDll}\" run - -q < \"{input}\"");
        Assert.That(piped.ExitCode, Is.EqualTo(0), piped.Stderr);
        Assert.That(SortedLines(piped.Stdout).Select(WithoutSource), Is.EqualTo(SortedLines(single.Stdout).Select(WithoutSource)));
    }
}
