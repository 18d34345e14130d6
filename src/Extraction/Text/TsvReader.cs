namespace Extraction.Text;

/// <summary>One row of a tab-separated file, with the file and line an error about it should name.</summary>
public sealed record TsvRow(string Source, int Line, string Text, string[] Fields)
{
    public string this[int column] => Fields[column];

    public int Count => Fields.Length;

    /// <summary>"path:12: expected …; got "…"", so a hand-edited file's mistake is found without a debugger.</summary>
    public FormatException Error(string expected) => new($"{Source}:{Line}: expected {expected}; got \"{Text}\"");
}

/// <summary>
/// The one reader of the tab-separated files (gazetteers, hand-written lists, training sentences, case tables):
/// blank lines and lines starting with '#' are comments, a header line is skipped where the file has one, and a
/// row with another number of fields than the file declares is an error naming its line.
/// </summary>
public static class TsvReader
{
    public static IEnumerable<TsvRow> Read(string path, int columns = 0, string? header = null) =>
        Parse(File.ReadLines(path), path, columns, header);

    public static IEnumerable<TsvRow> Parse(IEnumerable<string> lines, string source, int columns = 0, string? header = null)
    {
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line == header) continue;
            var row = new TsvRow(source, number, line, line.Split('\t'));
            if (columns > 0 && row.Count != columns) throw row.Error($"{columns} tab-separated fields");
            yield return row;
        }
    }
}
