namespace Extraction.Evaluation;

using Extraction.Core;
using Extraction.Ingest;
using Extraction.Text;

/// <summary>The sentence around an offset, cut by the pipeline's own sentence splitter, to show an error in context.</summary>
public sealed class SentenceLocator
{
    private readonly string? text;
    private readonly List<TextSpan> sentences = [];

    public SentenceLocator(string? text)
    {
        this.text = text;
        if (text is null) return;
        SentenceSplitter.Split(TextNormalizer.Normalize(text), DateHeader.Parse(text, out _, out _), sentences);
    }

    /// <summary>The sentence holding <paramref name="offset"/>, on one line; empty when the text is unknown.</summary>
    public string Around(int offset)
    {
        if (text is null || offset < 0 || offset >= text.Length) return "";
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].End <= offset) lo = mid + 1;
            else if (sentences[mid].Start > offset) hi = mid - 1;
            else return OneLine(text.AsSpan(sentences[mid].Start, sentences[mid].Length));
        }
        int start = Math.Max(0, offset - 80);
        return OneLine(text.AsSpan(start, Math.Min(text.Length, offset + 80) - start));
    }

    private static string OneLine(ReadOnlySpan<char> span) =>
        string.Create(span.Length, span.ToString(), static (dest, s) =>
        {
            for (int i = 0; i < s.Length; i++) dest[i] = s[i] is '\n' or '\r' ? ' ' : s[i];
        });
}
