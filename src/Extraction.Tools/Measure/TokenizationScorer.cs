namespace Extraction.Measure;

using Extraction.Core;
using Extraction.Text;
using Extraction.Tokenize;

/// <summary>Token and sentence precision, recall and F1 of the tokeniser and splitter against a CoNLL-U treebank.</summary>
public static class TokenizationScorer
{
    /// <summary>Tokenises each sentence's text on its own and compares token spans with the gold ones.</summary>
    public static SpanScore ScoreTokens(IEnumerable<UdSentence> sentences)
    {
        var score = new SpanScore();
        var tokens = new List<Token>();
        foreach (var sentence in sentences)
        {
            tokens.Clear();
            var normalized = TextNormalizer.Normalize(sentence.Text);
            FrenchTokenizer.Tokenize(normalized, 0, normalized.Length, tokens);
            score += SpanScore.Compare(tokens.Select(t => new TextSpan(t.Start, t.End)).ToList(), sentence.Tokens);
        }
        return score;
    }

    /// <summary>
    /// Joins each document's sentences with one space, splits the result, and compares sentence spans with
    /// the gold ones (documents are consecutive runs of the same document id).
    /// </summary>
    public static SpanScore ScoreSentences(IEnumerable<UdSentence> sentences)
    {
        var score = new SpanScore();
        foreach (var (text, gold) in Documents(sentences))
        {
            var predicted = new List<TextSpan>();
            SentenceSplitter.Split(TextNormalizer.Normalize(text), 0, predicted);
            score += SpanScore.Compare(predicted, gold);
        }
        return score;
    }

    /// <summary>The text of each document, as its sentences joined by a space, with the gold sentence spans.</summary>
    public static IEnumerable<(string Text, List<TextSpan> Sentences)> Documents(IEnumerable<UdSentence> sentences)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        string? current = null;
        foreach (var sentence in sentences)
        {
            if (current is not null && sentence.DocumentId != current)
            {
                yield return (text.ToString(), spans);
                text.Clear();
                spans = [];
            }
            current = sentence.DocumentId;
            if (text.Length > 0) text.Append(' ');
            var trimmed = sentence.Text.Trim();
            spans.Add(new TextSpan(text.Length, text.Length + trimmed.Length));
            text.Append(trimmed);
        }
        if (current is not null) yield return (text.ToString(), spans);
    }
}
