namespace Extraction.Recognizers.Counts;

using Extraction.Text;

/// <summary>
/// Turns a lower-case French plural noun or adjective into its singular: "-s" and "-x" dropped, "-aux" to "-al",
/// "-eaux" to "-eau", with the words that end in s, x or z in the singular left alone ("pays", "paix", "prix").
/// </summary>
public static class FrenchSingularizer
{
    // Folded keys: words whose singular already ends in s, x or z.
    private static readonly HashSet<string> Invariable = new(StringComparer.Ordinal)
    {
        "pays", "paix", "prix", "voix", "croix", "choix", "noix", "fois", "mois", "bois", "poids", "temps", "corps", "bras", "cas",
        "repas", "pas", "tas", "succes", "progres", "acces", "proces", "exces", "deces", "congres", "avis", "fils", "permis",
        "colis", "tapis", "devis", "compromis", "mepris", "dos", "os", "heros", "chaos", "propos", "repos", "cours", "concours",
        "discours", "parcours", "secours", "recours", "virus", "consensus", "processus", "campus", "bonus", "bus", "corpus",
        "blocus", "focus", "abus", "refus", "obus", "plus", "flux", "reflux", "index", "taux", "faux", "gaz", "nez", "riz",
        "relais", "mais", "jus", "tiers", "divers", "gris", "gros", "bas", "epais", "frais", "univers", "depens", "moyens-orient",
        "atlas", "fracas", "verglas", "lilas", "embarras", "remords", "puits", "talus", "rebus", "lapsus", "stress", "sens", "fonds",
        "mets", "legs", "rubis", "souris", "biais", "ours", "hors", "revers", "travers", "envers",
    };

    // Folded plurals in -aux whose singular is -ail, and nouns in -eux / -oux that take an x in the plural.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["travaux"] = "travail", ["baux"] = "bail", ["coraux"] = "corail", ["emaux"] = "émail", ["vitraux"] = "vitrail",
        ["soupiraux"] = "soupirail", ["jeux"] = "jeu", ["feux"] = "feu", ["lieux"] = "lieu", ["milieux"] = "milieu",
        ["enjeux"] = "enjeu", ["voeux"] = "vœu", ["vœux"] = "vœu", ["cheveux"] = "cheveu", ["neveux"] = "neveu", ["adieux"] = "adieu",
        ["bijoux"] = "bijou", ["cailloux"] = "caillou", ["choux"] = "chou", ["genoux"] = "genou", ["hiboux"] = "hibou",
        ["joujoux"] = "joujou", ["poux"] = "pou", ["yeux"] = "œil", ["cieux"] = "ciel", ["aieux"] = "aïeul",
        ["delais"] = "délai", ["essais"] = "essai", ["quais"] = "quai", ["minerais"] = "minerai", ["balais"] = "balai",
        // Fixed term: "Casques bleues" are women peacekeepers, still counted as casques bleus.
        ["bleue"] = "bleu", ["bleues"] = "bleu",
    };

    public static string Singularize(string word)
    {
        if (word.Length < 3) return word;
        var folded = TextFolding.Fold(word);
        if (Invariable.Contains(folded)) return word;
        if (Irregular.TryGetValue(folded, out var singular)) return singular;
        if (folded.EndsWith("eaux", StringComparison.Ordinal)) return word[..^1];
        if (folded.EndsWith("aux", StringComparison.Ordinal)) return word[..^3] + "al";
        // Adjectives in -eux, -oux, -ais and -ois are the same in the singular ("nombreux", "français", "chinois").
        if (folded.EndsWith("eux", StringComparison.Ordinal) || folded.EndsWith("oux", StringComparison.Ordinal)
            || folded.EndsWith("ais", StringComparison.Ordinal) || folded.EndsWith("ois", StringComparison.Ordinal))
            return word;
        if (folded.EndsWith("ss", StringComparison.Ordinal)) return word;
        // Participles in -is are the same in the singular ("promis", "compris", "acquis", "assis").
        if (folded.EndsWith("mis", StringComparison.Ordinal) || folded.EndsWith("pris", StringComparison.Ordinal)
            || folded.EndsWith("quis", StringComparison.Ordinal) || folded.EndsWith("sis", StringComparison.Ordinal))
            return word;
        if (word[^1] is 's' or 'x') return word[..^1];
        return word;
    }
}
