namespace Extraction.Pipeline;

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>pipeline.json as read: the stages in order with their settings, and the record lists to emit.</summary>
public sealed class PipelineConfig
{
    private PipelineConfig(string path, string text, IReadOnlyList<(string Name, JObject Settings)> stages, IReadOnlyList<string> lists)
    {
        Path = path;
        RawText = text;
        Stages = stages;
        Lists = lists;
    }

    public string Path { get; }
    public string RawText { get; }
    public string BaseDirectory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
    public IReadOnlyList<(string Name, JObject Settings)> Stages { get; }

    /// <summary>The mention lists every record carries, in this order, even when empty.</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>The stages that run before <paramref name="stage"/>, emitting no list: what a trainer runs to read the features that stage sees.</summary>
    public PipelineConfig Before(string stage) =>
        new(Path, RawText, Stages.TakeWhile(s => s.Name != stage).ToList(), []);

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
                lists.Add(item.Type == JTokenType.String ? (string)item! : throw new PipelineConfigException($"{path}: \"lists\" should hold strings, the list names the stages write"));
        }
        else if (root["lists"] is not null)
        {
            throw new PipelineConfigException($"{path}: \"lists\" should be an array of the list names the stages write");
        }

        foreach (var (key, _) in root)
            if (key is not ("stages" or "lists"))
                throw new PipelineConfigException($"{path}: unknown key \"{key}\"; expected \"stages\" and \"lists\" (a type's fields and columns are declared by its recogniser)");

        return new PipelineConfig(path, json, stages, lists);
    }
}
