namespace Extraction.Pipeline;

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>pipeline.json as read: the stages in order with their settings, and the record lists to emit.</summary>
public sealed class PipelineConfig
{
    private PipelineConfig(string path, string text, IReadOnlyList<(string Name, JObject Settings)> stages, IReadOnlyList<string> lists, IReadOnlyList<(string Name, ColumnType Type)> columns)
    {
        Path = path;
        RawText = text;
        Stages = stages;
        Lists = lists;
        Columns = columns;
    }

    public string Path { get; }
    public string RawText { get; }
    public string BaseDirectory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
    public IReadOnlyList<(string Name, JObject Settings)> Stages { get; }

    /// <summary>The mention lists every record carries, in this order, even when empty.</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>The mention fields that tabular outputs (CSV, Parquet) give a column of their own, with the column's type.</summary>
    public IReadOnlyList<(string Name, ColumnType Type)> Columns { get; }

    public static PipelineConfig Load(string path)
    {
        if (!File.Exists(path))
            throw new PipelineConfigException($"pipeline configuration \"{path}\" not found; pass --config with the path of a pipeline.json");
        return Parse(File.ReadAllText(path), path);
    }

    public static PipelineConfig Parse(string json, string path)
    {
        JObject root;
        try
        {
            root = JObject.Parse(json);
        }
        catch (JsonReaderException e)
        {
            throw new PipelineConfigException($"{path}: not valid JSON at line {e.LineNumber}, position {e.LinePosition}: {e.Message}. Expected an object with a \"stages\" array");
        }

        if (root["stages"] is not JArray stageArray || stageArray.Count == 0)
            throw new PipelineConfigException($"{path}: expected a non-empty \"stages\" array of objects like {{\"name\": \"tokenize\"}}");

        var stages = new List<(string, JObject)>();
        for (int i = 0; i < stageArray.Count; i++)
        {
            if (stageArray[i] is not JObject stage || stage["name"] is not JValue { Type: JTokenType.String } name)
                throw new PipelineConfigException($"{path}: stages[{i}] should be an object with a string \"name\"");
            var settings = stage["settings"] switch
            {
                null => new JObject(),
                JObject o => o,
                _ => throw new PipelineConfigException($"{path}: stages[{i}] (\"{name}\"): \"settings\" should be an object"),
            };
            stages.Add(((string)name!, settings));
        }

        var lists = new List<string>();
        if (root["lists"] is JArray listArray)
        {
            foreach (var item in listArray)
                lists.Add(item.Type == JTokenType.String ? (string)item! : throw new PipelineConfigException($"{path}: \"lists\" should hold strings such as \"dates\""));
        }
        else if (root["lists"] is not null)
        {
            throw new PipelineConfigException($"{path}: \"lists\" should be an array of list names such as [\"dates\", \"counts\"]");
        }

        var columns = new List<(string, ColumnType)>();
        if (root["columns"] is JObject columnObject)
        {
            foreach (var (name, type) in columnObject)
            {
                columns.Add((name, (string?)type switch
                {
                    "string" => ColumnType.String,
                    "integer" => ColumnType.Integer,
                    "number" => ColumnType.Number,
                    _ => throw new PipelineConfigException($"{path}: column \"{name}\" should have the type \"string\", \"integer\" or \"number\""),
                }));
            }
        }
        else if (root["columns"] is not null)
        {
            throw new PipelineConfigException($"{path}: \"columns\" should be an object mapping field names to \"string\", \"integer\" or \"number\"");
        }

        return new PipelineConfig(path, json, stages, lists, columns);
    }
}

public enum ColumnType
{
    String,
    Integer,
    Number,
}
