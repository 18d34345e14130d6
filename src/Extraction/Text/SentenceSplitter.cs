namespace Extraction.Text;

using System.Collections.Frozen;
using Extraction.Core;

/// <summary>
/// Splits the normalised text into sentences: at . ! ? … followed by a capital, a digit or an opening quote,
/// at ". " before a lower-case word, at "; " before a capital, at line breaks, and at the "mot.Mot" joins
/// that scraped news text leaves between paragraphs; but not after abbreviations (M., Mme, etc.) or
/// initials. A closing quote after the mark, even after a space, stays with the sentence it ends.
/// </summary>
public static class SentenceSplitter
{
    public static void Split(Document document) =>
        Split(document.Normalized, document.BodyStart, document.Sentences);

    // Pronouns, conjunctions and prepositions are capitalised only at the start of a sentence, so one that
    // follows a word or a colon with no other punctuation, and is followed by a lower-case word, starts a
    // sentence whose predecessor lost its final mark (lists, reviews, captions, headings). On the UD French
    // treebanks this holds at 25 sentence starts against 2 sentence-internal uses. Some also occur in
    // names ("Kim Jong Il"), so those count only after a lower-case word.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameLikeStarters = FrozenWords.Of("Il", "Ils", "Elle", "Elles", "Je", "On");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters = FrozenWords.Of(
        "Il", "Ils", "Elle", "Elles", "Je", "On", "Nous", "Vous", "J'", "C'", "Ça", "Cela", "Ce", "Cette", "Ces",
        "Mais", "Et", "Puis", "Donc", "Alors", "Enfin", "Bref", "Pour", "Par", "En", "Dans", "Sur", "Trop", "Très", "Tout", "Tous");

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
                while (j < text.Length && text[j] is '"' or '»' or '”' or ')' or '\'') j++;
                int end = ClosingQuoteAfter(text, j);
                if (EndsSentence(text, i, j, end))
                    boundary = end;
                i = end - 1;
            }
            else if (c == ';' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                // Treebank sentences end at a semicolon before a capital; inside a sentence one is followed by lower case.
                boundary = i + 1;
            }
            else if (char.IsUpper(c) && i > sentenceStart + 1 && text[i - 1] == ' ' && StarterBeginsSentence(text, i))
            {
                boundary = i - 1;
            }
            else if (c is '-' or '–' && i > sentenceStart + 1 && text[i - 1] == ' ' && i + 1 < text.Length && char.IsUpper(text[i + 1]))
            {
                // Scraped news sets subheadings between dashes and glues the next paragraph to the closing one: "- Pic en Iran -L'Iran a annoncé".
                boundary = i + 1;
            }
            else if (c is ':' or ';' && IsEmoticon(text, i, out int emoticonEnd))
            {
                int k = SkipSpace(text, emoticonEnd);
                if (k > emoticonEnd && (k >= text.Length || char.IsUpper(text[k]))) boundary = emoticonEnd;
                else i = emoticonEnd - 1;
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

    /// <param name="mark">the first of the sentence-final marks</param>
    /// <param name="after">just past the marks and the closing quotes or brackets glued to them</param>
    /// <param name="end">where the sentence would end: <paramref name="after"/>, or past a spaced closing quote</param>
    private static bool EndsSentence(string text, int mark, int after, int end)
    {
        if (end >= text.Length) return true;
        bool singlePeriod = text[mark] == '.' && mark == after - 1;
        var word = singlePeriod ? WordBefore(text, mark) : default;
        if (singlePeriod)
        {
            if (IsInitialOrAbbreviation(word) && !Abbreviations.CanEndSentence(word)) return false;
            char next = text[after];
            // "décès.- Pic en Iran": a subheading opens right after the period.
            if (next is '-' or '–' && after + 1 < text.Length && text[after + 1] == ' ') return true;
            if (!char.IsWhiteSpace(next))
                return IsParagraphJoin(text, mark, word);
        }
        if (!char.IsWhiteSpace(text[end])) return false;
        int k = SkipSpace(text, end);
        if (k >= text.Length) return true;
        char first = text[k];
        if (char.IsUpper(first) || char.IsDigit(first) || first is '«' or '"' or '“' or '(' or '-' or '—' or '–' or '[' or '\'')
            return true;
        // Inside a sentence a period is only ever followed by lower case after an abbreviation, so a plain
        // word's period before a lower-case word ends the sentence (user text often starts in lower case).
        // After a closing quote, lower case is an incise ("» dit-il").
        return singlePeriod && end == after && char.IsLower(first) && word.Length >= 2 && !Abbreviations.IsAbbreviation(word) && IsPlainWord(word);
    }

    /// <summary>
    /// "expliqué.Depuis", "mois.S'ils", "a-t-il.Les", "tous\".Le", "l'ICG.Mais", "années 90.Howard": scraped news loses the
    /// break between paragraphs, so a period between a word, a closing quote or a number and a capitalised
    /// word is a boundary; "U.S.Army", "3.5" are not (the word before must be two letters or more, undotted).
    /// </summary>
    private static bool IsParagraphJoin(string text, int period, ReadOnlySpan<char> word)
    {
        int after = period + 1;
        if (period == 0 || after + 1 >= text.Length || !char.IsUpper(text[after]) || !(char.IsLower(text[after + 1]) || text[after + 1] == '\'')) return false;
        char before = text[period - 1];
        if (before is '"' or '»' or '”' or ')') return true;
        if (char.IsAsciiDigit(before)) return true;
        return word.Length >= 2 && !word.Contains('.') && (word.Length == period || text[period - word.Length - 1] is not ('.' or '/' or '@'));
    }

    /// <summary>
    /// Past a closing quote that follows the marks across a space ("? »", ". \" "), and past the period that
    /// may follow it; else <paramref name="after"/> itself.
    /// </summary>
    private static int ClosingQuoteAfter(string text, int after)
    {
        int k = SkipSpace(text, after);
        if (k >= text.Length || k == after) return after;
        bool closing = text[k] switch
        {
            '»' or '”' => true,
            // A straight quote opens when a word follows it directly, and closes otherwise.
            '"' => k + 1 >= text.Length || !char.IsLetterOrDigit(text[k + 1]),
            _ => false,
        };
        if (!closing) return after;
        k++;
        while (k < text.Length && text[k] is '.' or '!' or '?' or '…') k++;
        return k;
    }

    private static bool StarterBeginsSentence(string text, int i)
    {
        int end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end < text.Length && text[end] == '\'') end++;
        else if (end + 1 < text.Length && text[end] == ' ') end++;
        else return false;
        // The verb or pronoun after it is lower case; "Il Corriere" is a title.
        if (end >= text.Length || !char.IsLower(text[end])) return false;
        var starter = text.AsSpan(i, end - i).TrimEnd(' ');
        if (!SentenceStarters.Contains(starter)) return false;

        int wordEnd = i - 1;
        if (wordEnd >= 2 && text[wordEnd - 1] == ':' && text[wordEnd - 2] == ' ') return true;
        int wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1])) wordStart--;
        if (wordStart == wordEnd) return false;
        return !char.IsUpper(text[wordStart]) || !NameLikeStarters.Contains(starter);
    }

    /// <summary>":)", ";-)", ":(" and the like, standing alone.</summary>
    public static bool IsEmoticon(string text, int i, out int end)
    {
        end = i + 1;
        if (end < text.Length && text[end] == '-') end++;
        if (end >= text.Length || text[end] is not (')' or '(') || (i > 0 && !char.IsWhiteSpace(text[i - 1]))) return false;
        end++;
        return end >= text.Length || char.IsWhiteSpace(text[end]);
    }

    private static bool IsInitialOrAbbreviation(ReadOnlySpan<char> word) =>
        Abbreviations.IsAbbreviation(word) || IsDottedInitials(word);

    // "E.E" of "E.E. Smith", "J.-P" of "J.-P. Bruneau": two initials.
    private static bool IsDottedInitials(ReadOnlySpan<char> word) =>
        word.Length is 3 or 4 && char.IsUpper(word[0]) && word[1] == '.' && char.IsUpper(word[^1]) && (word.Length == 3 || word[2] == '-');

    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int index)
    {
        int s = index;
        while (s > 0 && (char.IsLetter(text[s - 1])
            || (s > 1 && text[s - 1] == '.' && char.IsLetter(text[s - 2]))
            || (s > 1 && text[s - 1] == '-' && (char.IsLetter(text[s - 2]) || text[s - 2] == '.'))))
            s--;
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
