namespace Extraction.Emit;

using System.Globalization;
using CsvHelper;

/// <summary>Two RFC 4180 CSV tables: mentions (one row per mention) and documents (one row per input document).</summary>
public sealed class CsvFormat : IRecordFormat
{
    private readonly TableLayout layout;
    private readonly CsvWriter mentions;
    private readonly CsvWriter documents;

    public CsvFormat(TableLayout layout, TextWriter mentionsOutput, TextWriter documentsOutput)
    {
        this.layout = layout;
        mentions = CsvWriter.Create(mentionsOutput, null, leaveOpen: false);
        documents = CsvWriter.Create(documentsOutput, null, leaveOpen: false);
        mentions.WriteHeader([.. TableLayout.MentionKeyColumns, .. layout.Columns.Select(c => c.Name)]);
        documents.WriteHeader([.. TableLayout.DocumentKeyColumns, .. layout.DocumentCountColumns]);
    }

    public IPreparedRecord Prepare(ProcessedDocument result) => new TableRecord(layout.Flatten(result), Write);

    private void Write(PreparedRows rows)
    {
        foreach (var m in rows.Mentions)
        {
            mentions.WriteField(m.DocumentId);
            mentions.WriteField(m.Type);
            mentions.WriteField(m.Text);
            mentions.WriteField(Invariant(m.Start));
            mentions.WriteField(Invariant(m.End));
            mentions.WriteField(m.Value ?? "");
            mentions.WriteField(Invariant(m.ValueNumber));
            foreach (var field in m.Fields) mentions.WriteField(Invariant(field));
            mentions.EndRecord();
        }
        var d = rows.Document;
        documents.WriteField(d.Id);
        documents.WriteField(d.Source);
        documents.WriteField(d.DocumentDate ?? "");
        documents.WriteField(d.Title ?? "");
        documents.WriteField(d.Error ?? "");
        foreach (var count in d.Counts) documents.WriteField(Invariant(count));
        documents.EndRecord();
    }

    private static string Invariant(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public void Complete()
    {
        mentions.Flush();
        documents.Flush();
    }

    public void Dispose()
    {
        mentions.Dispose();
        documents.Dispose();
    }
}
