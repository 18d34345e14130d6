namespace Extraction.Cli.Commands;

using System.Text;
using Newtonsoft.Json.Linq;

/// <summary>
/// Where records go. A file is written to "&lt;out&gt;.partial" and renamed into place only when the run
/// completes, so a crash never leaves a half-written output; --resume picks the partial file up again.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string? path;
    private readonly HashSet<string> written = new(StringComparer.Ordinal);
    private bool finished;

    private OutputFile(string? path, TextWriter writer)
    {
        this.path = path;
        Writer = writer;
    }

    public TextWriter Writer { get; }

    public Func<string, bool>? AlreadyWritten => written.Count == 0 ? null : written.Contains;

    public static OutputFile Stdout() =>
        new(null, new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false });

    public static OutputFile Open(string path, bool resume)
    {
        var partial = PartialPath(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (resume)
        {
            if (!File.Exists(partial) && File.Exists(path)) File.Copy(path, partial);
            if (File.Exists(partial)) TruncateToWholeLines(partial, ids);
        }
        else if (File.Exists(partial))
        {
            File.Delete(partial);
        }
        var stream = new FileStream(partial, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
        var file = new OutputFile(path, new StreamWriter(stream, new UTF8Encoding(false), 1 << 16));
        file.written.UnionWith(ids);
        return file;
    }

    public static string PartialPath(string path) => path + ".partial";

    /// <summary>Publishes the finished output: the partial file becomes the output in one rename.</summary>
    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        finished = true;
        if (path is not null) File.Move(PartialPath(path), path, overwrite: true);
    }

    /// <summary>Leaves the whole lines written so far in the partial file for --resume.</summary>
    public void KeepPartial()
    {
        Writer.Flush();
        Writer.Dispose();
        finished = true;
    }

    public void Dispose()
    {
        if (finished) return;
        Writer.Flush();
        Writer.Dispose();
    }

    /// <summary>Drops a torn last line and collects the ids of the lines that are whole.</summary>
    private static void TruncateToWholeLines(string partial, HashSet<string> ids)
    {
        long keep = 0;
        using (var stream = new FileStream(partial, FileMode.Open, FileAccess.Read))
        using (var reader = new StreamReader(stream, new UTF8Encoding(false)))
        {
            var all = reader.ReadToEnd();
            int lineStart = 0;
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i] != '\n') continue;
                var line = all.AsSpan(lineStart, i - lineStart);
                ids.Add((string)JObject.Parse(line.ToString())["id"]!);
                keep += Encoding.UTF8.GetByteCount(line) + 1;
                lineStart = i + 1;
            }
        }
        using var truncate = new FileStream(partial, FileMode.Open, FileAccess.Write);
        truncate.SetLength(keep);
    }
}
