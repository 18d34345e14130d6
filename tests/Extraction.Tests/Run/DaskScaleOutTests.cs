namespace Extraction.Tests.Run;

using static Extraction.Tests.Run.ScaleOut;

/// <summary>Runs contrib/dask/extract_dask.py as the README shows it: a LocalCluster of two worker processes
/// over TCP on 127.0.0.1, which the module stops when it ends.</summary>
[Category("Long")]
public class DaskScaleOutTests
{
    // Debian's Dask is importable only by Debian's interpreter; the python3 first on PATH may be another.
    private const string Python = "/usr/bin/python3";
    private static readonly string Module = Path.Combine(TestPaths.Root, "contrib", "dask", "extract_dask.py");
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"extraction-dask-{Guid.NewGuid():N}");

    [OneTimeSetUp]
    public void RequireDask()
    {
        var import = CliRunner.Shell($"{Python} -c 'import dask.bag, distributed'");
        if (import.ExitCode != 0)
            Assert.Fail($"Dask is not importable by {Python}: install Debian's python3-distributed (.ci/run does when it is missing)\n{import.Stderr}");
    }

    [OneTimeTearDown]
    public void RemoveFolder()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Records_gathered_from_two_workers_equal_one_local_run_in_input_order()
    {
        var input = TestRuns.PressFr;
        var single = CliRunner.Run("run - -q", File.ReadAllText(input));
        Assert.That(single.ExitCode, Is.EqualTo(0), single.Stderr);

        // A block size well under press-fr's 1.8 MB splits it as a large corpus would be split.
        var bin = ExtractCommand(folder);
        var dask = CliRunner.Shell(
            $"PATH=\"{bin}:$PATH\" {Python} \"{Module}\" \"{input}\" --config \"{TestPaths.Config}\" --workers 2 --blocksize 400kB",
            timeout: TimeSpan.FromMinutes(5));
        Assert.That(dask.ExitCode, Is.EqualTo(0), dask.Stderr);
        Assert.That(dask.Stderr, Does.Match(@"dask: [4-9] partitions on 2 workers of tcp://127\.0\.0\.1:[0-9]+"));
        var records = dask.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = single.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(records, Has.Length.EqualTo(430));
        Assert.That(records.Select(WithoutSource), Is.EqualTo(expected.Select(WithoutSource)));
    }
}
