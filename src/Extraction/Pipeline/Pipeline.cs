namespace Extraction.Pipeline;

using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Extraction.Core;

/// <summary>An immutable, thread-safe sequence of stages built from a configuration.</summary>
public sealed class Pipeline
{
    internal Pipeline(IReadOnlyList<IStage> stages, PipelineConfig config, IReadOnlyList<MentionType> types)
    {
        Stages = stages;
        Lists = config.Lists;
        Types = types;
        Columns = types.SelectMany(t => t.Fields).DistinctBy(f => f.Name).ToList();
        ConfigHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(config.RawText)))[..16];
        ModelVersions = stages.OfType<IModelStage>().ToDictionary(s => s.Name, s => s.ModelVersion);
    }

    public IReadOnlyList<IStage> Stages { get; }
    public IReadOnlyList<string> Lists { get; }

    /// <summary>The type of each list in <see cref="Lists"/>, in the same order.</summary>
    public IReadOnlyList<MentionType> Types { get; }

    /// <summary>The fields the tables give a column of their own: every field of the emitted types, once.</summary>
    public IReadOnlyList<MentionField> Columns { get; }
    public string ConfigHash { get; }
    public IReadOnlyDictionary<string, string> ModelVersions { get; }

    /// <summary>
    /// Longer documents are processed in segments of about this many characters, cut at paragraph or
    /// sentence ends, so that a 50 MB file needs memory for its text and one segment, not for millions of tokens.
    /// </summary>
    public const int SegmentChars = 1_000_000;

    public void Process(Document document, StageTimer? timer = null)
    {
        foreach (var list in Lists)
            document.MentionsOf(list);
        if (document.Text.Length - document.BodyStart <= SegmentChars)
        {
            RunStages(document, timer);
            return;
        }

        int segments = 0;
        foreach (var (start, end) in TextSegments.Cut(document.Text, document.BodyStart, SegmentChars))
        {
            var part = new Document(document.Id, document.Source, document.Text.Substring(start, end - start))
            {
                DocumentDate = document.DocumentDate,
                Title = document.Title,
            };
            RunStages(part, timer);
            foreach (var (list, mentions) in part.Mentions)
            {
                var whole = document.MentionsOf(list);
                foreach (var mention in mentions) whole.Add(mention.Shifted(start));
            }
            segments++;
        }
        document.Warnings.Add($"document of {document.Text.Length} characters was processed in {segments} segments; mentions were not linked across segments");
    }

    private void RunStages(Document document, StageTimer? timer)
    {
        for (int i = 0; i < Stages.Count; i++)
        {
            long started = timer is null ? 0 : Stopwatch.GetTimestamp();
            try
            {
                Stages[i].Process(document);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new StageException(Stages[i].Name, e);
            }
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
