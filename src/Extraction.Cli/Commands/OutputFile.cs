namespace Extraction.Cli.Commands;

using System.Text;
using Extraction.Emit;
using Newtonsoft.Json.Linq;

/// <summary>
/// Opens the JSON Lines output of a run. A file goes through <see cref="AtomicFile"/>; with --resume the
/// whole lines of an earlier interrupted run are kept and their documents skipped.
/// </summary>
internal static class OutputFile
{
    public static TextWriter Stdout() =>
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);

    public static TextWriter OpenJsonLines(AtomicFile file, bool resume, HashSet<string> alreadyWritten)
    {
        if (resume)
        {
            if (!File.Exists(file.PartialPath) && File.Exists(file.Path)) File.Copy(file.Path, file.PartialPath);
            if (File.Exists(file.PartialPath))
            {
                TruncateToWholeLines(file.PartialPath, alreadyWritten);
                var append = new FileStream(file.PartialPath, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
                return new StreamWriter(append, new UTF8Encoding(false), 1 << 16);
            }
        }
        return new StreamWriter(file.OpenNew(), new UTF8Encoding(false), 1 << 16);
    }

    /// <summary>Drops a torn last line and collects the ids of the lines that are whole.</summary>
    private static void TruncateToWholeLines(string partial, HashSet<string> ids)
    {
        long keep = 0;
        using (var reader = new StreamReader(partial, new UTF8Encoding(false)))
        {
            string? line;
            while ((line = ReadWholeLine(reader)) is not null)
            {
                ids.Add((string)JObject.Parse(line)["id"]!);
                keep += Encoding.UTF8.GetByteCount(line) + 1;
            }
        }
        using var truncate = new FileStream(partial, FileMode.Open, FileAccess.Write);
        truncate.SetLength(keep);
    }

    /// <summary>A line that ends with '\n'; a last line without one was torn by the interruption.</summary>
    private static string? ReadWholeLine(StreamReader reader)
    {
        var sb = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n') return sb.ToString();
            sb.Append((char)c);
        }
        return null;
    }
}
