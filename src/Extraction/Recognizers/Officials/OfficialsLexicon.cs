namespace Extraction.Recognizers.Officials;

using System.Collections.Frozen;
using System.Collections.Immutable;
using Extraction.French;
using Extraction.Text;
using static Extraction.French.FrenchFunctionWords;

/// <summary>Word lists for officials, all in folded form (lower case, no accents) unless said otherwise.</summary>
public static class OfficialsLexicon
{
    /// <summary>
    /// Nouns that name a role, as lemmas (masculine singular, accented): a person next to one holds it. Feminine
    /// and plural forms are derived (<see cref="Inflect"/>), and compounds are read by <see cref="RoleGrammar"/>
    /// ("vice-ministre", "sous-préfète", "lieutenant-colonel"), so neither is listed.
    /// </summary>
    private static readonly string[] RoleLemmas =
    [
        "président", "ministre", "secrétaire", "ambassadeur", "porte-parole", "chef", "directeur", "représentant",
        "envoyé", "émissaire", "commandant", "général", "colonel", "capitaine", "lieutenant", "amiral", "maréchal",
        "sergent", "adjudant", "caporal", "officier", "commissaire", "chancelier", "roi", "reine", "prince",
        "émir", "sultan", "pape", "ayatollah", "gouverneur", "préfet", "maire", "édile", "bourgmestre", "député",
        "eurodéputé", "sénateur", "parlementaire", "élu", "procureur", "juge", "magistrat", "médiateur", "rapporteur",
        "coordonnateur", "coordinateur", "conseiller", "délégué", "administrateur", "dirigeant", "leader", "adjoint",
        "patron", "responsable", "négociateur", "observateur", "homologue", "diplomate", "consul",
        "colonel-major", "général-major",
    ];

    /// <summary>
    /// Role nouns that name a role only with the words that follow them (folded): "guide suprême", not a museum
    /// guide; "chargé d'affaires"; "garde des Sceaux"; "membre du Conseil".
    /// </summary>
    public static readonly FrozenDictionary<string, string[]> BoundRoleNouns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["guide"] = ["supreme"],
        ["charge"] = ["d'", "affaires"], ["chargee"] = ["d'", "affaires"], ["charges"] = ["d'", "affaires"],
        ["garde"] = ["des", "sceaux"],
        // "membre du Conseil présidentiel": a seat on a governing council, not membership of a club or a party.
        ["membre"] = ["du", "conseil"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Singular forms of <see cref="RoleLemmas"/>, masculine and feminine.</summary>
    public static readonly FrozenSet<string> SingularRoleNouns = Forms(RoleLemmas, plural: false);

    /// <summary>Plural forms of <see cref="RoleLemmas"/>: "ministres", "généraux", "députées"; a role shared by a list of names.</summary>
    public static readonly FrozenSet<string> PluralRoleNouns = Forms(RoleLemmas, plural: true);

    /// <summary>First parts of compound role nouns: "vice-ministre", "sous-préfète", "ex-ministre", "co-président", "contre-amiral", "Haut-Commissaire".</summary>
    public static readonly FrozenSet<string> CompoundPrefixes = FrozenSet.Create(StringComparer.Ordinal,
        "vice", "sous", "ex", "co", "contre", "haut", "haute");

    /// <summary>Words that may open a role before its noun ("l'ancien Président", "le nouveau ministre"), also compounded ("vice-Premier", "ex-Premier").</summary>
    public static readonly FrozenSet<string> RoleModifiers = FrozenSet.Create(StringComparer.Ordinal,
        "ancien", "ancienne", "anciens", "anciennes", "ex", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "futur", "future", "vice", "sous", "premier", "premiere", "premiers", "premieres", "haut", "haute",
        "principal", "principale", "principaux", "principales");

    /// <summary>
    /// Adjectives that follow a role noun inside a role ("l'Envoyé spécial du Secrétaire général", "le Représentant
    /// permanent de la Libye"), so that a role set off by a comma reaches back over them to its first noun.
    /// </summary>
    public static readonly FrozenSet<string> RolePostModifiers = AllForms(
        "spécial", "permanent", "adjoint", "délégué", "général", "exécutif", "suprême", "personnel", "principal",
        "intérimaire", "élu", "sortant", "désigné", "honoraire", "résident", "régional", "fédéral", "national");

    /// <summary>
    /// Heads of roles in international bodies, singular (a compound's last part counts: "sous-secrétaire",
    /// "Haute-Représentante"): with no body in the title, the sentence's ONU or OTAN is taken.
    /// </summary>
    public static readonly FrozenSet<string> InternationalHeads = Forms(
        ["secrétaire", "porte-parole", "représentant", "envoyé", "émissaire", "coordonnateur", "coordinateur", "haut-commissaire",
         "haute-commissaire", "délégué", "commandant", "médiateur", "adjoint", "rapporteur"], plural: false);

    /// <summary>Role words that are also adjectives ("Assemblée générale", "élu en 2017"): a role only after an article or another role noun.</summary>
    public static readonly FrozenSet<string> AdjectiveHeads = AllForms("général", "adjoint", "délégué", "responsable", "élu");

    /// <summary>Words naming non-governmental bodies: a role in one of them is not an official role.</summary>
    public static readonly FrozenSet<string> PrivateBodies = FrozenSet.Create(StringComparer.Ordinal,
        "institut", "institute", "centre", "center", "universite", "university", "association", "fondation", "foundation",
        "ong", "entreprise", "societe", "club", "journal", "quotidien", "magazine", "chaine", "radio", "parti", "syndicat",
        "banque", "compagnie", "laboratoire", "think", "observatoire", "federation",
        // Kitchens, orchestras and teams have chefs and captains too. The lead figure of a party ("chef de file"),
        // an opposition, a current or a community holds no public office (docs/ANNOTATION.md: a party office
        // alone is not an official role).
        "cuisinier", "cuisine", "restaurant", "orchestre", "equipe", "file", "opposition", "tendance", "courant", "communaute");

    /// <summary>
    /// Private words that, capitalised, name a public body instead: "le Président de l'Équipe de surveillance",
    /// "de la Communauté économique des États de l'Afrique de l'Ouest".
    /// </summary>
    public static readonly FrozenSet<string> BodyNamesWhenCapitalised = FrozenSet.Create(StringComparer.Ordinal, "equipe", "communaute");

    /// <summary>Role nouns that are also past participles: "l'élu du Montana", but "élu en 2010", "élu président".</summary>
    public static readonly FrozenSet<string> ParticipleNouns = AllForms("élu");

    /// <summary>Words after which a participle noun is a verb: "élu en 2010", "élu à la tête", "élu le 5 mai", "élu par le Parlement".</summary>
    public static readonly FrozenSet<string> ParticipleComplements = FrozenSet.Create(StringComparer.Ordinal,
    [
        // Not "de" in any form ("des" neither): after it the participle is the noun, "l'élu du Montana".
        .. FormsOfA, .. CommonPrepositions, "lors", "depuis", "sous", "comme", .. DefiniteArticles, "un", "une", "haut",
    ]);

    /// <summary>Articles left out of a title.</summary>
    public static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.Ordinal,
        [.. DefiniteArticles, "un", "une", "son", "sa", "leur", "ce", "cet", "cette"]);

