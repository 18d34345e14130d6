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
    private readonly DataField[] mentionFields;
    private readonly DataField[] documentFields;
    private readonly List<MentionRow> mentionBuffer = [];
    private readonly List<DocumentRow> documentBuffer = [];

    public ParquetFormat(TableLayout layout, Stream mentionsOutput, Stream documentsOutput)
    {
        this.layout = layout;
        mentionsStream = mentionsOutput;
        documentsStream = documentsOutput;
        mentionFields =
        [
            new DataField<string>("document_id", false), new DataField<string>("type", false), new DataField<string>("text", false),
            new DataField<int>("start", false), new DataField<int>("end", false), new DataField<string>("value", true), new DataField<double?>("value_number", true),
            .. layout.Columns.Select(c => c.Column switch
            {
                ColumnType.Integer => (DataField)new DataField<long?>(c.Name, true),
                ColumnType.Number => new DataField<double?>(c.Name, true),
                _ => new DataField<string>(c.Name, true),
            }),
        ];
        documentFields =
        [
            new DataField<string>("id", false), new DataField<string>("source", false), new DataField<string>("document_date", true),
            new DataField<string>("title", true), new DataField<string>("error", true),
            .. layout.DocumentCountColumns.Select(name => new DataField<long>(name, false)),
        ];
        mentionsWriter = ParquetWriter.CreateAsync(new ParquetSchema(mentionFields), mentionsOutput).GetAwaiter().GetResult();
        documentsWriter = ParquetWriter.CreateAsync(new ParquetSchema(documentFields), documentsOutput).GetAwaiter().GetResult();
    }

    public IPreparedRecord Prepare(ProcessedDocument result) => new Rows(this, layout.Flatten(result));

    private sealed record Rows(ParquetFormat Format, PreparedRows Flat) : IPreparedRecord
    {
        public void Write() => Format.Write(Flat);
    }

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
            WriteStrings(group, mentionFields[0], rows.Select(r => r.DocumentId));
            WriteStrings(group, mentionFields[1], rows.Select(r => r.Type));
            WriteStrings(group, mentionFields[2], rows.Select(r => r.Text));
            group.WriteAsync<int>(mentionFields[3], rows.Select(r => r.Start).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync<int>(mentionFields[4], rows.Select(r => r.End).ToArray()).GetAwaiter().GetResult();
            WriteStrings(group, mentionFields[5], rows.Select(r => r.Value));
            group.WriteAsync<double>(mentionFields[6], rows.Select(r => r.ValueNumber).ToArray()).GetAwaiter().GetResult();
            for (int c = 0; c < layout.Columns.Count; c++)
            {
                var field = mentionFields[7 + c];
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
            WriteStrings(group, documentFields[0], rows.Select(r => r.Id));
            WriteStrings(group, documentFields[1], rows.Select(r => r.Source));
            WriteStrings(group, documentFields[2], rows.Select(r => r.DocumentDate));
            WriteStrings(group, documentFields[3], rows.Select(r => r.Title));
            WriteStrings(group, documentFields[4], rows.Select(r => r.Error));
            for (int l = 0; l < layout.Lists.Count; l++)
                group.WriteAsync<long>(documentFields[5 + l], rows.Select(r => r.Counts[l]).ToArray()).GetAwaiter().GetResult();
        }
        documentBuffer.Clear();
    }

    private static void WriteStrings(ParquetRowGroupWriter group, DataField field, IEnumerable<string?> values) =>
        group.WriteAsync(field, (IReadOnlyCollection<string>)values.ToArray()!).GetAwaiter().GetResult();
}
