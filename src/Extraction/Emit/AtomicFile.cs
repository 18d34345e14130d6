namespace Extraction.Emit;

using Extraction.Ingest;

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
        CheckTarget();
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        return new FileStream(PartialPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
    }

    public void Commit() => File.Move(PartialPath, Path, overwrite: true);

    /// <summary>
    /// Refuses, before anything is written, an output that names a folder or a special file: the rename at the
    /// end would fail after the whole run, or replace a device such as /dev/null with a plain file.
    /// </summary>
    /// <exception cref="IOException">The output or its partial file exists and is not a regular file.</exception>
    public void CheckTarget()
    {
        foreach (var target in (ReadOnlySpan<string>)[Path, PartialPath])
        {
            var kind = FileKind.Of(target);
            if (kind is FileKind.Kind.Regular or FileKind.Kind.Missing) continue;
            throw new IOException(kind == FileKind.Kind.Directory
                ? $"the output {target} is a folder, not a file: name a file, such as {System.IO.Path.Combine(target, "records.jsonl")}"
                : $"the output {target} is {FileKind.Describe(kind)}, not a file: name a file, or leave out -o and redirect standard output");
        }
    }
}
