namespace Extraction.Recognizers.Counts;

using System.Collections.Frozen;
using System.Collections.Immutable;
using Extraction.French;
using Extraction.Text;
using static Extraction.French.FrenchFunctionWords;

/// <summary>
/// Word lists for counts. Every key is folded (lower case, accents removed, see <see cref="Text.TextFolding"/>)
/// so a token's slice of the folded document text looks it up without allocating.
/// </summary>
public static class CountsLexicon
{
    /// <summary>Words before a number that set its qualifier, as folded token sequences (longest first when tried).</summary>
    public static readonly ImmutableArray<(ImmutableArray<string> Tokens, string Qualifier)> Qualifiers = Sorted(
    [
        ("un peu plus de", "more_than"), ("un peu plus d'", "more_than"), ("bien plus de", "more_than"), ("bien plus d'", "more_than"),
        ("plus de", "more_than"), ("plus d'", "more_than"), ("au-dela de", "more_than"), ("au-dela d'", "more_than"),
        ("pas moins de", "at_least"), ("pas moins d'", "at_least"), ("au moins", "at_least"), ("au minimum", "at_least"),
        ("un minimum de", "at_least"), ("un minimum d'", "at_least"),
        ("pas plus de", "at_most"), ("pas plus d'", "at_most"), ("tout au plus", "at_most"), ("au plus", "at_most"),
        ("au maximum", "at_most"), ("un maximum de", "at_most"), ("un maximum d'", "at_most"), ("jusqu' a", "at_most"),
        ("moins de", "less_than"), ("moins d'", "less_than"),
        ("pres de", "about"), ("pres d'", "about"), ("environ", "about"), ("quelque", "about"), ("approximativement", "about"),
        ("presque", "about"), ("quasiment", "about"), ("autour de", "about"), ("autour d'", "about"), ("aux alentours de", "about"),
        ("aux alentours d'", "about")
    ]);

