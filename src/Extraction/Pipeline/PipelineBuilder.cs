namespace Extraction.Pipeline;

/// <summary>
/// Collects features by stage name, then builds a <see cref="Pipeline"/> from a configuration. Each feature
/// registers itself through an extension method (UseDates, UseCounts, …), so the core knows no entity type;
/// what a feature reads and writes lets the builder refuse a stage order that could not work.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly Dictionary<string, Feature> features = new(StringComparer.Ordinal);
    private readonly List<Feature> order = [];

    public PipelineBuilder Register(Feature feature)
    {
        if (!features.TryAdd(feature.Stage, feature))
            throw new InvalidOperationException($"stage \"{feature.Stage}\" is registered twice");
        order.Add(feature);
        return this;
    }

    /// <summary>Every registered feature, in registration order.</summary>
    public IReadOnlyList<Feature> Features => order;

    /// <summary>Every mention type the registered features write, in registration order.</summary>
    public IReadOnlyList<MentionType> Types => order.SelectMany(f => f.Writes).ToList();

    public Pipeline Build(PipelineConfig config)
    {
        var chosen = new List<Feature>(config.Stages.Count);
        foreach (var (name, _) in config.Stages)
        {
            if (!features.TryGetValue(name, out var feature))
                throw new PipelineConfigException(
                    $"{config.Path}: unknown stage \"{name}\"; expected one of: {string.Join(", ", features.Keys.Order(StringComparer.Ordinal))}");
            chosen.Add(feature);
        }
        CheckOrder(config, chosen);

        var writtenTypes = chosen.SelectMany(f => f.Writes).ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var list in config.Lists)
            if (!writtenTypes.ContainsKey(list))
                throw new PipelineConfigException(
                    $"{config.Path}: list \"{list}\" is written by no configured stage; expected one of: {string.Join(", ", writtenTypes.Keys)}");

        var stages = chosen.Select((f, i) => f.Create(new StageContext(f.Stage, config.Stages[i].Settings, config.BaseDirectory))).ToList();
        return new Pipeline(stages, config, config.Lists.Select(l => writtenTypes[l]).ToList());
    }

    private void CheckOrder(PipelineConfig config, List<Feature> chosen)
    {
        var writer = order.SelectMany(f => f.Outputs.Select(o => (o, f.Stage))).GroupBy(p => p.o).ToDictionary(g => g.Key, g => g.First().Stage, StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var configured = chosen.Select(f => f.Stage).ToHashSet(StringComparer.Ordinal);
        foreach (var feature in chosen)
        {
            foreach (var input in feature.Reads.Concat(feature.Uses.Where(u => writer.TryGetValue(u, out var w) && configured.Contains(w))))
            {
                if (written.Contains(input)) continue;
                var by = writer.TryGetValue(input, out var w2) ? w2 : null;
                throw new PipelineConfigException(by is null
                    ? $"{config.Path}: stage \"{feature.Stage}\" reads \"{input}\", which no registered stage writes"
                    : configured.Contains(by)
                        ? $"{config.Path}: stage \"{feature.Stage}\" reads \"{input}\", which stage \"{by}\" writes after it; put \"{by}\" before \"{feature.Stage}\""
                        : $"{config.Path}: stage \"{feature.Stage}\" reads \"{input}\", which stage \"{by}\" writes; add \"{by}\" before \"{feature.Stage}\"");
            }
            written.UnionWith(feature.Outputs);
        }
    }
}
