namespace Extraction.Evaluation;

using Extraction.Ingest;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>The annotated documents of a gold folder, and every problem found while reading them.</summary>
public sealed record GoldSet(IReadOnlyList<AnnotatedDocument> Documents, IReadOnlyList<GoldIssue> Issues);

/// <summary>
/// Reads a folder of gold files (one SPEC §1 record per &lt;id&gt;.json) and validates each against the
/// document it annotates, found through its <c>source</c> field.
/// </summary>
public static class GoldLoader
{
    public static GoldSet Load(string folder, IReadOnlyList<Pipeline.MentionType>? types = null)
    {
        if (!Directory.Exists(folder))
            throw new IOException($"gold folder not found: {folder}");
        var documents = new List<AnnotatedDocument>();
        var issues = new List<GoldIssue>();
        var files = Directory.GetFiles(folder, "*.json");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
            if (LoadFile(file, issues, types) is { } document)
                documents.Add(document);
        return new GoldSet(documents, issues);
    }

    public static AnnotatedDocument? LoadFile(string file, List<GoldIssue> issues, IReadOnlyList<Pipeline.MentionType>? types = null)
    {
        var name = Path.GetFileName(file);
        JObject record;
        try
        {
            record = JObject.Parse(File.ReadAllText(file));
        }
        catch (JsonReaderException e)
        {
            issues.Add(new GoldIssue(name, "(file)", $"not valid JSON: {e.Message}"));
            return null;
        }

        var id = (string?)record["id"];
        if (id is not null && id != Path.GetFileNameWithoutExtension(file))
            issues.Add(new GoldIssue(name, "id", $"\"{id}\" differs from the file name"));

        string? text = null;
        if ((string?)record["source"] is { } source)
        {
            var path = ResolveSource(source, Path.GetDirectoryName(Path.GetFullPath(file))!);
            if (path is null)
                issues.Add(new GoldIssue(name, "source", $"\"{source}\" not found beside the gold folder or in any parent folder"));
            else
                text = path.EndsWith(".jsonl", StringComparison.Ordinal)
                    ? DataSetText(path, id ?? "", name, issues)
                    : ReadSource(path, name, issues);
        }
        RecordValidator.Validate(record, name, text, issues, types);
        return RecordReader.Read(record, text);
    }

    private static string? ReadSource(string path, string file, List<GoldIssue> issues)
    {
        try
        {
            return TextDecoder.Decode(File.ReadAllBytes(path), out _);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            issues.Add(new GoldIssue(file, "source", $"cannot read {path}: {e.Message}"));
            return null;
        }
    }

    // Data sets whose texts the project may not copy (press-fr is AFP text for internal test use) are
    // referenced by file and id; each file is read once per process.
    private static readonly Dictionary<string, Dictionary<string, string>> DataSets = new(StringComparer.Ordinal);

    private static string? DataSetText(string path, string id, string file, List<GoldIssue> issues)
    {
        Dictionary<string, string> texts;
        lock (DataSets)
        {
            if (!DataSets.TryGetValue(path, out texts!))
            {
                texts = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var line in File.ReadLines(path))
                    if (JObject.Parse(line) is { } entry && (string?)entry["id"] is { } key && (string?)entry["text"] is { } value)
                        texts[key] = value;
                DataSets[path] = texts;
            }
        }
        if (texts.TryGetValue(id, out var text)) return text;
        issues.Add(new GoldIssue(file, "id", $"\"{id}\" is not a document of {path}"));
        return null;
    }

    /// <summary>
    /// Finds a record's source file: as given when absolute, else relative to the gold folder or the first
    /// parent folder where it exists (gold files name sources relative to the repository root).
    /// </summary>
    public static string? ResolveSource(string source, string from)
    {
        if (Path.IsPathRooted(source)) return File.Exists(source) ? source : null;
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, source);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
