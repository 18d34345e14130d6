namespace Extraction.Recognizers.Officials;

/// <summary>Word lists for officials, all in folded form (lower case, no accents) unless said otherwise.</summary>
public static class OfficialsLexicon
{
    /// <summary>Nouns that name a role; a person next to one holds it.</summary>
    public static readonly HashSet<string> RoleHeads = new(StringComparer.Ordinal)
    {
        "president", "presidente", "vice-president", "vice-presidente", "ministre", "secretaire", "sous-secretaire",
        "ambassadeur", "ambassadrice", "porte-parole", "chef", "directeur", "directrice", "representant", "representante",
        "envoye", "envoyee", "emissaire", "commandant", "general", "generale", "colonel", "capitaine", "lieutenant",
        "amiral", "marechal", "commissaire", "haut-commissaire", "haute-commissaire", "haut-representant", "haute-representante", "chancelier", "chanceliere", "roi", "reine", "prince",
        "gouverneur", "maire", "depute", "deputee", "senateur", "senatrice", "procureur", "procureure", "juge", "mediateur",
        "coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice", "conseiller", "conseillere", "delegue", "deleguee",
        "administrateur", "administratrice", "dirigeant", "dirigeante", "pape", "emir", "sultan",
        "adjoint", "adjointe", "patron", "patronne", "responsable", "negociateur", "negociatrice",
        "observateur", "homologue", "ayatollah", "colonel-major", "general-major",
    };

    /// <summary>Words that may open a role before its noun ("l'ancien Président", "le nouveau ministre").</summary>
    public static readonly HashSet<string> RoleModifiers = new(StringComparer.Ordinal)
    {
        "ancien", "ancienne", "anciens", "anciennes", "ex", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "futur", "future", "vice", "sous", "premier", "premiere", "premiers", "premieres", "haut", "haute",
        "principal", "principale", "principaux", "principales",
    };

    /// <summary>Heads of roles in international bodies: with no body in the title, the sentence's ONU or OTAN is taken.</summary>
    public static readonly HashSet<string> InternationalHeads = new(StringComparer.Ordinal)
    {
        "secretaire", "sous-secretaire", "porte-parole", "representant", "representante", "envoye", "envoyee", "emissaire",
        "coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice", "haut-commissaire", "haute-commissaire",
        "haut-representant", "haute-representante", "delegue", "deleguee", "commandant", "mediateur", "adjoint", "adjointe",
    };

    /// <summary>Role words that are also adjectives ("Assemblée générale"): a role only after an article or another role noun.</summary>
    public static readonly HashSet<string> AdjectiveHeads = new(StringComparer.Ordinal)
    {
        "general", "generale", "adjoint", "adjointe", "delegue", "deleguee", "responsable",
    };

    /// <summary>Words naming non-governmental bodies: a role in one of them is not an official role.</summary>
    public static readonly HashSet<string> PrivateBodies = new(StringComparer.Ordinal)
    {
        "institut", "institute", "centre", "center", "universite", "university", "association", "fondation", "foundation",
        "ong", "entreprise", "societe", "club", "journal", "quotidien", "magazine", "chaine", "radio", "parti", "syndicat",
        "banque", "compagnie", "laboratoire", "think", "observatoire", "federation",
    };

