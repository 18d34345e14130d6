namespace Extraction.Pipeline;

/// <summary>
/// A stage as its feature registers it: how to build it, the mention types it writes, and what it needs
/// from earlier stages. <see cref="Reads"/> must be written by an earlier stage; <see cref="Uses"/> is read
/// when present, so its writer, if configured at all, must come earlier. Layers that are not mention lists
/// (sentences, tokens) are named by the feature that writes them.
/// </summary>
public sealed record Feature(string Stage, Func<StageContext, IStage> Create)
{
    public IReadOnlyList<MentionType> Writes { get; init; } = [];
    public IReadOnlyList<string> WritesLayers { get; init; } = [];
    public IReadOnlyList<string> Reads { get; init; } = [];
    public IReadOnlyList<string> Uses { get; init; } = [];

    public IEnumerable<string> Outputs => WritesLayers.Concat(Writes.Select(t => t.Name));
}
