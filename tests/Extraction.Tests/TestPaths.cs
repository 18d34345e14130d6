namespace Extraction.Tests;

/// <summary>Locates the repository and the shared data beside it, whatever folder the tests run from.</summary>
public static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");
    public static string Seeds => Path.Combine(Root, "corpus", "seeds");
    public static string Config => Path.Combine(Root, "pipeline.json");
    /// <summary>shared/data beside the repository (CI), or beside a folder above it (a worktree under wt/).</summary>
    public static string SharedData { get; } = FindSharedData();

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindSharedData()
    {
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        throw new InvalidOperationException("Extraction.sln not found above " + AppContext.BaseDirectory);
    }
}
