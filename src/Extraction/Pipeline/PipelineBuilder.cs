namespace Extraction.Pipeline;

/// <summary>
/// Collects stage factories by name, then builds a <see cref="Pipeline"/> from a configuration. Each feature
/// registers itself through an extension method (UseDates, UseCounts, …), so the core knows no entity type.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly Dictionary<string, Func<StageContext, IStage>> factories = new(StringComparer.Ordinal);

    public PipelineBuilder Register(string name, Func<StageContext, IStage> factory)
    {
        factories[name] = factory;
        return this;
    }

    public Pipeline Build(PipelineConfig config)
    {
        var stages = new List<IStage>(config.Stages.Count);
        foreach (var (name, settings) in config.Stages)
        {
            if (!factories.TryGetValue(name, out var factory))
                throw new PipelineConfigException(
                    $"{config.Path}: unknown stage \"{name}\"; expected one of: {string.Join(", ", factories.Keys.Order(StringComparer.Ordinal))}");
            stages.Add(factory(new StageContext(name, settings, config.BaseDirectory)));
        }
        return new Pipeline(stages, config);
    }
}
