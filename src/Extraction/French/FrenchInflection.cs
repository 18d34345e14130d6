namespace Extraction.French;

using System.Collections.Frozen;
using Extraction.Text;

/// <summary>
/// Singular and plural of lower-case French nouns and adjectives: "-s" and "-x" added or dropped, "-al" and
/// "-aux", "-eau" and "-eaux", the words that end in s, x or z in the singular left alone ("pays", "paix",
/// "prix"), and the nouns the rules do not read either way ("travail" and "travaux", "œil" and "yeux").
/// </summary>
public static class FrenchInflection
{
    // Folded keys: words whose singular already ends in s, x or z.
    private static readonly FrozenSet<string> Invariable = FrozenSet.Create(StringComparer.Ordinal,
        "pays", "paix", "prix", "voix", "croix", "choix", "noix", "fois", "mois", "bois", "poids", "temps", "corps", "bras", "cas",
        "repas", "pas", "tas", "succes", "progres", "acces", "proces", "exces", "deces", "congres", "avis", "fils", "permis",
        "colis", "tapis", "devis", "compromis", "mepris", "dos", "os", "heros", "chaos", "propos", "repos", "cours", "concours",
        "discours", "parcours", "secours", "recours", "virus", "consensus", "processus", "campus", "bonus", "bus", "corpus",
        "blocus", "focus", "abus", "refus", "obus", "plus", "flux", "reflux", "index", "taux", "faux", "gaz", "nez", "riz",
        "relais", "mais", "jus", "tiers", "divers", "gris", "gros", "bas", "epais", "frais", "univers", "depens", "moyens-orient",
        "atlas", "fracas", "verglas", "lilas", "embarras", "remords", "puits", "talus", "rebus", "lapsus", "stress", "sens", "fonds",
        "mets", "legs", "rubis", "souris", "biais", "ours", "hors", "revers", "travers", "envers");

    // Singular and plural of the nouns in -ail and -ou that take -aux and -oux, of the irregular ones, and of the
    // nouns the singular's rules would take for adjectives (-eux as in "nombreux", -ais as in "français").
    private static readonly (string Singular, string Plural)[] Pairs =
    [
        ("travail", "travaux"), ("bail", "baux"), ("corail", "coraux"), ("émail", "émaux"), ("vitrail", "vitraux"),
        ("soupirail", "soupiraux"), ("bijou", "bijoux"), ("caillou", "cailloux"), ("chou", "choux"), ("genou", "genoux"),
        ("hibou", "hiboux"), ("joujou", "joujoux"), ("pou", "poux"), ("œil", "yeux"), ("ciel", "cieux"), ("aïeul", "aïeux"),
        ("jeu", "jeux"), ("feu", "feux"), ("lieu", "lieux"), ("milieu", "milieux"), ("enjeu", "enjeux"), ("vœu", "vœux"),
        ("cheveu", "cheveux"), ("neveu", "neveux"), ("adieu", "adieux"), ("délai", "délais"), ("essai", "essais"),
        ("quai", "quais"), ("minerai", "minerais"), ("balai", "balais"),
    ];

    private static readonly FrozenDictionary<string, string> SingularOf = BuildSingularOf();

    private static readonly FrozenDictionary<string, string> PluralOf =
        Pairs.ToFrozenDictionary(p => TextFolding.Fold(p.Singular), p => p.Plural, StringComparer.Ordinal);

    // Folded: the nouns and adjectives in -al that take -als, and those in -au and -eu that take -s.
    private static readonly FrozenSet<string> PluralInAls = FrozenSet.Create(StringComparer.Ordinal,
        "bal", "carnaval", "chacal", "festival", "recital", "regal", "naval", "final", "fatal", "natal", "banal", "bancal");

    private static readonly FrozenSet<string> PluralInS = FrozenSet.Create(StringComparer.Ordinal, "landau", "sarrau", "bleu", "pneu", "emeu");

    // Keyed by the folded plural, also with "oe" for "œ" as text often writes it ("voeux").
    private static FrozenDictionary<string, string> BuildSingularOf()
    {
        var singulars = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Fixed term: "Casques bleues" are women peacekeepers, still counted as casques bleus.
            ["bleue"] = "bleu", ["bleues"] = "bleu",
        };
        foreach (var (singular, plural) in Pairs)
        {
            var key = TextFolding.Fold(plural);
            singulars[key] = singular;
            singulars[key.Replace("œ", "oe", StringComparison.Ordinal)] = singular;
        }
        return singulars.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The singular of a lower-case plural noun or adjective; a word that is not plural comes back as it is.</summary>
    public static string Singular(string word)
    {
        if (word.Length < 3) return word;
        var folded = TextFolding.Fold(word);
        if (Invariable.Contains(folded)) return word;
        if (SingularOf.TryGetValue(folded, out var singular)) return singular;
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

    /// <summary>The plural of a lower-case singular noun or adjective (masculine or feminine).</summary>
    public static string Plural(string word)
    {
        var folded = TextFolding.Fold(word);
        if (PluralOf.TryGetValue(folded, out var plural)) return plural;
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z')) return word;
        if (folded.EndsWith("al", StringComparison.Ordinal) && !PluralInAls.Contains(folded)) return word[..^2] + "aux";
        if ((folded.EndsWith("au", StringComparison.Ordinal) || folded.EndsWith("eu", StringComparison.Ordinal)) && !PluralInS.Contains(folded))
            return word + "x";
        return word + "s";
    }
}
