namespace Extraction.Ingest;

using System.Text;

/// <summary>
/// Expands the command line's inputs (files, folders read recursively in sorted order, or "-" for JSON Lines
/// on standard input) into one <see cref="IngestItem"/> per document, in a stable order.
/// </summary>
public static class InputReader
{
    public static IEnumerable<IngestItem> Read(IEnumerable<string> inputs, TextReader? standardInput = null)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var item in JsonLinesReader.Read(standardInput ?? Console.In, "-"))
                    yield return item;
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in FilesUnder(input).Where(IsDocumentFile))
                    foreach (var item in ReadFile(file))
                        yield return item;
            }
            else
            {
                foreach (var item in ReadFile(input))
                    yield return item;
            }
        }
    }

    /// <summary>
    /// Which files a folder contributes: text, HTML and JSON Lines by their extension, and files without one.
    /// Annotations (.json), training data and notes beside the documents are not documents. A file named on
    /// the command line is always read, whatever its name.
    /// </summary>
    public static bool IsDocumentFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is "" or ".txt" or ".text" or ".html" or ".htm" or ".xhtml" or ".jsonl" or ".ndjson";

    /// <summary>Files below a folder in ordinal order; a folder reached twice through links is read once.</summary>
    public static IEnumerable<string> FilesUnder(string folder)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            var real = new DirectoryInfo(dir).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(dir);
            if (!visited.Add(real)) continue;

            string[] files, dirs;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                files = [dir];
                dirs = [];
            }
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files) yield return file;
            Array.Sort(dirs, StringComparer.Ordinal);
            for (int i = dirs.Length - 1; i >= 0; i--) pending.Push(dirs[i]);
        }
    }

    public static IEnumerable<IngestItem> ReadFile(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".jsonl" or ".ndjson")
        {
            StreamReader reader;
            try
            {
                reader = new StreamReader(path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return [IngestItem.Failed(id, path, $"cannot read file: {e.Message}")];
            }
            return ReadJsonLines(reader, path);
        }
        return [ReadSingle(path, id, extension)];
    }

    private static IEnumerable<IngestItem> ReadJsonLines(StreamReader reader, string path)
    {
        using (reader)
            foreach (var item in JsonLinesReader.Read(reader, path))
                yield return item;
    }

    private static IngestItem ReadSingle(string path, string id, string extension)
    {
        string text;
        string? warning;
        try
        {
            if (Directory.Exists(path))
                return IngestItem.Failed(id, path, "folder could not be listed (permission denied)");
            text = TextDecoder.Decode(File.ReadAllBytes(path), out warning);
        }
        catch (FileNotFoundException)
        {
            return IngestItem.Failed(id, path, "no such file or folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return IngestItem.Failed(id, path, $"cannot read file: {e.Message}");
        }

        Core.Document document;
        try
        {
            document = extension is ".html" or ".htm"
                ? HtmlArticleReader.Read(id, path, text)
                : PlainTextReader.Read(id, path, text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return IngestItem.Failed(id, path, $"cannot parse {(extension is ".html" or ".htm" ? "HTML" : "text")}: {e.Message}");
        }
        if (warning is not null) document.Warnings.Add(warning);
        return IngestItem.Ok(document);
    }
}
