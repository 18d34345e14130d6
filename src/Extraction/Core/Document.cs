namespace Extraction.Core;

using Extraction.Text;

/// <summary>
/// A document as it moves through the pipeline. <see cref="Text"/> is never altered: every stage works on
/// offsets into it, and <see cref="Normalized"/> is a same-length copy so those offsets stay valid.
/// </summary>
public sealed class Document
{
    public Document(string id, string source, string text)
    {
        Id = id;
        Source = source;
        Text = text;
        normalized = text;
    }

    public string Id { get; }
    public string Source { get; }
    public string Text { get; }

    /// <summary>Where mentions may start: past a metadata header such as the seeds' "date 2021-12".</summary>
    public int BodyStart { get; set; }

    /// <summary>Same length as <see cref="Text"/>, with typographic variants folded (’ to ', no-break spaces to space).</summary>
    public string Normalized
    {
        get => normalized;
        set
        {
            normalized = value;
            folded = null;
        }
    }

    /// <summary>
    /// <see cref="Normalized"/> in lower case without accents, same length again: the look-up key of every
    /// lexicon and gazetteer, folded once per document and shared by the recognisers.
    /// </summary>
    public string Folded => folded ??= TextFolding.Fold(normalized);

    private string normalized;
    private string? folded;

    public string? DocumentDate { get; set; }
    public string? Title { get; set; }
    public List<TextSpan> Sentences { get; } = [];
    public List<Token> Tokens { get; } = [];
    public List<string> Warnings { get; } = [];

    /// <summary>Mentions by list name, filled by the recogniser stages.</summary>
    public Dictionary<string, List<Mention>> Mentions { get; } = new(StringComparer.Ordinal);

    public List<Mention> MentionsOf(string list)
    {
        if (!Mentions.TryGetValue(list, out var mentions))
            Mentions[list] = mentions = [];
        return mentions;
    }

    public List<Mention> MentionsOf(Pipeline.MentionType type) => MentionsOf(type.Name);

    public ReadOnlySpan<char> TextOf(Token token) => Text.AsSpan(token.Start, token.Length);
    public ReadOnlySpan<char> NormOf(Token token) => Normalized.AsSpan(token.Start, token.Length);

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenIndexAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The sentence holding <paramref name="offset"/>, else the whole text: a binary search, since a recogniser may ask once per mention of a long document.</summary>
    public TextSpan SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Sentences[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo < Sentences.Count && Sentences[lo].Start <= offset ? Sentences[lo] : new TextSpan(0, Text.Length);
    }
}
