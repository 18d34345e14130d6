namespace Extraction.Tests;

using System.Diagnostics;

/// <summary>Runs the built `extract` program as a user would, for end-to-end tests of the command line.</summary>
public static class CliRunner
{
    public static string ExtractDll => Path.Combine(AppContext.BaseDirectory, "extract.dll");

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string arguments, string? stdin = null, string? workingDirectory = null) =>
        Shell($"dotnet \"{ExtractDll}\" {arguments}", stdin, workingDirectory);

    /// <summary>Runs a bash command line, so pipes and GNU parallel work as in the README's recipes. Past
    /// <paramref name="timeout"/> the command and everything it started are killed, so that a stuck engine
    /// fails its test instead of hanging the run; the exit code is then -1.</summary>
    public static Result Shell(string commandLine, string? stdin = null, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("bash", ["-c", commandLine])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? TestPaths.Root,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? Timeout.InfiniteTimeSpan))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Result(-1, stdout.Result, $"killed after {timeout}: {commandLine}\n{stderr.Result}");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));
}
