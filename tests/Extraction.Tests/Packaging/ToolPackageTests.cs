namespace Extraction.Tests.Packaging;

/// <summary>
/// The .NET tool as a user gets it: packed, installed into a tool path of its own, and run from a folder that
/// holds nothing but the inputs, so the pipeline and models can only come from the package.
/// </summary>
[Category("Long")]
public class ToolPackageTests
{
    private DirectoryInfo temp = null!;

    [SetUp]
    public void CreateFolder() => temp = Directory.CreateTempSubdirectory("extract-tool-");

    [TearDown]
    public void RemoveFolder() => temp.Delete(recursive: true);

    [Test]
    public void Packed_tool_installs_and_runs_the_seeds_from_an_empty_folder()
    {
        var feed = Directory.CreateDirectory(Path.Combine(temp.FullName, "feed")).FullName;
        var tools = Path.Combine(temp.FullName, "tools");
        var work = Directory.CreateDirectory(Path.Combine(temp.FullName, "work")).FullName;

        var pack = CliRunner.Shell($"dotnet pack src/Extraction.Cli -c Release -o \"{feed}\"");
        Assert.That(pack.ExitCode, Is.EqualTo(0), pack.Stdout + pack.Stderr);

        // Only the fresh package is a source, and a package cache of its own keeps an earlier 0.1.0 out.
        var config = Path.Combine(temp.FullName, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /><add key="feed" value="{feed}" /></packageSources>
            </configuration>
            """);
        var install = CliRunner.Shell(
            $"NUGET_PACKAGES=\"{temp.FullName}/packages\" dotnet tool install extract --configfile \"{config}\" --tool-path \"{tools}\"");
        Assert.That(install.ExitCode, Is.EqualTo(0), install.Stdout + install.Stderr);

        // The same relative input path as in the repository, so the records' source fields agree too.
        var seeds = Directory.CreateDirectory(Path.Combine(work, "corpus", "seeds")).FullName;
        foreach (var file in Directory.GetFiles(TestPaths.Seeds))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        var installed = CliRunner.Shell($"\"{tools}/extract\" run corpus/seeds -o seeds.jsonl -q", workingDirectory: work);
        Assert.That(installed.ExitCode, Is.EqualTo(0), installed.Stderr);

        var repository = CliRunner.Run("run corpus/seeds -q");
        Assert.That(repository.ExitCode, Is.EqualTo(0), repository.Stderr);
        var records = File.ReadAllText(Path.Combine(work, "seeds.jsonl"));
        Assert.That(records.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(5));
        Assert.That(records, Is.EqualTo(repository.Stdout), "the installed tool gives the repository's records, provenance included");
    }
}
