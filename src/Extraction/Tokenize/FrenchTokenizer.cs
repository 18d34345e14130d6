namespace Extraction.Tokenize;

using System.Collections.Frozen;
using Extraction.Core;
using Extraction.French;
using Extraction.Text;

/// <summary>
/// A rule-based French tokeniser over the normalised text. It follows the UD French conventions: elided
/// articles and pronouns stand alone ("l'", "qu'"), hyphenated names and compounds stay whole
/// ("Jean-Pierre", "soixante-dix"), subject clitics split off ("a" "-t-il"), numbers keep their group
/// separators ("87.000", "87 000", "7,5") and ranges ("7-8", "2007-2008"). Offsets index the original text.
/// </summary>
public static class FrenchTokenizer
{
    // Words that end in an apostrophe as a separate token when they come before a vowel.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ElisionWords = FrozenWords.Of(StringComparer.OrdinalIgnoreCase,
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");

    // Pronouns split off a verb after a hyphen ("dit-il", "pensez-vous"), the third person's also with the "t" that
    // parts two vowels ("a-t-elle"). The subject pronouns have no accents: folded, they are the words as written.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Clitics = FrozenWords.Of(StringComparer.OrdinalIgnoreCase,
    [
        .. FrenchFunctionWords.ThirdPersonSubjectPronouns, "je", "tu", .. FrenchFunctionWords.FirstAndSecondPluralPronouns, "ce",
        .. FrenchFunctionWords.ThirdPersonSubjectPronouns.Select(pronoun => "t-" + pronoun), "le", "la", "les", "lui", "leur", "moi", "toi",
        "y", "en", "là", "ci",
    ]);

    // "celui-ci", "jusque-là" are one word; after a noun "-là" and "-ci" split off ("ce jour" "-là").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DemonstrativeHeads = FrozenWords.Of(StringComparer.OrdinalIgnoreCase,
        "celui", "celle", "ceux", "celles", "jusque");

    private const int MaxCliticLength = 7;

    public static void Tokenize(Document document) =>
        Tokenize(document.Normalized, document.BodyStart, document.Normalized.Length, document.Tokens);

    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }
            int tokenEnd;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                tokenEnd = ScanNumber(text, i, end);
                kind = tokenEnd < end && char.IsLetter(text[tokenEnd]) && !IsHourMark(text, tokenEnd, end) ? TokenKind.Word : TokenKind.Number;
                if (kind == TokenKind.Word) tokenEnd = ScanWord(text, i, end);
            }
            else if (IsHourMark(text, i, end) && i > start && char.IsAsciiDigit(text[i - 1]))
            {
                tokenEnd = i + 1;
                kind = TokenKind.Word;
            }
            else if (char.IsLetter(c))
            {
                tokenEnd = UrlEnd(text, i, end);
                if (tokenEnd == i) tokenEnd = ScanWord(text, i, end);
                if (tokenEnd + 1 < end && text[tokenEnd] == '@' && char.IsLetterOrDigit(text[tokenEnd + 1])) tokenEnd = NonSpaceEnd(text, tokenEnd, end);
                kind = TokenKind.Word;
            }
            else if (c is ':' or ';' && SentenceSplitter.IsEmoticon(text, i, out int emoticonEnd) && emoticonEnd <= end)
            {
                tokenEnd = emoticonEnd;
                kind = TokenKind.Symbol;
            }
            else if (c == '-' && i + 1 < end && char.IsLetter(text[i + 1]) && i > start && char.IsLetter(text[i - 1]))
            {
                // A clitic after a verb: "-il", "-t-il" (the euphonic t belongs to the clitic).
                int clitic = i + 3 < end && text[i + 1] == 't' && text[i + 2] == '-' ? i + 3 : i + 1;
                tokenEnd = ScanWord(text, clitic, end);
                kind = TokenKind.Word;
            }
            else
            {
                tokenEnd = ScanPunctuation(text, i, end);
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            tokens.Add(new Token(i, tokenEnd, kind));
            i = tokenEnd;
        }
    }

    // "20h45", "18h": UD writes the hour mark as its own token between the numbers.
    private static bool IsHourMark(string text, int i, int end) =>
        i < end && text[i] is 'h' or 'H' && (i + 1 >= end || !char.IsLetter(text[i + 1]));

    /// <summary>End of a web address starting at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private static int UrlEnd(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return i;
        return NonSpaceEnd(text, i, end);
    }

    /// <summary>End of an address or e-mail: up to the next space, less the punctuation that closes the sentence around it.</summary>
    private static int NonSpaceEnd(string text, int i, int end)
    {
        int j = i;
        while (j < end && !char.IsWhiteSpace(text[j])) j++;
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '»' or '"' or '\'') j--;
        return j;
    }

    private static int ScanPunctuation(string text, int i, int end)
    {
        char c = text[i];
        int j = i + 1;
        // Ellipses and doubled dashes are one token.
        if (c is '.' or '-' or '!' or '?')
            while (j < end && text[j] == c) j++;
        return j;
    }

    /// <summary>Digits with thousands groups (87.000, 87 000), decimals (7,5) and ranges (7-8).</summary>
    private static int ScanNumber(string text, int i, int end)
    {
        int j = ScanDigits(text, i, end);
        int firstGroup = j - i;
        while (j < end)
        {
            char sep = text[j];
            int next = j + 1;
            if (next >= end || !char.IsAsciiDigit(text[next])) break;
            int digitsEnd = ScanDigits(text, next, end);
            int count = digitsEnd - next;
            bool groups = count == 3 && firstGroup <= 3 && (digitsEnd >= end || !char.IsAsciiDigit(text[digitsEnd]));
            if (sep == ',' || sep == '-' || sep == '/' || sep == ':' || (sep == '.' && (groups || count != 3)) || (sep == ' ' && groups))
            {
                if (sep == ' ' && !groups) break;
                j = digitsEnd;
                if (sep is '-' or '/' or ':' or ',') firstGroup = int.MaxValue;
                continue;
            }
            break;
        }
        return j;
    }

    private static int ScanDigits(string text, int i, int end)
    {
        while (i < end && char.IsAsciiDigit(text[i])) i++;
        return i;
    }

    private static int ScanWord(string text, int start, int end)
    {
        int i = start;
        bool lowerCase = char.IsLower(text[start]);
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // Scraped pages glue a heading to the paragraph after it ("préliminaireL'ONUDC"): a capital after four
                // or more lower-case letters starts a new word ("iPhone", "McDonald" are too short to split).
                if (char.IsUpper(c) && lowerCase && i - start >= 4) return i;
                lowerCase &= char.IsLower(c);
                i++;
                continue;
            }
            if (c == '\'')
            {
                var word = text.AsSpan(start, i - start);
                if (ElisionWords.Contains(word))
                    return FixedElisionEnd(text, start, i, end);
                if (i + 1 < end && char.IsLetter(text[i + 1]))
                {
                    i++;
                    continue;
                }
                return i;
            }
            if (c == '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                // Look no further than the longest clitic ("t-elles"), so a long hyphenated run stays linear.
                int limit = Math.Min(end, i + 2 + MaxCliticLength);
                int partEnd = i + 1;
                while (partEnd < limit && (char.IsLetter(text[partEnd]) || text[partEnd] == '-')) partEnd++;
                if (partEnd - i - 1 <= MaxCliticLength && Clitics.Contains(text.AsSpan(i + 1, partEnd - i - 1))
                    && !IsCompoundWithClitic(text.AsSpan(start, i - start), text.AsSpan(i + 1, partEnd - i - 1)))
                    return i;
                i++;
                continue;
            }
            if (c == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i + 2 < end && text[i + 2] == '.')
            {
                // Dotted acronyms: "U.S.A.", "c.-à-d." stay one token.
                i += 2;
                continue;
            }
            if (c == '.' && i - start == 1 && char.IsUpper(text[start]) && i + 3 < end && text[i + 1] == '-' && char.IsUpper(text[i + 2]) && text[i + 3] == '.')
                return i + 4; // hyphenated initials: "J.-C.", "J.-P."
            // "1,5°C.": a letter right after the degree sign is the scale, not an initial, so the period ends the sentence.
            if (c == '.' && Abbreviations.IsKnownWithPeriod(text.AsSpan(start, i - start)) && !(start > 0 && text[start - 1] == '°'))
                return i + 1;
            if (c == '(' && i - start >= 2 && InclusiveEnding(text, i, end) is int inclusiveEnd and > 0)
                return inclusiveEnd;
            if (c == '+' && IsAcronym(text.AsSpan(start, i - start)) && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])))
                return i + 1;
            if (c == '°' && i - start == 1 && (text[start] is 'n' or 'N'))
                return i + 1;
            break;
        }
        if (i < end && text[i] == '.' && i - start > 0 && IsDottedAcronym(text.AsSpan(start, i - start)))
            return i + 1;
        return i;
    }

    // "ceux-ci", "rendez-vous", "Jean-Le Gall": the part after the hyphen is a clitic only after a verb or a noun
    // ("dit-il", "Est-ce", "ce jour-là"); a capitalised part, or one after an earlier hyphen
    // ("Saint-Vincent-et-les-Grenadines"), belongs to a compound.
    private static bool IsCompoundWithClitic(ReadOnlySpan<char> head, ReadOnlySpan<char> part) =>
        (head.Equals("rendez", StringComparison.OrdinalIgnoreCase) && part.Equals("vous", StringComparison.OrdinalIgnoreCase))
        || part.StartsWith("mêmes", StringComparison.OrdinalIgnoreCase)
        || head.StartsWith("c'est", StringComparison.OrdinalIgnoreCase)
        || head.Contains('-')
        || char.IsUpper(part[0])
        || (part is "là" or "ci" && DemonstrativeHeads.Contains(head));

    /// <summary>
    /// Where an elided word's token ends: after its apostrophe, except in the fixed forms "l'on" and
    /// "c'est-à-dire", which UD keeps whole.
    /// </summary>
    private static int FixedElisionEnd(string text, int start, int apostrophe, int end)
    {
        var rest = text.AsSpan(apostrophe + 1, end - apostrophe - 1);
        var head = text.AsSpan(start, apostrophe - start);
        int whole = head.Equals("l", StringComparison.OrdinalIgnoreCase) && rest.StartsWith("on", StringComparison.Ordinal) ? 2
            : head.Equals("c", StringComparison.OrdinalIgnoreCase) && rest.StartsWith("est-à-dire", StringComparison.OrdinalIgnoreCase) ? 10
            : 0;
        if (whole > 0 && (whole == rest.Length || !char.IsLetter(rest[whole]))) return apostrophe + 1 + whole;
        return apostrophe + 1;
    }

    // Inclusive endings written in brackets stay on their word: "traité(e)", "VOIE(S)".
    private static int InclusiveEnding(string text, int open, int end)
    {
        int j = open + 1;
        while (j < end && j - open <= 3 && char.IsLetter(text[j])) j++;
        if (j == open + 1 || j - open > 3 || j >= end || text[j] != ')') return 0;
        j++;
        return j < end && char.IsLetterOrDigit(text[j]) ? 0 : j;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        foreach (char c in word)
            if (!char.IsUpper(c) && !char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool IsDottedAcronym(ReadOnlySpan<char> word) => word.Length >= 3 && word[^2] == '.';
}
