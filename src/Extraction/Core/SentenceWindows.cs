namespace Extraction.Core;

/// <summary>
/// The sentences of a document as token ranges, a run-on one (a text without punctuation) cut every
/// <see cref="MaxTokens"/> tokens. Recognisers that compare words pairwise within a sentence read it through
/// these windows, so their cost stays in proportion to the text rather than to its square.
/// </summary>
public static class SentenceWindows
{
    /// <summary>Longer than any sentence of the press corpus (its longest has about 150 tokens).</summary>
    public const int MaxTokens = 400;

    public static IEnumerable<(int First, int End)> Of(Document document)
    {
        foreach (var sentence in document.Sentences)
        {
            int first = document.TokenIndexAt(Math.Max(sentence.Start, document.BodyStart));
            int end = document.TokenIndexAt(sentence.End);
            for (int from = first; from < end; from += MaxTokens)
                yield return (from, Math.Min(end, from + MaxTokens));
        }
    }
}
