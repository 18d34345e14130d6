namespace Extraction.Bench;

using System.Diagnostics;
using System.Runtime.InteropServices;

/// <summary>
/// Times `extract run` as users meet it: a fresh process each time, runtime start-up, model loading and JIT
/// compilation included, writing its records to a file. The one-job setting is pinned to one core with
/// taskset where there is one, so the runtime sees a one-core machine, as it would on a one-core server.
/// </summary>
public static class ColdRun
{
    /// <summary>A run's wall time, and the processor time its process used (null where the system does not tell).</summary>
    public sealed record Result(int Jobs, bool Pinned, double Seconds, double? CpuSeconds, long Bytes)
    {
        public double MegabytesPerSecond => Bytes / 1e6 / Seconds;
    }

    /// <summary>The command line of a run, as (program, arguments): this program itself, through the dotnet host when that is how it was started.</summary>
    public static (string Program, List<string> Arguments) Command(string corpus, string config, string output, int jobs, bool pin)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which program this is");
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") arguments.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
        arguments.AddRange(["run", corpus, "--config", config, "--jobs", jobs.ToString(), "--quiet", "-o", output]);
        if (!pin) return (self, arguments);
        return ("taskset", ["-c", "0", self, .. arguments]);
    }

    public static bool CanPin => OperatingSystem.IsLinux()
        && (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "taskset")));

    public static Result Run(string corpus, string config, int jobs, bool pin)
    {
        var output = Path.Combine(Path.GetTempPath(), $"extraction-cold-{Environment.ProcessId}.jsonl");
        var (program, arguments) = Command(corpus, config, output, jobs, pin);
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardError = true, UseShellExecute = false };
        var cpuBefore = ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using (var process = Process.Start(start)!)
        {
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            clock.Stop();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"`{program} {string.Join(' ', arguments)}` exited with {process.ExitCode}: {errors.Trim()}");
        }
        File.Delete(output);
        return new Result(jobs, pin, clock.Elapsed.TotalSeconds, ChildrenCpuSeconds() - cpuBefore, new FileInfo(corpus).Length);
    }

    // On a machine shared with other work the wall time of a run depends on the load; the processor time the
    // child used does much less, so the two together tell what a quiet machine would show.
    private static double? ChildrenCpuSeconds()
    {
        if (!OperatingSystem.IsLinux() || getrusage(RusageChildren, out var usage) != 0) return null;
        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    private const int RusageChildren = -1;

    // struct rusage on 64-bit Linux: two timevals, then fourteen counters this does not read.
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);
}
