namespace Extraction.Recognizers.Countries;

using Extraction.Core;
using Extraction.Text;

/// <summary>A gazetteer entry found over tokens [FirstToken, EndToken) of a document.</summary>
public readonly record struct CountryMatch(int FirstToken, int EndToken, CountryEntry Entry);

/// <summary>
/// Finds the longest gazetteer entry starting at each word, left to right, without overlaps. The document is
/// folded once; each word costs one dictionary look-up on a span of that folded copy, with no allocation per word.
/// </summary>
public sealed class CountriesRecognizer(CountriesLexicon lexicon)
{
    public List<CountryMatch> Find(Document document)
    {
        var matches = new List<CountryMatch>();
        var tokens = document.Tokens;
        var folded = document.Folded;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            if (lexicon.CandidatesFor(Slice(folded, tokens[i])) is not { } candidates) continue;
            foreach (var entry in candidates)
            {
                int end = i + entry.Tokens.Length;
                if (end > tokens.Count || !RestMatches(folded, tokens, i, entry) || !ContextAllows(document, folded, i, end, entry.Kind))
                    continue;
                matches.Add(new CountryMatch(i, end, entry));
                i = end - 1;
                break;
            }
        }
        return matches;
    }

    private static bool RestMatches(string folded, List<Token> tokens, int first, CountryEntry entry)
    {
        for (int k = 1; k < entry.Tokens.Length; k++)
            if (!Slice(folded, tokens[first + k]).SequenceEqual(entry.Tokens[k])) return false;
        return true;
    }

    /// <summary>
    /// Names and capitals need a capitalised word, so common words that spell a name ("la grenade", "l'équateur")
    /// stay out; acronyms need capitals throughout; a lower-case demonym right after "en", "le", "l'", "du" or
    /// "au" is the language ("en français"); a name that is also a given name is a person before a capitalised word.
    /// </summary>
    private static bool ContextAllows(Document document, string folded, int first, int end, CountryEntryKind kind)
    {
        var tokens = document.Tokens;
        char initial = document.Text[tokens[first].Start];
        switch (kind)
        {
            case CountryEntryKind.Name or CountryEntryKind.Cue:
                return HasCapitalisedWord(document, first, end) && !IsGivenNameOfPerson(document, folded, first, end);
            case CountryEntryKind.Acronym:
                for (int k = first; k < end; k++)
                    foreach (char c in document.TextOf(tokens[k]))
                        if (char.IsLetter(c) && !char.IsUpper(c)) return false;
                return true;
            case CountryEntryKind.Demonym:
                return char.IsUpper(initial) || first == 0 || !CountriesLexicon.IsLanguageDeterminer(Slice(folded, tokens[first - 1]));
            default:
                return true;
        }
    }

    // "l'île Maurice" keeps "île" in lower case: any capitalised word makes a name a proper noun.
    private static bool HasCapitalisedWord(Document document, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (char.IsUpper(document.Text[document.Tokens[k].Start])) return true;
        return false;
    }

    // "Salvador Romero": a one-word name that is also a given name, followed by a capitalised word.
    private static bool IsGivenNameOfPerson(Document document, string folded, int first, int end) =>
        end == first + 1 && end < document.Tokens.Count && CountriesLexicon.IsGivenName(Slice(folded, document.Tokens[first]))
        && document.Tokens[end].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[end].Start]);

    private static ReadOnlySpan<char> Slice(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
