namespace Extraction.Core;

/// <summary>
/// An earlier stage's mentions handed out window by window: windows come in text order, so each call starts
/// where the last one stopped and a whole document costs one pass over the list.
/// </summary>
public sealed class MentionCursor(IEnumerable<Mention> source)
{
    private readonly List<Mention> mentions = [.. source.OrderBy(m => m.Start)];
    private int next;

    public MentionCursor(Document document, string list)
        : this(document.Mentions.TryGetValue(list, out var found) ? found : [])
    {
    }

    /// <summary>The mentions starting inside [start, end) of the text.</summary>
    public List<Mention> Within(int start, int end)
    {
        while (next < mentions.Count && mentions[next].Start < start) next++;
        var inside = new List<Mention>();
        for (int i = next; i < mentions.Count && mentions[i].Start < end; i++) inside.Add(mentions[i]);
        return inside;
    }
}
