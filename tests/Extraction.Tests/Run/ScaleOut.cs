namespace Extraction.Tests.Run;

using System.Text.RegularExpressions;

/// <summary>What the scale-out tests share: the programs they need, the `extract` command the README's
/// recipes call, and the comparison of their records with one local run.</summary>
internal static class ScaleOut
{
    /// <summary>Tests never install anything: .ci/run does, so a missing engine is a failure, not a skip.</summary>
    public static void Require(string program, string package)
    {
        if (!CliRunner.OnPath(program))
            Assert.Fail($"{program} is not on PATH: install Debian's {package} (.ci/run does when it is missing)");
    }

    /// <summary>Writes an `extract` command running the built program into <paramref name="folder"/>/bin, so
    /// that a recipe runs as the README shows it; returns that bin folder.</summary>
    public static string ExtractCommand(string folder)
    {
        var bin = Directory.CreateDirectory(Path.Combine(folder, "bin")).FullName;
        var path = Path.Combine(bin, "extract");
        File.WriteAllText(path, $"#!/bin/sh\nexec dotnet \"{CliRunner.ExtractDll}\" \"$@\"\n");
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("Slurm and this Dask recipe run on Unix");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    public static string[] SortedLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();

    /// <summary>A chunk piped through `extract run -` numbers its own lines, so the source's line suffix
    /// differs from one run over the whole input; the rest of the record must not.</summary>
    public static string WithoutSource(string line) =>
        Regex.Replace(line, "\"source\":\"-:[0-9]+\"", "\"source\":\"-\"", RegexOptions.NonBacktracking);
}
