namespace Extraction.Ingest;

/// <summary>
/// Expands the command line's inputs (files, folders read recursively in sorted order, or "-" for JSON Lines
/// on standard input) into one <see cref="IngestItem"/> per document, in a stable order. Files are read when
/// their item's document is first asked for, never more than the document size limit of them.
/// </summary>
public static class InputReader
{
    public static IEnumerable<IngestItem> Read(IEnumerable<string> inputs, IngestOptions? options = null, Stream? standardInput = null)
    {
        options ??= IngestOptions.Default;
        foreach (var input in inputs)
        {
            if (input.Length == 0)
            {
                yield return IngestItem.Failed("", "", "empty input path: name a file, a folder, or - for JSON Lines on standard input");
            }
            else if (input == "-")
            {
                foreach (var item in JsonLinesReader.Read(standardInput ?? Console.OpenStandardInput(), "-", options))
                    yield return item;
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in FilesUnder(input).Where(IsDocumentFile))
                    foreach (var item in ReadFile(file, options, inFolder: true))
                        yield return item;
            }
            else
            {
                foreach (var item in ReadFile(input, options))
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

    /// <summary>
    /// The items of one file. A file met in a folder must be a regular file: a device or a FIFO there is
    /// skipped with an error line (reading /dev/zero never ends, opening a FIFO without a writer never returns);
    /// a file named on the command line is read whatever it is, up to the size limit.
    /// </summary>
    public static IEnumerable<IngestItem> ReadFile(string path, IngestOptions? options = null, bool inFolder = false)
    {
        options ??= IngestOptions.Default;
        // ".txt" alone names no document, and a record's id is never empty.
        var id = Path.GetFileNameWithoutExtension(path) is { Length: > 0 } stem ? stem : Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (inFolder && FileKind.Of(path) is not (FileKind.Kind.Regular or FileKind.Kind.Directory or FileKind.Kind.Missing) and var kind)
            return [IngestItem.Failed(id, path, $"{FileKind.Describe(kind)}, not a regular file: skipped")];
        if (extension is ".jsonl" or ".ndjson")
        {
            FileStream stream;
            try
            {
                stream = File.OpenRead(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return [IngestItem.Failed(id, path, $"cannot read file: {e.Message}")];
            }
            return ReadJsonLines(stream, path, options);
        }
        return [IngestItem.Deferred(id, path, () => ReadSingle(path, id, extension, options))];
    }

    private static IEnumerable<IngestItem> ReadJsonLines(FileStream stream, string path, IngestOptions options)
    {
        using (stream)
            foreach (var item in JsonLinesReader.Read(stream, path, options))
                yield return item;
    }

    private static IngestItem ReadSingle(string path, string id, string extension, IngestOptions options)
    {
        string text;
        string? warning;
        try
        {
            if (Directory.Exists(path))
                return IngestItem.Failed(id, path, "folder could not be listed (permission denied)");
            using var stream = File.OpenRead(path);
            text = TextDecoder.Read(stream, options.MaxDocumentBytes, () => options.TooLarge("the file"), out warning);
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
        catch (Exception e)
        {
            return IngestItem.Failed(id, path, $"cannot parse {(extension is ".html" or ".htm" ? "HTML" : "text")}: {e.Message}");
        }
        if (warning is not null) document.Warnings.Add(warning);
        document.DocumentDate ??= options.DefaultDocumentDate;
        return IngestItem.Ok(document);
    }
}
