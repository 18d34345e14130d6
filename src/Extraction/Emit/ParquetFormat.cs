namespace Extraction.Emit;

using Extraction.Pipeline;
using Parquet;
using Parquet.Schema;

/// <summary>
/// Two Parquet files, mentions and documents, with the same columns as the CSV tables. Rows are buffered
/// into row groups of a bounded size, so memory stays flat on any corpus.
/// </summary>
public sealed class ParquetFormat : IRecordFormat
{
    private const int RowGroupSize = 50_000;

    private readonly TableLayout layout;
    private readonly Stream mentionsStream;
    private readonly Stream documentsStream;
    private readonly ParquetWriter mentionsWriter;
    private readonly ParquetWriter documentsWriter;
    // The key columns of each table by name; a layout's own columns (a type's fields, a count per list) follow them.
    private readonly DataField<string> documentId = new("document_id", false), type = new("type", false), text = new("text", false);
    private readonly DataField<int> start = new("start", false), end = new("end", false);
    private readonly DataField<string> value = new("value", true);
    private readonly DataField<double?> valueNumber = new("value_number", true);
    private readonly DataField[] fieldColumns;
    private readonly DataField<string> id = new("id", false), source = new("source", false), documentDate = new("document_date", true),
        title = new("title", true), error = new("error", true);
    private readonly DataField<long>[] countColumns;
    private readonly List<MentionRow> mentionBuffer = [];
    private readonly List<DocumentRow> documentBuffer = [];

    public ParquetFormat(TableLayout layout, Stream mentionsOutput, Stream documentsOutput)
    {
        this.layout = layout;
        mentionsStream = mentionsOutput;
        documentsStream = documentsOutput;
        fieldColumns = layout.Columns.Select(c => c.Column switch
        {
            ColumnType.Integer => (DataField)new DataField<long?>(c.Name, true),
            ColumnType.Number => new DataField<double?>(c.Name, true),
            _ => new DataField<string>(c.Name, true),
        }).ToArray();
        countColumns = layout.DocumentCountColumns.Select(name => new DataField<long>(name, false)).ToArray();
        DataField[] mentionFields = [documentId, type, text, start, end, value, valueNumber, .. fieldColumns];
        DataField[] documentFields = [id, source, documentDate, title, error, .. countColumns];
        mentionsWriter = ParquetWriter.CreateAsync(new ParquetSchema(mentionFields), mentionsOutput).GetAwaiter().GetResult();
        documentsWriter = ParquetWriter.CreateAsync(new ParquetSchema(documentFields), documentsOutput).GetAwaiter().GetResult();
    }

    public IPreparedRecord Prepare(ProcessedDocument result) => new TableRecord(layout.Flatten(result), Write);

    private void Write(PreparedRows rows)
    {
        mentionBuffer.AddRange(rows.Mentions);
        documentBuffer.Add(rows.Document);
        if (mentionBuffer.Count >= RowGroupSize) FlushMentions();
        if (documentBuffer.Count >= RowGroupSize) FlushDocuments();
    }

    public void Complete()
    {
        FlushMentions();
        FlushDocuments();
        mentionsWriter.DisposeAsync().AsTask().GetAwaiter().GetResult();
        documentsWriter.DisposeAsync().AsTask().GetAwaiter().GetResult();
        mentionsStream.Flush();
        documentsStream.Flush();
    }

    public void Dispose()
    {
        mentionsStream.Dispose();
        documentsStream.Dispose();
    }

    private void FlushMentions()
    {
        if (mentionBuffer.Count == 0) return;
        using (var group = mentionsWriter.CreateRowGroup())
        {
            var rows = mentionBuffer;
            WriteStrings(group, documentId, rows.Select(r => r.DocumentId));
            WriteStrings(group, type, rows.Select(r => r.Type));
            WriteStrings(group, text, rows.Select(r => r.Text));
            group.WriteAsync<int>(start, rows.Select(r => r.Start).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync<int>(end, rows.Select(r => r.End).ToArray()).GetAwaiter().GetResult();
            WriteStrings(group, value, rows.Select(r => r.Value));
            group.WriteAsync<double>(valueNumber, rows.Select(r => r.ValueNumber).ToArray()).GetAwaiter().GetResult();
            for (int c = 0; c < layout.Columns.Count; c++)
            {
                var field = fieldColumns[c];
                switch (layout.Columns[c].Column)
                {
                    case ColumnType.Integer:
                        group.WriteAsync<long>(field, rows.Select(r => (long?)r.Fields[c]).ToArray()).GetAwaiter().GetResult();
                        break;
                    case ColumnType.Number:
                        group.WriteAsync<double>(field, rows.Select(r => (double?)r.Fields[c]).ToArray()).GetAwaiter().GetResult();
                        break;
                    default:
                        WriteStrings(group, field, rows.Select(r => (string?)r.Fields[c]));
                        break;
                }
            }
        }
        mentionBuffer.Clear();
    }

    private void FlushDocuments()
    {
        if (documentBuffer.Count == 0) return;
        using (var group = documentsWriter.CreateRowGroup())
        {
            var rows = documentBuffer;
            WriteStrings(group, id, rows.Select(r => r.Id));
            WriteStrings(group, source, rows.Select(r => r.Source));
            WriteStrings(group, documentDate, rows.Select(r => r.DocumentDate));
            WriteStrings(group, title, rows.Select(r => r.Title));
            WriteStrings(group, error, rows.Select(r => r.Error));
            for (int l = 0; l < countColumns.Length; l++)
                group.WriteAsync<long>(countColumns[l], rows.Select(r => r.Counts[l]).ToArray()).GetAwaiter().GetResult();
        }
        documentBuffer.Clear();
    }

    private static void WriteStrings(ParquetRowGroupWriter group, DataField field, IEnumerable<string?> values) =>
        group.WriteAsync(field, (IReadOnlyCollection<string>)values.ToArray()!).GetAwaiter().GetResult();
}
