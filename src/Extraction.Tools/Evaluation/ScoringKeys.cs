namespace Extraction.Evaluation;

using System.Globalization;
using Extraction.Core;
using Extraction.Text;

/// <summary>
/// The normalised keys SPEC §7 scores documents on: dates, countries and commitments on their value,
/// officials on the folded surname, counts on the number and the folded singular first word of the unit.
/// A mention without a value has no key: scoring ignores it.
/// </summary>
public static class ScoringKeys
{
    public static string? Key(string list, Mention mention)
    {
        if (mention.Value is null) return null;
        return list switch
        {
            "officials" => Surname(ValueText(mention.Value)),
            "counts" => ValueText(mention.Value) + "|" + UnitHead(mention.Get("unit") as string ?? ""),
            _ => ValueText(mention.Value),
        };
    }

    /// <summary>The last word of a full name, lower case and without accents: "Jean-Pierre Lacroix" → "lacroix".</summary>
    public static string Surname(string name)
    {
        var trimmed = name.AsSpan().Trim();
        int space = trimmed.LastIndexOf(' ');
        return TextFolding.Fold(trimmed[(space + 1)..].ToString());
    }

    /// <summary>The first word of a unit, folded and singular: "États membres" → "etat", "hélicoptères" → "helicoptere".</summary>
    public static string UnitHead(string unit)
    {
        var trimmed = unit.AsSpan().Trim();
        int space = trimmed.IndexOf(' ');
        return Singular(TextFolding.Fold((space < 0 ? trimmed : trimmed[..space]).ToString()));
    }

    // Nouns whose singular ends in s or x, which stripping would mangle.
    private static readonly HashSet<string> Invariable = new(StringComparer.Ordinal)
    {
        "pays", "fois", "mois", "corps", "prix", "poids", "choix", "voix", "cas", "processus", "temps", "avis",
        "bras", "discours", "secours", "recours", "concours",
    };

    /// <summary>French plural to singular on a folded word, enough for both sides of a comparison to agree: -aux → -al, else a final s or x dropped.</summary>
    public static string Singular(string word)
    {
        if (Invariable.Contains(word)) return word;
        if (word.Length > 4 && word.EndsWith("aux", StringComparison.Ordinal)) return word[..^3] + "al";
        if (word.Length > 1 && word[^1] is 's' or 'x') return word[..^1];
        return word;
    }

    /// <summary>A value as text; numbers in one canonical form so 87000 and 87000.0 agree.</summary>
    public static string ValueText(object value) => value switch
    {
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e18 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
