namespace Extraction.Emit;

/// <summary>The SPEC's JSON Lines output: one record or error line per document.</summary>
public sealed class JsonLinesFormat(RecordWriter records, TextWriter output) : IRecordFormat
{
    public IPreparedRecord Prepare(ProcessedDocument result) => new Line(output,
        result.Document is { } document && !result.Failed
            ? records.Write(document, result.Item.IdJson)
            : RecordWriter.WriteError(result.Item.Id, result.Item.Source, result.Error!, result.Item.IdJson));

    private sealed record Line(TextWriter Output, string Json) : IPreparedRecord
    {
        public void Write()
        {
            Output.Write(Json);
            Output.Write('\n');
        }
    }

    public void Complete() => output.Flush();

    public void Dispose() => output.Dispose();
}
