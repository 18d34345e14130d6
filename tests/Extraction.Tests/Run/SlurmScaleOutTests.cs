namespace Extraction.Tests.Run;

using System.Text.Json;
using static Extraction.Tests.Run.ScaleOut;

/// <summary>Submits the README's Slurm array job to a real controller and node started on this machine by
/// contrib/slurm/local-cluster.sh, and stops them afterwards.</summary>
[Category("Long")]
public class SlurmScaleOutTests
{
    private static readonly string Cluster = Path.Combine(TestPaths.Root, "contrib", "slurm", "local-cluster.sh");
    internal static readonly string JobScript = Path.Combine(TestPaths.Root, "contrib", "slurm", "extract-array.sbatch");
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"extraction-slurm-{Guid.NewGuid():N}");
    private string slurmConf = null!;

    [OneTimeSetUp]
    public void StartCluster()
    {
        Require("munged", "munge");
        foreach (var program in new[] { "slurmctld", "slurmd", "sbatch" })
            Require(program, "slurm-wlm");
        Directory.CreateDirectory(folder);
        var start = CliRunner.Shell($"\"{Cluster}\" start \"{folder}/cluster\"", timeout: TimeSpan.FromMinutes(2));
        Assert.That(start.ExitCode, Is.EqualTo(0), start.Stderr + Logs("cluster/log"));
        slurmConf = start.Stdout.Trim();
    }

    [OneTimeTearDown]
    public void StopCluster()
    {
        if (!Directory.Exists(folder)) return;
        var stop = CliRunner.Shell($"\"{Cluster}\" stop \"{folder}/cluster\"", timeout: TimeSpan.FromMinutes(2));
        Assert.That(stop.ExitCode, Is.EqualTo(0), stop.Stderr);
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Array_job_of_four_shards_holds_the_records_of_one_unsharded_run_once_each()
    {
        var input = TestRuns.PressFr;
        var single = CliRunner.Run($"run \"{input}\" -q");
        Assert.That(single.ExitCode, Is.EqualTo(0), single.Stderr);

        var jobs = Directory.CreateDirectory(Path.Combine(folder, "job")).FullName;
        var bin = ExtractCommand(folder);
        var submit = CliRunner.Shell(
            $"PATH=\"{bin}:$PATH\" SLURM_CONF=\"{slurmConf}\" sbatch --wait \"{JobScript}\" \"{input}\" \"{TestPaths.Config}\"",
            workingDirectory: jobs, timeout: TimeSpan.FromMinutes(5));
        Assert.That(submit.ExitCode, Is.EqualTo(0), submit.Stdout + submit.Stderr + Logs("job") + Logs("cluster/log"));

        var shards = Enumerable.Range(1, 4).Select(task => File.ReadAllText(Path.Combine(jobs, $"records-{task}.jsonl"))).ToArray();
        Assert.That(shards, Has.All.Not.Empty, "every task got documents");
        var records = SortedLines(string.Concat(shards));
        Assert.That(records, Is.EqualTo(SortedLines(single.Stdout)));
        var ids = records.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.Length.EqualTo(430));
    }

    private string Logs(string under)
    {
        var logs = Path.Combine(folder, under);
        return Directory.Exists(logs)
            ? string.Concat(Directory.GetFiles(logs, "*.log").Order().Select(log => $"\n--- {log}\n{File.ReadAllText(log)}"))
            : "";
    }
}
