namespace Extraction.Emit;

/// <summary>The SPEC's JSON Lines output: one record or error line per document.</summary>
public sealed class JsonLinesFormat(RecordWriter records, TextWriter output) : IRecordFormat
{
    public object Prepare(ProcessedDocument result) =>
        result.Document is { } document && !result.Failed
            ? records.Write(document, result.Item.IdJson)
            : RecordWriter.WriteError(result.Item.Id, result.Item.Source, result.Error!, result.Item.IdJson);

    public void Write(object prepared)
    {
        output.Write((string)prepared);
        output.Write('\n');
    }

    public void Complete() => output.Flush();

    public void Dispose() => output.Dispose();
}
