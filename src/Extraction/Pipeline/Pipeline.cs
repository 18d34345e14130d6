namespace Extraction.Pipeline;

using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Extraction.Core;

/// <summary>An immutable, thread-safe sequence of stages built from a configuration.</summary>
public sealed class Pipeline
{
    internal Pipeline(IReadOnlyList<IStage> stages, PipelineConfig config)
    {
        Stages = stages;
        Lists = config.Lists;
        Columns = config.Columns;
        ConfigHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(config.RawText)))[..16];
        ModelVersions = stages.OfType<IModelStage>().ToDictionary(s => s.Name, s => s.ModelVersion);
    }

    public IReadOnlyList<IStage> Stages { get; }
    public IReadOnlyList<string> Lists { get; }
    public IReadOnlyList<(string Name, ColumnType Type)> Columns { get; }
    public string ConfigHash { get; }
    public IReadOnlyDictionary<string, string> ModelVersions { get; }

    public void Process(Document document, StageTimer? timer = null)
    {
        foreach (var list in Lists)
            document.MentionsOf(list);
        for (int i = 0; i < Stages.Count; i++)
        {
            long started = timer is null ? 0 : Stopwatch.GetTimestamp();
            Stages[i].Process(document);
            timer?.Add(i, Stopwatch.GetElapsedTime(started));
        }
    }
}

/// <summary>Time spent per stage, summed over documents; safe to share between workers.</summary>
public sealed class StageTimer(int stageCount)
{
    private readonly long[] ticks = new long[stageCount];

    public void Add(int stage, TimeSpan elapsed) => Interlocked.Add(ref ticks[stage], elapsed.Ticks);

    public TimeSpan this[int stage] => TimeSpan.FromTicks(Volatile.Read(ref ticks[stage]));
}
