namespace Extraction.Emit;

/// <summary>
/// A file written as "&lt;path&gt;.partial" and renamed into place by <see cref="Commit"/>, so readers never see
/// a half-written output; a crash or an interruption leaves only the partial file.
/// </summary>
public sealed class AtomicFile(string path)
{
    public string Path { get; } = path;
    public string PartialPath => Path + ".partial";

    public FileStream OpenNew()
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        return new FileStream(PartialPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
    }

    public void Commit() => File.Move(PartialPath, Path, overwrite: true);
}
