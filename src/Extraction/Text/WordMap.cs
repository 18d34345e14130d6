namespace Extraction.Text;

/// <summary>A read-only dictionary from words to values, looked up by span through a <see cref="WordIndex"/>.</summary>
public sealed class WordMap<T>
{
    private readonly WordIndex index;
    private readonly T[] values;

    public WordMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var list = entries.ToList();
        index = new WordIndex(list.Select(e => e.Key));
        values = new T[index.Count];
        foreach (var (word, value) in list) values[index.IndexOf(word)] = value;
    }

    public bool ContainsKey(ReadOnlySpan<char> word) => index.Contains(word);

    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        int i = index.IndexOf(word);
        value = i >= 0 ? values[i] : default!;
        return i >= 0;
    }
}
