namespace Extraction.Recognizers.Countries;

using System.Text;
using Extraction.Core;
using Extraction.French;
using Extraction.Text;
using Extraction.Tokenize;

/// <summary>
/// Pure rules that turn the names and demonyms of the data set into gazetteer keys, and pick the state an
/// ambiguous mention denotes.
/// </summary>
public static class CountriesNormalizer
{
    /// <summary>
    /// The gazetteer key of a surface form: its tokens as the French tokeniser cuts them, folded, joined by
    /// one space ("Côte d' Ivoire" and "Côte d'Ivoire" both give "cote d' ivoire").
    /// </summary>
    public static string Key(string surface)
    {
        var text = TextNormalizer.Normalize(surface);
        var tokens = new List<Token>();
        FrenchTokenizer.Tokenize(text, 0, text.Length, tokens);
        var key = new StringBuilder(text.Length);
        foreach (var token in tokens)
        {
            if (key.Length > 0) key.Append(' ');
            key.Append(TextFolding.Fold(text.Substring(token.Start, token.Length)));
        }
        return key.ToString();
    }

    /// <summary>
    /// The forms under which a country name is written in running text: without a leading article (the
    /// article is not part of the mention), without a parenthesised alternative (which becomes a form of its
    /// own), with the data set's stray space before a hyphen removed, and, for hyphenated names, also with
    /// spaces instead of hyphens ("Etats Unis"). A name carrying an abbreviation ("Congo (Rép. dém.)") gives none.
    /// </summary>
    public static IEnumerable<string> NameForms(string name)
    {
        var trimmed = name.Trim();
        int open = trimmed.IndexOf('(');
        var parts = new List<string>();
        if (open < 0)
        {
            parts.Add(trimmed);
        }
        else
        {
            int close = trimmed.IndexOf(')', open);
            if (close < 0 || trimmed.Contains('.')) yield break;
            parts.Add(trimmed[..open].Trim());
            parts.Add(trimmed[(open + 1)..close].Trim());
        }

        foreach (var part in parts)
        {
            var form = JoinStrayHyphens(StripArticle(part));
            if (form.Length == 0) continue;
            yield return form;
            if (HasInnerHyphen(form)) yield return form.Replace('-', ' ');
        }
    }

    /// <summary>"Les états-unis d'Amérique" → "états-unis d'Amérique"; "L'Inde" → "Inde".</summary>
    public static string StripArticle(string name)
    {
        foreach (var article in (ReadOnlySpan<string>)["Le ", "La ", "Les ", "L'", "L’"])
            if (name.StartsWith(article, StringComparison.OrdinalIgnoreCase) && name.Length > article.Length)
                return name[article.Length..].TrimStart();
        return name;
    }

    /// <summary>"République -Unie de Tanzanie" → "République-Unie de Tanzanie".</summary>
    public static string JoinStrayHyphens(string name)
    {
        var result = new StringBuilder(name.Length);
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] == ' ' && i + 2 < name.Length && name[i + 1] == '-' && char.IsLetter(name[i + 2]))
                continue;
            result.Append(name[i]);
        }
        return result.ToString();
    }

    /// <summary>
    /// Masculine and feminine, singular and plural of a demonym given as its masculine and feminine singular:
    /// ("Coréen", "Coréenne") → coréen, coréenne, coréens, coréennes; français stays français. Demonyms of several words ("Antiguaise et barbudien") are not written in running text
    /// and give none.
    /// </summary>
    public static IEnumerable<string> DemonymForms(string masculine, string feminine)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var singular in new[] { masculine.Trim(), feminine.Trim() })
        {
            if (singular.Length == 0 || singular.Contains(' ') || singular.Contains(',')) continue;
            var lower = singular.ToLowerInvariant();
            if (seen.Add(lower)) yield return lower;
            var plural = FrenchInflection.Plural(lower);
            if (seen.Add(plural)) yield return plural;
        }
    }

    /// <summary>
    /// The state an ambiguous mention denotes: the first of its candidates that the document names
    /// unambiguously (by name, demonym or capital city), otherwise the first candidate, which the gazetteer
    /// orders as the default.
    /// </summary>
    public static string Resolve(IReadOnlyList<string> candidates, IReadOnlySet<string> namedInDocument)
    {
        foreach (var code in candidates)
            if (namedInDocument.Contains(code)) return code;
        return candidates[0];
    }

    private static bool HasInnerHyphen(string form)
    {
        for (int i = 1; i + 1 < form.Length; i++)
            if (form[i] == '-' && char.IsLetter(form[i - 1]) && char.IsLetter(form[i + 1])) return true;
        return false;
    }
}
