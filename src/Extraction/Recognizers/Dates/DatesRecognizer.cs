namespace Extraction.Recognizers.Dates;

using System.Buffers;
using Extraction.Core;
using Extraction.Text;

/// <summary>
/// Finds date and duration spans with a small grammar over tokens: each token is classified once
/// (<see cref="Lexeme"/>), then productions with bounded look-ahead are tried at each position, longest
/// construction first. Nothing is allocated per token.
/// </summary>
internal static class DatesRecognizer
{
    public static void Recognize(Document document, List<DateCandidate> output)
    {
        int count = document.Tokens.Count;
        var lexemes = ArrayPool<Lexeme>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < count; i++)
                lexemes[i] = Classify(document, document.Tokens[i]);
            new DateGrammar(document, lexemes.AsSpan(0, count), output).Run();
        }
        finally
        {
            ArrayPool<Lexeme>.Shared.Return(lexemes);
        }
    }

    internal static Lexeme Classify(Document document, Token token)
    {
        var text = document.NormOf(token);
        switch (token.Kind)
        {
            case TokenKind.Number:
                int value = AsciiDigits.Value(text);
                if (value >= 0 && text.Length <= 4) return new Lexeme(LexKind.Integer, value);
                if (DatesNormalizer.TrySplitRange(text, out _, out _)) return new Lexeme(LexKind.NumberRange, 0);
                if (DatesNormalizer.TryNumericDate(text, out _)) return new Lexeme(LexKind.NumericDate, 0);
                return default;
            case TokenKind.Punctuation:
                return text switch
                {
                    "," => new Lexeme(LexKind.Comma, 0),
                    "-" or "–" or "—" => new Lexeme(LexKind.Dash, 0),
                    _ => default,
                };
            case TokenKind.Symbol:
                return default;
        }
        if (text.Length > 32) return default;
        var flags = char.IsUpper(text[0]) ? LexFlags.Capitalized : LexFlags.None;
        // Folding would merge "à" with the verb "a" and "dès" with "des".
        if (text is "à" or "À") return new Lexeme(LexKind.A, 0, flags);
        if (text is "dès" or "Dès") return new Lexeme(LexKind.YearPreposition, 0, flags);
        var word = text.Length > 1 && text[^1] == '.' ? text[..^1] : text;
        Span<char> folded = stackalloc char[word.Length];
        TextFolding.Fold(word, folded);
        if (DatesLexicon.Lookup.TryGetValue(folded, out var lexeme))
            return lexeme with { Flags = lexeme.Flags | flags };
        if (folded.StartsWith("mi-"))
        {
            var rest = folded[3..];
            if (DatesLexicon.Lookup.TryGetValue(rest, out var month) && month.Kind == LexKind.Month && !month.Has(LexFlags.NumberToo))
                return new Lexeme(LexKind.MidMonth, month.Value, flags);
            int year = AsciiDigits.Value(rest);
            if (DatesNormalizer.IsYear(year)) return new Lexeme(LexKind.MidYear, year, flags);
            return default;
        }
        int hyphen = folded.IndexOf('-');
        if (hyphen > 0
            && DatesLexicon.Lookup.TryGetValue(folded[..hyphen], out var first) && first.Kind == LexKind.Month && !first.Has(LexFlags.Abbreviated)
            && DatesLexicon.Lookup.TryGetValue(folded[(hyphen + 1)..], out var second) && second.Kind == LexKind.Month && !second.Has(LexFlags.Abbreviated)
            && first.Value < second.Value)
            return new Lexeme(LexKind.MonthRange, first.Value * 16 + second.Value, flags);
        if (hyphen < 0)
        {
            // Single number words are in the lexicon; only compounds ("soixante-dix") need the parser.
            int century = DatesNormalizer.CenturyOrdinal(word);
            return century > 0 ? new Lexeme(LexKind.Ordinal, century, flags) : default;
        }
        int number = DatesNormalizer.CountOf(folded);
        return number > 0 ? new Lexeme(LexKind.NumberWord, number, flags) : default;
    }
}
