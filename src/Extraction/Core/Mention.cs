namespace Extraction.Core;

/// <summary>
/// One extracted mention. <see cref="Value"/> is the normalised value; <see cref="Fields"/> holds the
/// type's own named fields (title, qualifier, unit, …) in the order they are written out.
/// </summary>
public sealed class Mention
{
    public Mention(int start, int end, string text, object? value)
    {
        Start = start;
        End = end;
        Text = text;
        Value = value;
    }

    public int Start { get; }
    public int End { get; }
    public string Text { get; }
    public object? Value { get; set; }
    public List<KeyValuePair<string, object?>> Fields { get; } = [];

    public Mention With(string field, object? value)
    {
        Set(field, value);
        return this;
    }

    public void Set(string field, object? value)
    {
        for (int i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Key == field)
            {
                Fields[i] = new(field, value);
                return;
            }
        }
        Fields.Add(new(field, value));
    }

    public Mention With(Pipeline.MentionField field, object? value) => With(field.Name, value);

    public object? Get(Pipeline.MentionField field) => Get(field.Name);

    public object? Get(string field)
    {
        foreach (var (key, value) in Fields)
            if (key == field) return value;
        return null;
    }

    /// <summary>The same mention moved by <paramref name="offset"/> characters, for mentions found in a segment of a larger text.</summary>
    public Mention Shifted(int offset)
    {
        var moved = new Mention(Start + offset, End + offset, Text, Value);
        moved.Fields.AddRange(Fields);
        return moved;
    }

    public static Mention FromSpan(Document doc, int start, int end, object? value) =>
        new(start, end, doc.Text.Substring(start, end - start), value);
}
