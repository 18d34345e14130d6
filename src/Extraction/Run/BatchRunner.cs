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
        var done = Channel.CreateUnbounded<(long Seq, IPreparedRecord Prepared, bool Failed, long Chars, long Tokens)>(new UnboundedChannelOptions { SingleReader = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                long seq = 0;
                foreach (var item in items)
                {
                    if (cancel.IsCancellationRequested) break;
                    if (options.Shard is { } shard && !shard.Contains(item.Id)) continue;
                    if (options.Resume?.Written(item) == true) continue;
                    await inFlight.WaitAsync(cancel).ConfigureAwait(false);
                    await work.Writer.WriteAsync((seq++, item), cancel).ConfigureAwait(false);
                }
                if (!cancel.IsCancellationRequested) options.Resume?.CheckAllMatched();
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

        var pending = new Dictionary<long, (IPreparedRecord Prepared, bool Failed, long Chars, long Tokens)>();
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

        void Emit(IPreparedRecord prepared, bool failed, long chars, long tokens)
        {
            prepared.Write();
            summary.Documents++;
            if (failed) summary.Errors++;
            summary.Characters += chars;
            summary.Tokens += tokens;
            inFlight.Release();
        }
    }

    /// <summary>
    /// Every step of one document (reading it, the stages, serialising its line) runs inside one guard: a
    /// failure, whatever it is, becomes that document's error line and the run goes on.
    /// </summary>
    private (long, IPreparedRecord, bool, long, long) Process(long seq, IngestItem item, IRecordFormat output)
    {
        long chars = 0, tokens = 0;
        try
        {
            if (item.Document is not { } document)
                return (seq, output.Prepare(new ProcessedDocument(item, null, item.Error ?? "unreadable input")), true, 0, 0);
            chars = document.Text.Length;
            pipeline.Process(document, timer);
            tokens = document.Tokens.Count;
            return (seq, output.Prepare(new ProcessedDocument(item, document, null)), false, chars, tokens);
        }
        catch (Exception e)
        {
            return (seq, output.Prepare(new ProcessedDocument(item, null, FailureMessage(e))), true, chars, tokens);
        }
    }

    /// <summary>What an error line says when a step fails: where, what .NET reported, and what to do about it.</summary>
    public static string FailureMessage(Exception e) => e switch
    {
        OutOfMemoryException => "out of memory while processing this document: lower --max-document-size or --jobs, or give the run more memory",
        Pipeline.StageException stage => $"internal error in the \"{stage.Stage}\" stage ({stage.InnerException!.GetType().Name}: {stage.InnerException.Message}); "
            + "the other documents are unaffected: please report this with the document",
        _ => $"internal error ({e.GetType().Name}: {e.Message}); the other documents are unaffected: please report this with the document",
    };
}

/// <summary>
/// How a run goes: <c>Jobs</c> workers, output in input order or as finished, one shard of the documents, and
/// the output of an interrupted run to continue (documents whose line it already holds are skipped).
/// </summary>
public sealed record RunOptions(int Jobs, bool Ordered = true, Shard? Shard = null, ResumeLog? Resume = null);

public sealed class RunSummary
{
    public long Documents { get; set; }
    public long Errors { get; set; }
    public long Characters { get; set; }
    public long Tokens { get; set; }
    public TimeSpan Elapsed { get; set; }
    public bool Cancelled { get; set; }
}