    /// <summary>
    /// Words that end the search for a role: a verb or a relative pronoun between a role and a name means the
    /// role belongs to another clause ("le ministre a rencontré Jean Dupont").
    /// </summary>
    public static readonly FrozenSet<string> ClauseBreaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "a", "ont", "est", "sont", "était", "avait", "avaient", "sera", "serait", "fut", .. RelativePronouns, "où", "il", "elle", "ils",
        "elles", "selon", "avec", "contre", "entre", "mais", "car", "lors", "après", "avant", "pendant", "reçu", "rencontré", "dit",
        "déclaré", "estimé", "expliqué", "affirmé", "indiqué", "souligné", "annoncé",
    ]);

    public static bool IsClausePunctuation(ReadOnlySpan<char> token) =>
        token is "." or ";" or ":" or "!" or "?" or "«" or "»" or "\"" or "“" or "”" or "(" or ")" or "[" or "]" or "—" or "–";

    /// <summary>Words a role may follow: a role opens a noun phrase ("le ministre", "du président", "l'ancien Président").</summary>
    public static readonly FrozenSet<string> RoleOpeners = FrozenSet.Create(StringComparer.Ordinal,
    [
        .. DefiniteArticles, .. IndefiniteArticles, "du", "au", "aux", "son", "sa", "ses", "leur", "notre", "votre", "ce", "cet", "cette",
        ",", "et", "(",
    ]);

    /// <summary>Words a role never ends on right before a name: "la ministre sur France Info", "porte-parole de Jean Dupont".</summary>
    public static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal,
    [
        .. FormsOfA, .. FormsOfDe, .. CommonPrepositions, "chez", "vers", "contre", "selon", "entre", "aupres", .. DefiniteArticles, "et",
        "ou", "que", "qu'",
    ]);

    /// <summary>Arabic article prefixes written in lower case inside names ("Haider al-Abadi", "Bachar al-Assad").</summary>
    public static readonly ImmutableArray<string> NamePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "ben-", "bin-", "ibn-", "abu-", "abou-"];

    /// <summary>Where the hyphen of a name prefix can stand, so most lower-case words skip the prefix loop.</summary>
    public static readonly (int First, int Last) PrefixHyphen = (NamePrefixes.Min(p => p.Length) - 1, NamePrefixes.Max(p => p.Length) - 1);

    /// <summary>Particles inside names ("Jean-Yves Le Drian", "Ursula von der Leyen"), kept only before a capitalised word.</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.Create(StringComparer.Ordinal,
        // Parts of names, not the function words: no "des", which capitalised opens a clause (NotNameWords).
        "de", "du", "d'", "van", "von", "der", "den", "da", "di", "dos", "del", "al", "el", "ben", "bin", "ould", "ibn", "le", "la", "mac", "ter");

    /// <summary>Capitalised words that start a clause rather than continue a name ("… Grothe Des Casques bleus").</summary>
    public static readonly FrozenSet<string> NotNameWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        // Not "le", "la", "de", "du" or "d'": they are NameParticles ("Le Drian", "de Mistura").
        .. IndefiniteArticles, "les", .. ThirdPersonSubjectPronouns, "ce", "cette", "ces", .. FirstAndSecondPluralPronouns, "mais", "et",
        "ou", .. CommonPrepositions, "selon", "lors", "apres", "avant", "depuis", .. FormsOfA, "si", "quand",
        "photo", "credit", "source", "onu", "otan", "nations", "unies", "etat", "etats", "etats-unis", "monsieur", "madame",
    ]);

    /// <summary>News agencies, folded, as they sign a picture.</summary>
    public static readonly FrozenSet<string> NewsAgencies = FrozenSet.Create(StringComparer.Ordinal, "afp", "reuters");

    /// <summary>Words before a name that make it a photo credit or a byline, not a person in the story.</summary>
    public static readonly FrozenSet<string> CreditWords = FrozenSet.Create(StringComparer.Ordinal,
        ["photo", "photos", "credit", "credits", "©", "/", .. NewsAgencies]);

    /// <summary>
    /// Bodies named in a title or a sentence, as folded word sequences, with the code written out: the
    /// organisations, and the UN's Secretariat and peacekeeping missions and the European Commission, whose
    /// officials are the UN's and the EU's.
    /// </summary>
    public static readonly ImmutableArray<(ImmutableArray<string> Words, string Code)> Bodies =
    [
        .. FrenchOrganisations.Names.Select(n => (ImmutableArray.Create(n.Name.Split(' ')), n.Acronym)),
        (["secretariat"], "ONU"), (["minusma"], "ONU"), (["minusca"], "ONU"), (["monusco"], "ONU"), (["finul"], "ONU"), (["minuss"], "ONU"),
        (["commission", "europeenne"], "UE"),
    ];

    /// <summary>
    /// Adjectives that name a body inside a title only ("député européen", "chef de la diplomatie européenne",
    /// "le responsable onusien"); elsewhere in a sentence they name no one's body ("l'accord européen").
    /// </summary>
    public static readonly FrozenDictionary<string, string> BodyAdjectives = AllForms("européen", "eurodéputé").Select(form => (form, code: "UE"))
        .Concat(AllForms("onusien").Select(form => (form, code: "ONU")))
        .ToFrozenDictionary(p => p.form, p => p.code, StringComparer.Ordinal);

    /// <summary>
    /// "le Représentant spécial du Secrétaire général pour la Somalie": the Secretary-General a role answers to,
    /// with no body written, is the UN's, as UN documents write it.
    /// </summary>
    public static readonly ImmutableArray<string> SecretaryGeneralOf = ["du", "secretaire", "general"];

    /// <summary>
    /// Words before a state inside a role that make it the role's field or post, not its body: "Envoyé spécial
    /// pour la Syrie", "ambassadeur de France au Liban", "commandant des forces en Afghanistan".
    /// </summary>
    public static readonly FrozenSet<string> FieldPrepositions = FrozenSet.Create(StringComparer.Ordinal,
        [.. FormsOfA, "pour", "sur", "en", "dans", "vers", "contre", "aupres"]);

    /// <summary>
    /// A few states by name and adjective, for titles when no "countries" stage has run before this one; the
    /// countries stage covers every state and takes precedence.
    /// </summary>
    public static readonly FrozenDictionary<string, string> StateWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["etats-unis"] = "USA", ["americain"] = "USA", ["americaine"] = "USA",
        ["france"] = "FRA", ["francais"] = "FRA", ["francaise"] = "FRA",
        ["russie"] = "RUS", ["russe"] = "RUS", ["chine"] = "CHN", ["chinois"] = "CHN", ["chinoise"] = "CHN",
        ["royaume-uni"] = "GBR", ["britannique"] = "GBR", ["allemagne"] = "DEU", ["allemand"] = "DEU", ["allemande"] = "DEU",
        ["canada"] = "CAN", ["canadien"] = "CAN", ["canadienne"] = "CAN", ["ukraine"] = "UKR", ["ukrainien"] = "UKR", ["ukrainienne"] = "UKR",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Heads of state a sentence may open on without a name ("Le président américain a …"); also "Premier ministre", "chef de l'Etat", "chef du gouvernement".</summary>
    public static readonly FrozenSet<string> HeadsOfState = FrozenSet.Create(StringComparer.Ordinal,
        "president", "presidente", "chancelier", "chanceliere", "roi", "reine", "emir");

    /// <summary>
    /// Nouns for a person's rule over a state, before "de" and a name: "le régime de Mouammar Kadhafi", "le
    /// gouvernement de Hassan Diab", "l'administration de Donald Trump". Not "chute" or "règne", which sports
    /// pages use of athletes ("la chute de Julian Alaphilippe").
    /// </summary>
    public static readonly FrozenSet<string> RuleNouns = FrozenSet.Create(StringComparer.Ordinal,
        "regime", "gouvernement", "administration");

    /// <summary>Rule nouns that also stand right before a name: "l'administration Trump", "le gouvernement Castex".</summary>
    public static readonly FrozenSet<string> RuleNounsBeforeName = FrozenSet.Create(StringComparer.Ordinal,
        "administration", "gouvernement");

    /// <summary>Acts only a state authority performs, as past participles or present forms: "Hassan Diab a décrété", "X promulgue la loi".</summary>
    public static readonly FrozenSet<string> StateActs = FrozenSet.Create(StringComparer.Ordinal,
        "decrete", "promulgue", "limoge", "gracie", "dissous", "dissout");

    /// <summary>Auxiliaries between a subject and a past participle.</summary>
    public static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.Ordinal,
        "a", "avait", "aura", "aurait");

    /// <summary>Participles between a subject and "au pouvoir": "arrivé au pouvoir", "resté au pouvoir".</summary>
    public static readonly FrozenSet<string> PowerParticiples = FrozenSet.Create(StringComparer.Ordinal,
        "arrive", "arrivee", "revenu", "revenue", "reste", "restee", "porte", "portee", "installe", "installee");

    /// <summary>Words after which a name opens a clause as its subject: "…, où Vladimir Poutine ferraille avec ses homologues".</summary>
    public static readonly FrozenSet<string> SubjectOpeners = FrozenSet.Create(StringComparer.Ordinal,
        ",", "et", "ou", "mais", "puis", "où", "que", "qu'", "quand", "lorsque", "si", "dont", "car");

    /// <summary>Possessives before "homologue": "Emmanuel Macron a appelé son homologue libanais".</summary>
    public static readonly FrozenSet<string> Possessives = ThirdPersonPossessives.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Set membership for a span of text, without making a string of it.</summary>
    public static bool Has(this FrozenSet<string> set, ReadOnlySpan<char> key) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    public static bool Has(this HashSet<string> set, ReadOnlySpan<char> key) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    private static FrozenSet<string> Forms(IEnumerable<string> lemmas, bool plural) =>
        lemmas.SelectMany(lemma => Inflect(lemma, plural)).Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> AllForms(params string[] lemmas) =>
        Forms(lemmas, plural: false).Union(Forms(lemmas, plural: true)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A lemma's masculine and feminine forms, singular or plural, by the regular endings ("directeur" →
    /// "directrice", "préfet" → "préfète", "général" → "généraux"). Where an ending does not apply it makes a word
    /// no text contains ("chefe"), which costs nothing.
    /// </summary>
    public static IEnumerable<string> Inflect(string lemma, bool plural)
    {
        var feminines = Feminines(lemma);
        return plural ? [FrenchInflection.Plural(lemma), .. feminines.Select(FrenchInflection.Plural)] : [lemma, .. feminines];
    }

    private static string[] Feminines(string lemma) => lemma switch
    {
        _ when lemma.EndsWith('e') => [],
        _ when lemma.EndsWith("eur", StringComparison.Ordinal) => [lemma[..^3] + "rice", lemma[..^3] + "euse", lemma + "e"],
        _ when lemma.EndsWith("er", StringComparison.Ordinal) => [lemma[..^2] + "ère"],
        _ when lemma.EndsWith("et", StringComparison.Ordinal) => [lemma[..^2] + "ète"],
        _ when lemma.EndsWith("if", StringComparison.Ordinal) => [lemma[..^2] + "ive"],
        _ when lemma.EndsWith('f') => [lemma + "fe"],
        _ when lemma.EndsWith("on", StringComparison.Ordinal) || lemma.EndsWith("en", StringComparison.Ordinal) || lemma.EndsWith("el", StringComparison.Ordinal)
            => [lemma + lemma[^1] + "e"],
        _ => [lemma + "e"],
    };
}
