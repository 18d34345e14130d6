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

    /// <summary>A field that is an offset into the text (a commitment's clause): written as a number, and moved with the mention by <see cref="Shifted"/>.</summary>
    public Mention WithOffset(string field, int offset)
    {
        Set(field, (long)offset);
        (offsetFields ??= []).Add(field);
        return this;
    }

    private List<string>? offsetFields;

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

    public Mention WithOffset(Pipeline.MentionField field, int offset) => WithOffset(field.Name, offset);

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
        var moved = new Mention(Start + offset, End + offset, Text, Value) { offsetFields = offsetFields };
        foreach (var (key, value) in Fields)
            moved.Fields.Add(new(key, offsetFields?.Contains(key) == true ? (long)value! + offset : value));
        return moved;
    }

    public static Mention FromSpan(Document doc, int start, int end, object? value) =>
        new(start, end, doc.Text.Substring(start, end - start), value);
}