    /// <summary>Words that stand between a verb-less number and its noun, or end the noun phrase: never a head noun.</summary>
    public static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        // determiners, with the first person's possessives of quoted speech
        .. DefiniteArticles, .. IndefiniteArticles, .. FormsOfDe, .. Demonstratives, .. ThirdPersonPossessives,
        .. FirstAndSecondPluralPossessives, "mon", "ma", "mes", "tout", "tous", "toute", "toutes", "chaque", "aucun", "aucune",
        "plusieurs", "certains", "certaines", "autres", "quelques",
        // prepositions
        .. FormsOfA, .. CommonPrepositions, "sous", "sans", "contre", "entre", "vers", "chez", "depuis", "pendant", "durant", "avant",
        "apres", "selon", "parmi", "hors", "malgre", "via", "outre", "jusqu'", "jusque", "pres", "lors", "devant", "derriere", "envers",
        "afin", "grace", "face", "au-dela", "au-dessus", "au-dessous",
        // conjunctions and relative pronouns
        .. RelativePronouns, "et", "ou", "mais", "donc", "or", "ni", "car", "si", "comme", "lorsque", "lorsqu'", "quand", "tandis", "puis",
        // pronouns
        .. ThirdPersonSubjectPronouns, .. FirstAndSecondPluralPronouns, "se", "s'", "y", "lui", "eux", "je", "j'", "me", "m'", "te", "t'",
        "c'", "ceci", "cela", "ca", "celui", "celle", "ceux", "celles", "chacun", "chacune",
        // auxiliaries and frequent verbs
        "est", "sont", "ont", "avait", "avaient", "etait", "etaient", "sera", "seront", "serait", "seraient", "aura", "auront",
        "aurait", "auraient", "ete", "fait", "font", "peut", "peuvent", "doit", "doivent", "va", "vont", "ai", "as", "avons", "avez",
        "sommes", "etes", "soit", "soient", "ait", "aient", "n'", "ne", "pas",
        // adverbs and quantity words
        "plus", "moins", "tres", "aussi", "encore", "deja", "bien", "seulement", "environ", "actuellement", "notamment", "maintenant",
        "cependant", "autant", "tant", "quant", "ainsi", "alors", "meme", "seul", "seule", "seuls", "seules", "pres", "demi", "demie",
        // participles that open a clause
        "ayant", "etant",
    ]);

    /// <summary>A number directly followed by one of these has lost its noun ("tandis que 23 ont cité").</summary>
    public static readonly FrozenSet<string> ElidedFollowers = FrozenSet.Create(StringComparer.Ordinal,
        "ont", "sont", "avaient", "etaient", "auront", "seront", "auraient", "seraient", "se", "s'", "y", "ne", "n'", "d'",
        "parmi", "ont-ils", "sont-ils", "en");

    /// <summary>Nouns used after a head noun like adjectives ("États membres", "pays contributeurs").</summary>
    public static readonly FrozenSet<string> Appositions = FrozenSet.Create(StringComparer.Ordinal,
        "membre", "membres", "partenaire", "partenaires", "contributeur", "contributeurs", "fournisseur", "fournisseurs",
        "hote", "hotes", "donateur", "donateurs", "observateur", "observateurs", "cle", "cles", "pilote", "pilotes", "tiers",
        "casque", "casques", "bleu", "bleus", "bleue", "bleues", "cfa", "us", "sterling");

    /// <summary>Nouns of set phrases after "de" that are not complements of the counted noun ("de la part de", "de manière").</summary>
    public static readonly FrozenSet<string> AdverbialNouns = FrozenSet.Create(StringComparer.Ordinal,
        "part", "fait", "maniere", "facon", "sorte", "suite", "cote", "sein", "nouveau", "loin", "pres", "retour", "ordre");

    /// <summary>Adjectives written before the noun; they are part of the mention but not of the unit ("16 nouveaux hélicoptères").</summary>
    public static readonly FrozenSet<string> PrenominalAdjectives = FrozenSet.Create(StringComparer.Ordinal,
        "nouveau", "nouveaux", "nouvel", "nouvelle", "nouvelles", "autre", "autres", "premier", "premiers", "premiere", "premieres",
        "dernier", "derniers", "derniere", "dernieres", "prochain", "prochains", "prochaine", "prochaines", "grand", "grands",
        "grande", "grandes", "petit", "petits", "petite", "petites", "principaux", "principales", "jeunes", "longues", "longs",
        "bonnes", "bons", "anciens", "anciennes", "vrais", "veritables", "seuls", "seules", "seul", "seule", "courtes",
        "enormes", "gros", "grosses", "immenses", "hauts", "hautes", "vastes", "memes", "fortes", "forts", "graves");

    /// <summary>Heads that make the number a duration, a time of day or a repetition ("deux fois", "à trois reprises"), not a count.</summary>
    public static readonly FrozenSet<string> NonCountHeads = FrozenSet.Create(StringComparer.Ordinal,
        "jour", "jours", "journee", "journees", "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "heure", "heures",
        "h", "minute", "minutes", "min", "mn", "seconde", "secondes", "siecle", "siecles", "decennie", "decennies", "trimestre",
        "trimestres", "semestre", "semestres", "nuit", "nuits", "matinee", "soiree", "week-end", "week-ends", "millenaire", "fois", "reprise", "reprises",
        // fractions: "deux tiers des élèves" is a proportion
        "tiers", "quart", "quarts", "cinquieme", "cinquiemes", "dixieme", "dixiemes", "centieme", "centiemes");

    /// <summary>Units of measure (folded, singular): their "de" complement is the thing measured, not part of the unit ("30 tonnes de riz").</summary>
    public static readonly FrozenSet<string> MeasureNouns = FrozenSet.Create(StringComparer.Ordinal,
        "metre", "kilometre", "centimetre", "millimetre", "kilogramme", "kilo", "gramme", "tonne", "litre", "hectolitre", "hectare",
        "mile", "degre", "baril", "megawatt", "gigawatt", "kilowatt", "megatonne", "%", "dollar", "euro", "franc", "livre", "yen",
        "yuan", "won", "rouble", "roupie", "naira", "rand");

    /// <summary>Words before a number that make it a name or a reference ("résolution 1325", "article 5").</summary>
    public static readonly FrozenSet<string> IdentifierWords = FrozenSet.Create(StringComparer.Ordinal,
        "resolution", "resolutions", "article", "articles", "paragraphe", "paragraphes", "alinea", "chapitre", "page", "pages",
        "numero", "n°", "no", "nº", "point", "section", "annexe", "decret", "loi", "titre", "tome", "volume", "vol.", "version",
        "phase", "ligne", "rue", "route", "salle", "porte", "code", "niveau", "categorie", "classe", "groupe", "etape",
        "covid", "g", "cop", "agenda", "horizon", "plan", "vision");

    /// <summary>Words that put a following four-digit number in the calendar ("en 2015", "depuis 1945", "l'été 2019").</summary>
    public static readonly FrozenSet<string> YearPrepositions = new[]
    {
        "en", "depuis", "de", "d'", "ici", "des", "jusqu'en", "avant", "apres", "fin", "debut", "mi", "mi-", "annee", "annees",
        "an", "entre", "l'an", "exercice", "budget", "horizon", "vers",
    }.Concat(FrenchCalendar.Seasons.Select(TextFolding.Fold)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Month names and abbreviations, which the tokeniser keeps with their period ("janv."): a number before one is a day.</summary>
    public static readonly FrozenSet<string> Months = FrenchCalendar.Months.Select(TextFolding.Fold)
        .Concat(FrenchCalendar.MonthAbbreviations.SelectMany(abbreviations => abbreviations).Select(a => TextFolding.Fold(a) + "."))
        .ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Weekdays = FrenchCalendar.Weekdays.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Unit abbreviations written out, matched case-sensitively ("M." is Monsieur, "m" is mètre).</summary>
    public static readonly FrozenDictionary<string, string> UnitAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["km"] = "kilomètre", ["m"] = "mètre", ["cm"] = "centimètre", ["mm"] = "millimètre", ["kg"] = "kilogramme",
        ["g"] = "gramme", ["t"] = "tonne", ["ha"] = "hectare", ["l"] = "litre", ["MW"] = "mégawatt", ["kW"] = "kilowatt",
        ["GW"] = "gigawatt", ["km2"] = "kilomètre carré", ["m2"] = "mètre carré", ["Mt"] = "mégatonne",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currency nouns (folded, singular) to ISO 4217, refined by a following qualifier word when there is one.</summary>
    public static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dollar"] = "USD", ["euro"] = "EUR", ["yen"] = "JPY", ["yuan"] = "CNY", ["won"] = "KRW", ["rouble"] = "RUB",
        ["roupie"] = "INR", ["naira"] = "NGN", ["rand"] = "ZAR", ["usd"] = "USD", ["eur"] = "EUR", ["fcfa"] = "XOF",
        ["chf"] = "CHF", ["gbp"] = "GBP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> CurrencyQualifiers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dollar canadien"] = "CAD", ["dollar australien"] = "AUD", ["dollar americain"] = "USD", ["dollar us"] = "USD",
        ["franc cfa"] = "XOF", ["franc suisse"] = "CHF", ["livre sterling"] = "GBP", ["dollar neo-zelandais"] = "NZD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currency codes written as the unit: the unit becomes the currency's name.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyCodeNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["usd"] = "dollar", ["eur"] = "euro", ["fcfa"] = "franc cfa", ["chf"] = "franc suisse", ["gbp"] = "livre sterling",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currency symbols after the number: (unit, currency).</summary>
    public static (string Unit, string Currency)? CurrencySymbol(char c) => c switch
    {
        '$' => ("dollar", "USD"),
        '€' => ("euro", "EUR"),
        '£' => ("livre sterling", "GBP"),
        '¥' => ("yen", "JPY"),
        _ => null,
    };

    private static ImmutableArray<(ImmutableArray<string> Tokens, string Qualifier)> Sorted((string Phrase, string Qualifier)[] phrases) =>
        [.. phrases.Select(p => (Tokenize(p.Phrase), p.Qualifier)).OrderByDescending(p => p.Item1.Length)];

    // Phrases are written as text; an elided word ("d'") is its own token, as the tokeniser makes it.
    private static ImmutableArray<string> Tokenize(string phrase)
    {
        var tokens = new List<string>();
        foreach (var word in phrase.Split(' '))
        {
            int apostrophe = word.IndexOf('\'');
            if (apostrophe >= 0 && apostrophe < word.Length - 1)
            {
                tokens.Add(word[..(apostrophe + 1)]);
                tokens.Add(word[(apostrophe + 1)..]);
            }
            else
            {
                tokens.Add(word);
            }
        }
        return [.. tokens];
    }
}
