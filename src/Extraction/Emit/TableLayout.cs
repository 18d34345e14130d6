namespace Extraction.Emit;

using System.Collections.Immutable;
using System.Globalization;
using Extraction.Core;
using Extraction.Pipeline;

/// <summary>
/// The two tables data teams load: one row per mention (with the configured fields as named columns) and
/// one row per document. Shared by the CSV and Parquet formats so both carry the same columns.
/// </summary>
public sealed class TableLayout(Pipeline pipeline)
{
    public IReadOnlyList<string> Lists { get; } = pipeline.Lists;
    public IReadOnlyList<MentionField> Columns { get; } = pipeline.Columns;

    public static readonly ImmutableArray<string> MentionKeyColumns = ["document_id", "type", "text", "start", "end", "value", "value_number"];
    public static readonly ImmutableArray<string> DocumentKeyColumns = ["id", "source", "document_date", "title", "error"];

    public IEnumerable<string> DocumentCountColumns => Lists.Select(l => "n_" + l);

    public PreparedRows Flatten(ProcessedDocument result)
    {
        var item = result.Item;
        var document = result.Failed ? null : result.Document;
        var counts = new long[Lists.Count];
        var mentions = new List<MentionRow>();
        if (document is not null)
        {
            for (int l = 0; l < Lists.Count; l++)
            {
                var list = document.MentionsOf(Lists[l]);
                counts[l] = list.Count;
                foreach (var mention in list.OrderBy(m => m.Start).ThenBy(m => m.End))
                {
                    var fields = new object?[Columns.Count];
                    for (int c = 0; c < Columns.Count; c++)
                        fields[c] = Convert(mention.Get(Columns[c]), Columns[c].Column);
                    mentions.Add(new MentionRow(document.Id, Lists[l], mention.Text, mention.Start, mention.End,
                        mention.Value is null ? null : MentionType.ValueText(mention.Value), ValueNumber(mention.Value), fields));
                }
            }
        }
        var row = new DocumentRow(item.Id, item.Source, document?.DocumentDate, document?.Title, result.Error, counts);
        return new PreparedRows(row, mentions);
    }

    private static double? ValueNumber(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        _ => null,
    };

    private static object? Convert(object? value, ColumnType type) => value switch
    {
        null => null,
        string s when type == ColumnType.String => s,
        IEnumerable<string> list when type == ColumnType.String => string.Join("; ", list),
        _ when type == ColumnType.String => MentionType.ValueText(value),
        long or int when type == ColumnType.Integer => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        long or int or double when type == ColumnType.Number => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => null,
    };
}

public sealed record MentionRow(string DocumentId, string Type, string Text, int Start, int End, string? Value, double? ValueNumber, object?[] Fields);

public sealed record DocumentRow(string Id, string Source, string? DocumentDate, string? Title, string? Error, long[] Counts);

public sealed record PreparedRows(DocumentRow Document, List<MentionRow> Mentions);

/// <summary>A document's rows, written by the table format that flattened them (CSV, Parquet).</summary>
internal sealed record TableRecord(PreparedRows Rows, Action<PreparedRows> WriteRows) : IPreparedRecord
{
    public void Write() => WriteRows(Rows);
}
