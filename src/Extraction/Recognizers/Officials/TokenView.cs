namespace Extraction.Recognizers.Officials;

using Extraction.Core;
using Extraction.Ner;

/// <summary>A document's tokens seen three ways: as written, normalised, and folded (lower case, no accents).</summary>
internal readonly struct TokenView(Document document, string folded, List<Token> tokens)
{
    public ReadOnlySpan<char> Word(int i) => document.Normalized.AsSpan(tokens[i].Start, tokens[i].Length);
    public ReadOnlySpan<char> Folded(int i) => folded.AsSpan(tokens[i].Start, tokens[i].Length);
    public int Start(int i) => tokens[i].Start;
    public bool IsNumber(int i) => tokens[i].Kind == TokenKind.Number;
    public int End(int i) => tokens[i].End;
    public int Count => tokens.Count;
    public int IndexAt(int offset) => document.TokenIndexAt(offset);

    public string TextBetween(int first, int end) => document.Text[tokens[first].Start..tokens[end - 1].End];

    /// <summary>
    /// Where a name ending with token <paramref name="i"/> stops: before a period glued to the next sentence
    /// ("Ivan Jdanov.M. Peskov", from paragraphs joined without a space), else at the token's end.
    /// </summary>
    public int NameStop(int i)
    {
        var word = Word(i);
        int period = word.IndexOf('.');
        return period > 1 && period + 1 < word.Length && char.IsUpper(word[period + 1]) ? tokens[i].Start + period : tokens[i].End;
    }

    /// <summary>An upper-case word of two letters or more ("ONU", "MINUSCA"): a body, not a name.</summary>
    public bool IsAcronym(int i)
    {
        var word = Word(i);
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static bool HasNamePrefix(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen < OfficialsLexicon.PrefixHyphen.First || hyphen > OfficialsLexicon.PrefixHyphen.Last) return false;
        foreach (var prefix in OfficialsLexicon.NamePrefixes)
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(word[prefix.Length])) return true;
        return false;
    }

    /// <summary>A word that can be part of a name: capitalised, not an acronym, a role, an honorific or a clause opener.</summary>
    public bool IsNameWord(int i)
    {
        if (tokens[i].Kind != TokenKind.Word) return false;
        var word = Word(i);
        if (char.IsLower(word[0])) return HasNamePrefix(word);
        if (!char.IsUpper(word[0]) || word.Length < 2 || IsAcronym(i) || NerLexicon.IsHonorific(word)) return false;
        var f = Folded(i);
        return !OfficialsLexicon.NotNameWords.Has(f) && !OfficialsLexicon.Articles.Has(f)
            && !RoleGrammar.IsNoun(f) && !RoleGrammar.IsModifier(f);
    }
}
