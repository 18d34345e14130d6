namespace Extraction.Pipeline;

using Newtonsoft.Json.Linq;

/// <summary>What a stage factory gets from pipeline.json: its own settings and where to find model files.</summary>
public sealed class StageContext(string stageName, JObject settings, string baseDirectory)
{
    public string StageName { get; } = stageName;
    public JObject Settings { get; } = settings;

    /// <summary>The folder pipeline.json lives in; model paths are relative to it.</summary>
    public string BaseDirectory { get; } = baseDirectory;

    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));

    public string RequireModel(string setting = "model")
    {
        var relative = GetString(setting)
            ?? throw new PipelineConfigException($"stage \"{StageName}\" needs a \"{setting}\" setting: the path of its model file, relative to pipeline.json");
        var full = ResolvePath(relative);
        if (!File.Exists(full))
            throw new PipelineConfigException($"stage \"{StageName}\": model file \"{relative}\" not found at {full}; rebuild the models with `extract train all`");
        return full;
    }

    public string? GetString(string key) =>
        Settings.TryGetValue(key, out var token) ? token.Type == JTokenType.String ? (string?)token : throw Expected(key, "a string") : null;

    private PipelineConfigException Expected(string key, string what) =>
        new($"stage \"{StageName}\": setting \"{key}\" should be {what}");
}
