namespace Extraction.Tests.Pipeline;

/// <summary>
/// The core knows no feature (issue 16, Markdig's shape): what a type is lives in its recogniser folder, and
/// the folders that read, run, write, score and draw documents reach it only through the registrations.
/// </summary>
public class LayeringTests
{
    private static readonly string[] CoreFolders =
    [
        "src/Extraction/Core", "src/Extraction/Pipeline", "src/Extraction/Emit", "src/Extraction/Run", "src/Extraction/Ingest",
        "src/Extraction.Tools/Evaluation", "src/Extraction.Tools/Display",
    ];

    [Test]
    public void No_core_folder_refers_to_a_recogniser()
    {
        var offenders = CoreFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => File.ReadAllText(file).Contains("Recognizers", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(TestPaths.Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void No_core_folder_names_a_type()
    {
        var names = StandardPipeline.Types.Select(t => "\"" + t.Name + "\"").ToList();
        var offenders = CoreFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => names.Where(File.ReadAllText(file).Contains).Select(name => Path.GetRelativePath(TestPaths.Root, file).Replace('\\', '/') + " " + name))
            .Order(StringComparer.Ordinal);
        Assert.That(names, Has.Count.EqualTo(7));
        Assert.That(offenders, Is.Empty);
    }
}
