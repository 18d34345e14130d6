namespace Extraction.Run;

using System.Diagnostics;
using System.Threading.Channels;
using Extraction.Emit;
using Extraction.Ingest;

/// <summary>
/// Streams documents from ingest through the pipeline to the output: a reader, <c>Jobs</c> workers and one
/// writer joined by bounded channels. At most a fixed number of documents are in flight, so memory stays
/// flat whatever the corpus size; in ordered mode lines leave in input order.
/// </summary>
public sealed class BatchRunner(Pipeline.Pipeline pipeline, RunOptions options)
{
    private readonly Pipeline.StageTimer timer = new(pipeline.Stages.Count);

    public Pipeline.StageTimer StageTimes => timer;

    public RunSummary Run(IEnumerable<IngestItem> items, IRecordFormat output, Action<RunSummary>? progress = null, CancellationToken cancel = default)
    {
        int jobs = Math.Max(1, options.Jobs);
        int window = jobs * 8;
        var summary = new RunSummary();
        var clock = Stopwatch.StartNew();
        var inFlight = new SemaphoreSlim(window);
        var work = Channel.CreateBounded<(long Seq, IngestItem Item)>(new BoundedChannelOptions(window) { SingleWriter = true });
        var done = Channel.CreateUnbounded<(long Seq, object Prepared, bool Failed, long Chars, long Tokens)>(new UnboundedChannelOptions { SingleReader = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                long seq = 0;
                foreach (var item in items)
                {
                    if (cancel.IsCancellationRequested) break;
                    if (options.Shard is { } shard && !shard.Contains(item.Id)) continue;
                    if (options.Skip?.Invoke(item.Id) == true) continue;
                    await inFlight.WaitAsync(cancel).ConfigureAwait(false);
                    await work.Writer.WriteAsync((seq++, item), cancel).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                work.Writer.Complete();
            }
        });

        var workers = Enumerable.Range(0, jobs).Select(_ => Task.Run(async () =>
        {
            await foreach (var (seq, item) in work.Reader.ReadAllAsync().ConfigureAwait(false))
                await done.Writer.WriteAsync(Process(seq, item, output)).ConfigureAwait(false);
        })).ToArray();
        _ = Task.WhenAll(workers).ContinueWith(_ => done.Writer.Complete(), TaskScheduler.Default);

        var pending = new Dictionary<long, (object Prepared, bool Failed, long Chars, long Tokens)>();
        long next = 0;
        var lastReport = clock.Elapsed;
        foreach (var result in done.Reader.ReadAllAsync().ToBlockingEnumerable())
        {
            if (options.Ordered)
            {
                pending[result.Seq] = (result.Prepared, result.Failed, result.Chars, result.Tokens);
                while (pending.Remove(next, out var ready))
                {
                    Emit(ready.Prepared, ready.Failed, ready.Chars, ready.Tokens);
                    next++;
                }
            }
            else
            {
                Emit(result.Prepared, result.Failed, result.Chars, result.Tokens);
            }
            if (progress is not null && clock.Elapsed - lastReport > TimeSpan.FromMilliseconds(250))
            {
                lastReport = clock.Elapsed;
                summary.Elapsed = clock.Elapsed;
                progress(summary);
            }
        }
        reader.GetAwaiter().GetResult();
        summary.Elapsed = clock.Elapsed;
        summary.Cancelled = cancel.IsCancellationRequested;
        return summary;

        void Emit(object prepared, bool failed, long chars, long tokens)
        {
            output.Write(prepared);
            summary.Documents++;
            if (failed) summary.Errors++;
            summary.Characters += chars;
            summary.Tokens += tokens;
            inFlight.Release();
        }
    }

    private (long, object, bool, long, long) Process(long seq, IngestItem item, IRecordFormat output)
    {
        if (item.Document is not { } document)
            return (seq, output.Prepare(new ProcessedDocument(item, null, item.Error ?? "unreadable input")), true, 0, 0);
        ProcessedDocument result;
        try
        {
            pipeline.Process(document, timer);
            result = new ProcessedDocument(item, document, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One document's failure must not stop a bulk run: it becomes that document's error line.
            result = new ProcessedDocument(item, null, $"internal error while processing: {e.GetType().Name}: {e.Message}");
        }
        return (seq, output.Prepare(result), result.Failed, document.Text.Length, document.Tokens.Count);
    }
}

public sealed record RunOptions(int Jobs, bool Ordered = true, Shard? Shard = null, Func<string, bool>? Skip = null);

public sealed class RunSummary
{
    public long Documents { get; set; }
    public long Errors { get; set; }
    public long Characters { get; set; }
    public long Tokens { get; set; }
    public TimeSpan Elapsed { get; set; }
    public bool Cancelled { get; set; }
}
