namespace Extraction.Text;

using Extraction.Core;

/// <summary>
/// Splits the normalised text into sentences: at . ! ? … followed by a capital, a digit or a quote, at line
/// breaks, and at the "mot.Mot" joins that scraped news text leaves between paragraphs, but not after
/// abbreviations (M., Mme, etc.) or initials.
/// </summary>
public static class SentenceSplitter
{
    public static void Split(Document document) =>
        Split(document.Normalized, document.BodyStart, document.Sentences);

    public static void Split(string text, int start, List<TextSpan> sentences)
    {
        int sentenceStart = SkipSpace(text, start);
        int i = sentenceStart;
        while (i < text.Length)
        {
            char c = text[i];
            int boundary = -1;
            if (c == '\n')
            {
                boundary = i;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                int j = i + 1;
                while (j < text.Length && text[j] is '.' or '!' or '?' or '…') j++;
                // Closing quotes and brackets belong to the sentence they end.
                while (j < text.Length && text[j] is '"' or '»' or '”' or ')' or '\'' ) j++;
                if (EndsSentence(text, i, j))
                    boundary = j;
                i = j - 1;
            }

            if (boundary >= 0)
            {
                AddTrimmed(text, sentenceStart, boundary, sentences);
                sentenceStart = SkipSpace(text, boundary);
                i = sentenceStart;
                continue;
            }
            i++;
        }
        AddTrimmed(text, sentenceStart, text.Length, sentences);
    }

    private static bool EndsSentence(string text, int mark, int after)
    {
        if (after >= text.Length) return true;
        char next = text[after];
        if (text[mark] == '.' && mark == after - 1)
        {
            var word = WordBefore(text, mark);
            if (Abbreviations.IsAbbreviation(word) && !Abbreviations.CanEndSentence(word)) return false;
            // "x.Y": a paragraph join when a lower-case word meets a capitalised one; "U.S" or "3.5" are not.
            if (!char.IsWhiteSpace(next))
                return word.Length >= 2 && char.IsLower(word[^1]) && char.IsUpper(next) && after + 1 < text.Length && char.IsLower(text[after + 1]);
        }
        if (!char.IsWhiteSpace(next)) return false;
        int k = SkipSpace(text, after);
        if (k >= text.Length) return true;
        char first = text[k];
        return char.IsUpper(first) || char.IsDigit(first) || first is '«' or '"' or '“' or '(' or '-' or '—' or '–' or '[' or '\'';
    }

    private static ReadOnlySpan<char> WordBefore(string text, int index)
    {
        int s = index;
        while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] is '.' or '-' && s - 1 > 0 && char.IsLetter(text[s - 2])))) s--;
        return text.AsSpan(s, index - s);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> sentences)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new TextSpan(start, end));
    }
}
