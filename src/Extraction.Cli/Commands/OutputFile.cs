namespace Extraction.Cli.Commands;

using System.Text;
using Extraction.Emit;
using Extraction.Run;

/// <summary>
/// Opens the JSON Lines output of a run. A file goes through <see cref="AtomicFile"/>; with --resume the
/// whole lines of an earlier interrupted run are kept, and the <see cref="ResumeLog"/> of them skips their
/// documents by position.
/// </summary>
internal static class OutputFile
{
    public static TextWriter Stdout() =>
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);

    public static TextWriter OpenJsonLines(AtomicFile file, bool resume, out ResumeLog? written)
    {
        written = null;
        if (resume)
        {
            file.CheckTarget();
            if (!File.Exists(file.PartialPath) && File.Exists(file.Path)) File.Copy(file.Path, file.PartialPath);
            if (File.Exists(file.PartialPath))
            {
                written = ResumeLog.Open(file.PartialPath);
                var append = new FileStream(file.PartialPath, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
                return new StreamWriter(append, new UTF8Encoding(false), 1 << 16);
            }
        }
        return new StreamWriter(file.OpenNew(), new UTF8Encoding(false), 1 << 16);
    }
}