    /// <summary>Articles left out of a title.</summary>
    public static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "le", "la", "l'", "les", "un", "une", "son", "sa", "leur", "ce", "cet", "cette",
    };

    /// <summary>
    /// Words that end the search for a role: a verb or a relative pronoun between a role and a name means the
    /// role belongs to another clause ("le ministre a rencontré Jean Dupont").
    /// </summary>
    public static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "ont", "est", "sont", "était", "avait", "avaient", "sera", "serait", "fut", "qui", "que", "qu'", "dont", "où",
        "il", "elle", "ils", "elles", "selon", "avec", "contre", "entre", "mais", "car", "lors", "après", "avant", "pendant",
        "reçu", "rencontré", "dit", "déclaré", "estimé", "expliqué", "affirmé", "indiqué", "souligné", "annoncé",
    };

    public static bool IsClausePunctuation(ReadOnlySpan<char> token) =>
        token is "." or ";" or ":" or "!" or "?" or "«" or "»" or "\"" or "“" or "”" or "(" or ")" or "[" or "]" or "—" or "–";

    /// <summary>Words a role may follow: a role opens a noun phrase ("le ministre", "du président", "l'ancien Président").</summary>
    public static readonly HashSet<string> RoleOpeners = new(StringComparer.Ordinal)
    {
        "le", "la", "l'", "les", "un", "une", "du", "au", "aux", "des", "son", "sa", "ses", "leur", "notre", "votre", "ce", "cet", "cette", ",", "et", "(",
    };

    /// <summary>Words a role never ends on right before a name: "la ministre sur France Info", "porte-parole de Jean Dupont".</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "a", "au", "aux", "de", "d'", "du", "des", "sur", "pour", "par", "en", "dans", "avec", "chez", "vers", "contre", "selon", "entre", "aupres",
        "le", "la", "l'", "les", "et", "ou", "que", "qu'",
    };

    /// <summary>Arabic article prefixes written in lower case inside names ("Haider al-Abadi", "Bachar al-Assad").</summary>
    public static readonly string[] NamePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "ben-", "bin-", "ibn-", "abu-", "abou-"];

    /// <summary>Particles inside names ("Jean-Yves Le Drian", "Ursula von der Leyen"), kept only before a capitalised word.</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "du", "d'", "van", "von", "der", "den", "da", "di", "dos", "del", "al", "el", "ben", "bin", "ould", "ibn", "le", "la", "mac", "ter",
    };

    /// <summary>Capitalised words that start a clause rather than continue a name ("… Grothe Des Casques bleus").</summary>
    public static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "des", "les", "un", "une", "il", "elle", "ils", "elles", "ce", "cette", "ces", "nous", "vous", "on", "mais", "et", "ou",
        "en", "dans", "pour", "par", "sur", "avec", "selon", "lors", "apres", "avant", "depuis", "aux", "au", "a", "si", "quand",
        "photo", "credit", "source", "onu", "otan", "nations", "unies", "etat", "etats", "etats-unis", "monsieur", "madame",
    };

    /// <summary>Words before a name that make it a photo credit or a byline, not a person in the story.</summary>
    public static readonly HashSet<string> CreditWords = new(StringComparer.Ordinal)
    {
        "photo", "photos", "credit", "credits", "©", "/", "afp", "reuters",
    };

    /// <summary>Bodies named in a title or a sentence, as folded word sequences, with the code written out.</summary>
    public static readonly (string[] Words, string Code)[] Bodies =
    [
        (["onu"], "ONU"), (["nations", "unies"], "ONU"), (["secretariat"], "ONU"), (["minusma"], "ONU"), (["minusca"], "ONU"),
        (["monusco"], "ONU"), (["finul"], "ONU"), (["minuss"], "ONU"), (["unesco"], "ONU"), (["unicef"], "ONU"), (["hcr"], "ONU"),
        (["otan"], "OTAN"), (["alliance", "atlantique"], "OTAN"), (["nato"], "OTAN"),
        (["union", "europeenne"], "UE"), (["commission", "europeenne"], "UE"), (["union", "africaine"], "UA"),
    ];

    /// <summary>
    /// A few states by name and adjective, for titles when no "countries" stage has run before this one; the
    /// countries stage covers every state and takes precedence.
    /// </summary>
    public static readonly Dictionary<string, string> StateWords = new(StringComparer.Ordinal)
    {
        ["etats-unis"] = "USA", ["americain"] = "USA", ["americaine"] = "USA",
        ["france"] = "FRA", ["francais"] = "FRA", ["francaise"] = "FRA",
        ["russie"] = "RUS", ["russe"] = "RUS", ["chine"] = "CHN", ["chinois"] = "CHN", ["chinoise"] = "CHN",
        ["royaume-uni"] = "GBR", ["britannique"] = "GBR", ["allemagne"] = "DEU", ["allemand"] = "DEU", ["allemande"] = "DEU",
        ["canada"] = "CAN", ["canadien"] = "CAN", ["canadienne"] = "CAN", ["ukraine"] = "UKR", ["ukrainien"] = "UKR", ["ukrainienne"] = "UKR",
    };

    /// <summary>Heads of state a sentence may open on without a name ("Le président américain a …"); also "Premier ministre", "chef de l'Etat", "chef du gouvernement".</summary>
    public static readonly HashSet<string> HeadsOfState = new(StringComparer.Ordinal)
    {
        "president", "presidente", "chancelier", "chanceliere", "roi", "reine", "emir",
    };

    /// <summary>Plurals of role nouns not made with -s ("les généraux Ibrahima Dahirou Dembélé et M'Bemba Moussa Keïta").</summary>
    public static readonly HashSet<string> IrregularPluralHeads = new(StringComparer.Ordinal)
    {
        "generaux", "marechaux", "amiraux",
    };

    /// <summary>
    /// Nouns for a person's rule over a state, before "de" and a name: "le régime de Mouammar Kadhafi", "le
    /// gouvernement de Hassan Diab", "l'administration de Donald Trump". Not "chute" or "règne", which sports
    /// pages use of athletes ("la chute de Julian Alaphilippe").
    /// </summary>
    public static readonly HashSet<string> RuleNouns = new(StringComparer.Ordinal)
    {
        "regime", "gouvernement", "administration",
    };

    /// <summary>Rule nouns that also stand right before a name: "l'administration Trump", "le gouvernement Castex".</summary>
    public static readonly HashSet<string> RuleNounsBeforeName = new(StringComparer.Ordinal)
    {
        "administration", "gouvernement",
    };

    /// <summary>Acts only a state authority performs, as past participles or present forms: "Hassan Diab a décrété", "X promulgue la loi".</summary>
    public static readonly HashSet<string> StateActs = new(StringComparer.Ordinal)
    {
        "decrete", "promulgue", "limoge", "gracie", "dissous", "dissout",
    };

    /// <summary>Auxiliaries between a subject and a past participle.</summary>
    public static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "a", "avait", "aura", "aurait",
    };

    /// <summary>Participles between a subject and "au pouvoir": "arrivé au pouvoir", "resté au pouvoir".</summary>
    public static readonly HashSet<string> PowerParticiples = new(StringComparer.Ordinal)
    {
        "arrive", "arrivee", "revenu", "revenue", "reste", "restee", "porte", "portee", "installe", "installee",
    };

    /// <summary>Words after which a name opens a clause as its subject: "…, où Vladimir Poutine ferraille avec ses homologues".</summary>
    public static readonly HashSet<string> SubjectOpeners = new(StringComparer.Ordinal)
    {
        ",", "et", "ou", "mais", "puis", "où", "que", "qu'", "quand", "lorsque", "si", "dont", "car",
    };

    /// <summary>Possessives before "homologue": "Emmanuel Macron a appelé son homologue libanais".</summary>
    public static readonly HashSet<string> Possessives = new(StringComparer.Ordinal)
    {
        "son", "sa", "ses", "leur", "leurs",
    };

    /// <summary>A role noun, also with "ex-" ("ex-ministre de la Défense").</summary>
    public static bool IsRoleHead(ReadOnlySpan<char> folded) =>
        RoleHeads.Has(folded) || (folded.StartsWith("ex-") && RoleHeads.Has(folded[3..])) || IsPluralRoleHead(folded);

    /// <summary>"ministres", "présidents": a role shared by a list of names.</summary>
    public static bool IsPluralRoleHead(ReadOnlySpan<char> folded) =>
        (folded.Length > 3 && folded[^1] == 's' && RoleHeads.Has(folded[..^1])) || IrregularPluralHeads.Has(folded);

    /// <summary>Set membership for a span of text, without making a string of it.</summary>
    public static bool Has(this HashSet<string> set, ReadOnlySpan<char> key) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
}
