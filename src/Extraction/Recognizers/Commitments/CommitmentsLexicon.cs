namespace Extraction.Recognizers.Commitments;

using System.Collections.Frozen;
using System.Collections.Immutable;
using Extraction.French;
using Extraction.Text;
using static Extraction.French.FrenchFunctionWords;

/// <summary>What a cue says about the clause it stands in.</summary>
public enum CueKind : byte
{
    /// <summary>A pledge verb that stands on its own: "s'est engagé", "a fait don".</summary>
    Pledge,

    /// <summary>A plural pledge noun, standing on its own ("de nouveaux engagements", "promesses de dons"); its actor may follow it and its object come before it.</summary>
    PledgeNoun,

    /// <summary>A singular pledge noun, a pledge only with a named actor: "l'engagement de l'Alliance", but "un engagement total" is devotion.</summary>
    PledgeNounOfActor,

    /// <summary>A verb of giving or announcing that is a pledge only with a named actor: "a annoncé", "a promis", "fournir".</summary>
    Contribution,

    /// <summary>A verb in the future tense, a pledge only with a named actor: "l'ONU rappellera", "le Japon enverra".</summary>
    FutureAction,

    /// <summary>A capability gap to be filled ("combler les lacunes"): the contribution is asked of the member states when no one else is named.</summary>
    Gap,

    /// <summary>The contribution is expected of the subject: "devrait", "auront la possibilité de".</summary>
    Expectation,

    /// <summary>The contribution is expected of the actor named after the cue: "s'attend à ce que les États membres".</summary>
    ExpectationOf,

    /// <summary>The contribution is asked of the actor named after the cue: "exhorte les États membres à".</summary>
    Appeal,

    /// <summary>A phrase that looks like a cue but is none ("règles d'engagement", "appeler l'attention").</summary>
    NotACue,
}

/// <summary>
/// Word lists of the commitments stage, written as folded phrases for <see cref="PhraseMatcher{T}"/>
/// (lower case, no accents, elided words as their own element: "l' attention").
/// </summary>
public static class CommitmentsLexicon
{
    public const string MilitaryPolice = "military_police_capabilities";
    public const string RapidDeployment = "rapid_deployment";
    public const string Equipment = "equipment";
    public const string Training = "training_capacity_building";
    public const string Medical = "medical";
    public const string Technology = "technology";
    public const string WomenPeaceSecurity = "women_peace_security";
    public const string ChildProtection = "child_protection";
    public const string Environment = "environment";
    public const string ConductAccountability = "conduct_accountability";
    public const string SafetySecurity = "safety_security";
    public const string Financial = "financial";

    /// <summary>The closed list of SPEC §6, in its order.</summary>
    public static readonly IReadOnlyList<string> AllTypes =
    [
        MilitaryPolice, RapidDeployment, Equipment, Training, Medical, Technology,
        WomenPeaceSecurity, ChildProtection, Environment, ConductAccountability, SafetySecurity, Financial,
    ];

    public const string MemberStates = "member_states";

    private const string Auxiliaries = "est|sont|suis|sommes|etes|etait|etaient|etant|etre|sera|seront|serait|seraient|soit|soient|fut|furent";

    private const string Capacities = "renfor* des|les|leurs|nos|ses|de capacite|capacites";

    /// <summary>
    /// Terms of each type. A null type marks a phrase whose words must not count for any type (it is
    /// matched first because it is longer): "pays fournisseurs de contingents" names an actor, not troops.
    /// </summary>
    public static readonly PhraseMatcher<string?> TypeTerms = new(
    [
        ("troupe|troupes", MilitaryPolice),
        ("soldat|soldats", MilitaryPolice),
        // The singular is mostly an adjective of something else ("junte militaire", "la mort du militaire").
        ("militaires", MilitaryPolice),
        ("junte|regime|coup|putsch|tribunal|tribunaux|offensive|offensives|succes|cooperation|conseiller|conseillers militaire|militaires", null),
        ("policier|policiers|policiere|policieres|police", MilitaryPolice),
        ("contingent|contingents|bataillon|bataillons|infanterie", MilitaryPolice),
        ("unite|unites de|d' police|infanterie|reserve", MilitaryPolice),
        ("unite|unites medicale|medicales", Medical),
        ("compagnie|compagnies|unite|unites du|de genie", MilitaryPolice),
        ("observateur|observateurs militaire*", MilitaryPolice),
        ("officier|officiers de|d' liaison|etat-major|police", MilitaryPolice),
        ("force|forces d' attente|intervention", MilitaryPolice),
        ("personnel|personnels militaire*|policier*|de police", MilitaryPolice),
        ("effectif|effectifs", MilitaryPolice),
        ("personnel|personnels", MilitaryPolice),
        ("personnel|personnels medical|medicaux|soignant|soignants|sanitaire|sanitaires|urgentiste|urgentistes", Medical),
        ("personnel|personnels civil|civils|humanitaire|humanitaires|local|locaux|diplomatique|diplomatiques|onusien", null),
        ("personnel|personnels de|d' l'|son|leur|leurs ambassade|ambassades", null),
        ("membre|membres du personnel", null),
        ("detachement|detachements", MilitaryPolice),
        ("porte-avions|fregate|fregates|sous-marin|sous-marins|escorte", MilitaryPolice),
        ("groupe aeronaval", MilitaryPolice),
        ("equipe|equipes|unite|unites de secours|sauvetage|sauveteurs|deminage", MilitaryPolice),
        ("sauveteur|sauveteurs|secouriste|secouristes", MilitaryPolice),
        ("capacite|capacites|moyens|operations de recherche et de sauvetage|secours", MilitaryPolice),
        (Capacities + " de recherche et de sauvetage|secours", MilitaryPolice),
        ("militairement", MilitaryPolice),
        ("lacune|lacunes capacitaire|capacitaires", MilitaryPolice),
        ("lacune|lacunes en matiere de|d' capacite|capacites|personnel|effectifs", MilitaryPolice),
        (Capacities + " militaire*|policier*", MilitaryPolice),
        ("fournisseur*|contributeur* de|d' contingents|troupes|police|personnel", null),
        ("fournisseur*|contributeur* de|d' contingents|troupes et de|d' forces|personnel de|d' police", null),

        ("deploiement|deploiements rapide|rapides|accelere|acceleres", RapidDeployment),
        ("rapidement deploy*", RapidDeployment),
        ("deployer|deploye|deployes|deployee|deployees|deployables|deployable rapidement", RapidDeployment),
        ("reaction rapide", RapidDeployment),
        ("deploye|deployee|deployes|deployees|deployable|deployables en|dans moins de", RapidDeployment),
        ("deploiement|deployable|deployables|disponible|disponibles a|en court|bref preavis|delai", RapidDeployment),

        ("helicoptere*|avion|avions|aeronef*|aviation", Equipment),
        ("appui|soutien|capacite|capacites|transport|moyen aerien|aerienne|aeriens|aeriennes", Equipment),
        ("vehicule*|blinde|blindes|camion*|navire*|patrouilleur*|embarcation*", Equipment),
        ("equipement|equipements|materiel|materiels", Equipment),
        ("equipement|equipements|materiel|materiels medical|medicaux|sanitaire|sanitaires", Medical),
        ("equipement|equipements|materiel|materiels de sante|soins|protection", Medical),
        ("moyens aeriens|logistiques", Equipment),
        ("helicoptere*|avion|avions|aeronef*|vehicule*|blinde|blindes|camion*|navire* militaire|militaires", Equipment),

        ("formation|formations|formateur*|instructeur*|entrain*|mentorat", Training),
        ("former|formera|formeront|formant", Training),
        ("former|formera|formeront|formant|formation|forme un|une|le|la|du|de|son|leur|nouveau gouvernement|cabinet|coalition|majorite", null),
        ("former|formera|formeront|formant|formation d' un|une gouvernement|cabinet|coalition|majorite", null),
        ("former|formera|formeront|formant|formation un|une|le|la|son|leur nouveau|nouvel|futur gouvernement|cabinet|coalition|majorite", null),
        ("former|formera|formeront|formant * un|une|le|la gouvernement|cabinet|coalition|majorite", null),
        ("formation * d' un|une gouvernement|cabinet|coalition|majorite", null),
        // A political "formation" is a party: "la formation du président", "une formation politique".
        ("formation|formations politique|politiques|du|de au|president|parti|pouvoir|l'", null),
        ("formation|formations du|de president|parti|premier|chef|dirigeant", null),
        (Capacities, Training),
        ("partenariat|partenariats", Training),
        ("engins explosifs improvises", Training),
        ("ied|c-ied|contre-ied", Training),

        ("medical|medicale|medicaux|medicales|medicalise*|sante|soins|hopital|hopitaux", Medical),
        ("infirmier*|medecin|medecins|chirurgi*|urgentiste|urgentistes", Medical),
        ("poste|postes|antenne|antennes sanitaire|sanitaires|medical|medicale|medicaux|chirurgical|chirurgicale", Medical),
        ("poste|postes de secours", Medical),
        ("evacuation|evacuations|equipe|equipes|unite|unites sanitaire|sanitaires", Medical),
        ("suivi|evacuation|evacuations|soins des|aux blesses", Medical),
        ("suivi des victimes", Medical),
        ("premiers secours", Medical),
        (Capacities + " medical|medicale|medicaux|medicales", Medical),

        ("technolog*|numerique|numeriques|drone|drones|informatique*|cyber*|satellit*|connectivite|radar|radars|telemedecine", Technology),
        ("analyse|analyses|collecte|gestion|traitement|experts|expert|axees|axes|fondees|fondes des|de|en|sur donnees", Technology),
        ("axees|axes|fondees|fondes sur les donnees", Technology),
        ("intelligence artificielle", Technology),
        (Capacities + " technolog*", Technology),

        ("femme|femmes|genre|parite|feminin*|1325", WomenPeaceSecurity),
        ("egalite des sexes|genres", WomenPeaceSecurity),
        ("casques bleues", WomenPeaceSecurity),

        ("enfant|enfants|enfance|1612|mineur|mineurs", ChildProtection),
        ("enfant|enfants soldat|soldats", ChildProtection),
        ("pension|pensions alimentaire|alimentaires pour enfants", ConductAccountability),

        ("environnement|environnemental|environnementale|environnementaux|environnementales", Environment),
        ("empreinte|empreintes|carbone|emission|emissions|climat|climatique|dechets|renouvelable*|solaire*|energetique*", Environment),
        ("consommation d'|de eau|energie|carburant|combustible|electricite", Environment),
        ("pollu*|decarbon*", Environment),
        ("gaz a effet de serre", Environment),
        ("energie|energies propre|propres|verte|vertes|decarbonee|decarbonees", Environment),
        ("environnement|environnements operationnel*|complexe*|securitaire*|difficile*", null),

        ("exploitation|exploitations|abus sexuel*", ConductAccountability),
        ("abus|atteinte|atteintes|exploitation|exploitations sexuel*", ConductAccountability),
        ("conduite|discipline|inconduite|paternite|responsabilisation", ConductAccountability),
        ("risque|risques d' exploitation|abus", ConductAccountability),
        ("comportement|comportements reprehensible*", ConductAccountability),
        ("reddition des comptes", ConductAccountability),
        ("mecanisme|mecanismes de responsabilite|responsabilisation", ConductAccountability),
        ("rendre des comptes", ConductAccountability),
        ("aide|aider|assistance|assister|soutien|soutenir aux|les victimes", ConductAccountability),
        ("tolerance zero", ConductAccountability),

        ("surete", SafetySecurity),
        ("securite des|du casques|soldats|personnel|camps|camp|bases|convois|troupes|forces", SafetySecurity),
        ("securite des soldats de la paix", SafetySecurity),
        ("protection des|de civils|camps|camp|bases|convois", SafetySecurity),
        ("protection de la force", SafetySecurity),
        ("proteger|protegera|protegeront les|des|nos|leurs bases|camps|convois|casques|civils", SafetySecurity),
        ("conseil de securite", null),
        // The agenda of a meeting is no pledge: "des réunions sur le thème du climat".
        ("theme|themes|sujet|sujets du|des|d' *", null),
        ("theme|themes|sujet|sujets de la|l' *", null),
        ("presence|presences|posture|dispositif militaire|militaires", null),
        ("nucleaire militaire", null),
        ("base|bases militaire|militaires|aerienne|aeriennes|navale|navales", null),
        ("dossier|dossiers medical|medicaux", null),
        ("ministere|ministre|ministres|ministeres de la sante", null),
        ("fonds des nations unies pour l' enfance", null),
        ("fonds de l' onu pour l' enfance", null),
        ("depenses|depense militaire|militaires", Financial),
        ("depenses|depense de defense", Financial),
        ("paix et la securite", null),
        ("paix et de la securite", null),
        ("soldat|soldats de la paix", null),

        ("financ*|fonds|dollar|dollars|euro|euros|budget|budgetaire*|budgets|quote-part*|arrieres", Financial),
        ("contribution|contributions volontaire|volontaires", Financial),
        ("paiement|paiements|versement|versements", Financial),
        // Paying one's share is the financial pledge of an alliance or an organisation's members.
        ("payer|paie|paient|paye|payent|paieront|paiera sa|leur|leurs|ses part|parts|quote-part|quote-parts|cotisation|cotisations|contribution|contributions", Financial),
        ("partager le|la financement|fardeau|charge", Financial),
        ("million|millions|milliard|milliards de|d' dollars|euros", Financial),
    ]);

    public static readonly PhraseMatcher<CueKind> Cues = new(
    [
        ("engagements|promesses|contributions", CueKind.PledgeNoun),
        ("dons de|d'", CueKind.PledgeNoun),
        ("engagement|promesse|contribution", CueKind.PledgeNounOfActor),
        ("aide|aides|assistance|soutien|renforts promis|promise|promises|annonce|annoncee|annoncees|proposee|proposees", CueKind.PledgeNoun),
        ("don de|d'", CueKind.PledgeNounOfActor),
        ("envoi|envois|octroi|livraison|livraisons de|d'|du|des", CueKind.PledgeNounOfActor),
        // The verb pledges when reflexive ("s'est engagé", "nous nous engageons"); "troupes engagées" are in combat.
        ("s'|se|m'|me|nous|vous engag*", CueKind.Pledge),
        ("s'|se|m'|me|nous|vous " + Auxiliaries + " engag*", CueKind.Pledge),
        ("s'|se|m'|me|nous|vous " + Auxiliaries + " * engag*", CueKind.Pledge),
        ("fait|faire|fera|feront|font don|dons", CueKind.Pledge),
        // Staying engaged is a pledge of forces: "la France restera militairement engagée au Levant".
        ("rester|restera|resteront|restons|reste|restent militairement engage*", CueKind.Pledge),
        ("rester|restera|resteront|restons|reste|restent * militairement engage*", CueKind.Pledge),
        ("rester|restera|resteront|restons|reste|restent * * militairement engage*", CueKind.Pledge),
        ("promet|promettent|promis|promise|promises|promettre|promettra|promettront", CueKind.Contribution),
        ("annonce|annonces|annoncee|annoncees|annoncer|annoncera|annonceront|annoncent|annoncait|annoncant", CueKind.Contribution),
        ("verse|versera|verseront|versent|verser|debloque|debloquera|debloquer|alloue|allouera|allouer", CueKind.Contribution),
        ("fournir|fournira|fourniront|fourni|fournie|fournis|fournies|fournirons|fournirait", CueKind.Contribution),
        ("offrir|offrira|offriront|offert|offerte|offerts|offertes|proposer|propose|proposee|proposes|proposera|proposeront", CueKind.Contribution),
        ("contribuer|contribuera|contribueront|contribuant", CueKind.Contribution),
        ("determine|determinee|determines|determinees|resolu|resolue|resolus|resolues a|d'", CueKind.Contribution),
        ("mobiliser|mobilisera|mobiliseront|mobilises|mobilisee|mobilisees", CueKind.Contribution),
        ("devrait|devraient|devra|devront", CueKind.Expectation),
        ("aura|auront|auraient la|l' possibilite|occasion de|d'", CueKind.Expectation),
        ("aura|auront|auraient aussi|egalement|encore|donc la|l' possibilite|occasion de|d'", CueKind.Expectation),
        ("prevoit|prevoient|prevoyait|envisage|envisagent de|d'", CueKind.Expectation),
        ("prevu|prevue|prevus|prevues de|d'", CueKind.Expectation),
        ("s' attend|attendent a ce que|qu'", CueKind.ExpectationOf),
        ("attend|attendent des|de", CueKind.ExpectationOf),
        ("exhort*", CueKind.Appeal),
        ("reclame|reclament|reclamer|reclamait|reclamant a|aux", CueKind.Appeal),
        ("il est temps|urgent|necessaire|essentiel|indispensable|crucial|imperatif de|d'", CueKind.Appeal),
        // An agreement or plan that provides for a contribution commits its parties: "la trêve prévoit l'envoi d'une aide".
        ("prevoit|prevoient|prevoyait|prevoyaient l'|le|la|les|un|une|des|aussi|egalement|notamment", CueKind.Pledge),
        ("cherche|cherchent|chercher|cherchant|vise|visent|viser|visant a obtenir|solliciter|susciter|recueillir", CueKind.Appeal),
        ("solliciter|sollicite|sollicitent|solliciteront", CueKind.Appeal),
        ("demande|demandent|demander|demandant aux|au|a", CueKind.Appeal),
        ("espere|esperent|esperons|souhaite|souhaitent|souhaitons voir", CueKind.ExpectationOf),
        ("espere|esperent|esperons que|qu'", CueKind.ExpectationOf),
        ("lacune|lacunes|deficit|deficits|penurie|penuries", CueKind.Gap),
        ("appelle|appellent|appele|appelee|appeles|appeler|appelant|appel a|aux", CueKind.Appeal),
        ("appelle|appellent|appele|appeler|appelant la|les|l' communaute|pays|etats|etat|gouvernements|partenaires|donateurs|membres", CueKind.Appeal),
        ("encourag*|invit*|incit*|prie|prient les|la|l'|tous", CueKind.Appeal),
        ("lance|lancent|lancer|lance un|nouvel appel", CueKind.Appeal),
        ("lance|lancera|lanceront|lancer un|une|des initiative|initiatives|programme|programmes|projet|projets", CueKind.Contribution),
        ("regles d' engagement", CueKind.NotACue),
        ("engagement|engagements armes|violents", CueKind.NotACue),
        ("appel*|attir* l' attention", CueKind.NotACue),
        // The passive "a été appelée à 13h58" is a summons, not an appeal; "en appeler à" threatens one.
        ("ete|etait|etaient|etre|sont|est|sera appele|appelee|appeles|appelees", CueKind.NotACue),
        ("en appeler|appelle|appelait|appele", CueKind.NotACue),
    ]);

    /// <summary>
    /// Organisations that pledge, by their folded names, to the acronym the record uses; written with a capital ("les
    /// Alliés", not "leurs alliés locaux"). In a pledge, "l'Alliance" and "les Alliés" are NATO.
    /// </summary>
    public static readonly PhraseMatcher<string> Organisations = new(FrenchOrganisations.Names.Append(("alliance|allies", "OTAN")));

    /// <summary>Organisations by their full names and acronyms only, where no pledge tells "l'Alliance" (OTAN) from another alliance (Gavi).</summary>
    public static readonly PhraseMatcher<string> OrganisationNames = new(FrenchOrganisations.Names);

    /// <summary>Nouns naming a group of states; counted ("36 pays") the count stage gives the number.</summary>
    public static readonly PhraseMatcher<bool> GroupNouns = new(
    [
        ("etats|etat membres|membre", true),
        ("pays|etats|nations|gouvernements|delegations|donateurs|contributeurs|partenaires|dirigeants|leaders", true),
        ("chefs d' etat|etats", true),
        ("pays contributeurs|fournisseurs|membres|donateurs", true),
        ("communaute internationale", true),
        ("nations unies", false),
    ]);

    /// <summary>First words of a count's unit that make the count a number of states ("36 pays", "23 [États membres]").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupUnits = FrozenWords.Of(
        "pays", "etat", "etats", "nation", "nations", "gouvernement", "delegation", "donateur", "membre", "contributeur");

    /// <summary>Words before a noun that make it a complement rather than the subject of the clause.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = FrozenWords.Of(
    [
        // Not "des", as often the plural article of a subject ("Des pays se sont engagés"): it is one of the Determiners.
        .. FormsOfA, "de", "d'", "du", .. CommonPrepositions, "vers", "chez", "entre", "contre", "sans", "selon", "aupres", "envers",
        "parmi", "sous", "outre", "via", "apres", "avant", "hors",
    ]);

    /// <summary>Words that may stand between a preposition and its noun: "à l'", "de nombreux", "des 36".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = FrozenWords.Of(
    [
        .. DefiniteArticles, .. IndefiniteArticles, .. Demonstratives, .. ThirdPersonPossessives, .. FirstAndSecondPluralPossessives,
        "nombreux", "nombreuses", "plusieurs", "certains", "certaines", "autres", "tous", "toutes", "divers", "differents", "quelques",
        "plus", "moins", "pres", "environ",
    ]);

    /// <summary>Words before a personnel noun that make it an owner or beneficiary, not a pledge: "dans leurs contingents", "pour les officiers".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeneficiaryMarkers = FrozenWords.Of(
        [.. ThirdPersonPossessives, .. FirstAndSecondPluralPossessives, "pour", "dans", "parmi", "aupres"]);

    /// <summary>Words that, after a "ne", negate the verb: "n'a pas", "ne s'est jamais engagé".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationTails = FrozenWords.Of(
        "pas", "jamais", "aucun", "aucune", "plus", "point", "nullement", "guere", "rien");

    /// <summary>Words that negate a cue right before it: "aucun engagement", "sans s'engager", "refusé de s'engager".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatingWords = FrozenWords.Of(
        "aucun", "aucune", "sans", "pas", "nul", "nulle", "refuse", "refusent", "refuser", "refusant", "renonce", "renoncent", "jamais");

    /// <summary>Verbs whose presence in a sentence makes a gap word a gap to fill: "combler les lacunes", "que les lacunes … soient comblées".</summary>
    public static readonly ImmutableArray<string> FillingStems = ["combl", "remedi", "pallie", "pallia"];

    /// <summary>Words that make filling a gap a wish rather than a report: "il importe … que les lacunes … soient comblées".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NecessityWords = FrozenWords.Of(
        "importe", "faut", "necessaire", "essentiel", "essentielle", "urgent", "urgente", "urgence", "crucial", "cruciale",
        "indispensable", "imperatif", "imperative", "doit", "doivent", "devons", "devez", "soient", "soit");

    /// <summary>Nouns that, after a possessive, refer back to what the sentence named before the cue: "réduire son impact".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnaphoricNouns = FrozenWords.Of("impact", "impacts", "empreinte", "empreintes");

    /// <summary>Possessives and demonstratives that open such a back reference.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BackReferences = FrozenWords.Of([.. ThirdPersonPossessives, .. Demonstratives]);

    /// <summary>
    /// Stems of verbs of giving and sending. A state's future action is a pledge only with one of them ("la France
    /// enverrait", "le Japon financera"); an international body's announced action is one whatever the verb
    /// ("l'ONU rappellera aux États membres …").
    /// </summary>
    public static readonly ImmutableArray<string> GivingStems =
    [
        "envo", "enverr", "deplo", "fourni", "financ", "vers", "allou", "consacr", "mobilis", "livr", "dot", "accueill",
        "renforc", "offr", "contribu", "souten", "aid", "depech", "mettr", "doubl", "tripl", "augment", "accroi", "pai",
        "pay", "debloqu", "form", "equip", "transport", "achemin", "donn", "dedi", "particip",
    ];

    /// <summary>Forms of "aller" that, before an infinitive, announce an action: "la France va envoyer".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NearFuture = FrozenWords.Of("va", "vont", "allait", "allaient", "vais", "allons");

    /// <summary>Subject pronouns standing for a speaker or a person named before: "Nous profiterons", "Il a annoncé".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonPronouns = FrozenWords.Of("il", "elle", "nous", "je", "j'");

    /// <summary>Words that make a clause about something other than a contribution: military exercises.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OffTopicWords = FrozenWords.Of(
        "exercice", "exercices", "manoeuvre", "manoeuvres");

    /// <summary>Words before a term that make it something withdrawn, cut, lost or harmed rather than given: "le retrait de 1.000 soldats", "la mort de deux soldats".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotGivenWords = FrozenWords.Of(
        "mort", "morts", "deces", "tue", "tues", "tuee", "tuees", "blesse", "blesses", "perte", "pertes", "arrestation",
        "capture", "enlevement", "assassinat", "venger", "vengeance", "attaque", "attaques", "attaquer", "cesser", "condamnation",
        "accuse", "accuses", "recompense",
        "retrait", "retraits", "retirer", "retire", "retirent", "retirera", "retireront", "retires", "retiree", "retirees",
        "rapatrier", "rapatriement", "rapatriera", "rapatrieront", "desengagement", "depart", "reduction", "reduire",
        "reduira", "reduiront", "evacuation", "evacuer", "diminuer", "diminuera", "diminution", "transfert", "transferer",
        "suspendre", "suspendu", "suspendue", "suspendus", "suspension", "expulsion", "expulser", "expulse", "geler", "gel",
        "supprimer", "suppression", "couper", "arreter", "arret", "fin", "quitter", "quitte", "quittera", "quitteront",
        "sortir", "sortie", "sortira");

    /// <summary>Words of reducing, which undo a pledge of anything but an environmental one ("réduire les émissions").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReductionWords = FrozenWords.Of(
        "reduction", "reduire", "reduira", "reduiront", "diminuer", "diminuera", "diminution", "baisse", "baisser");

    /// <summary>
    /// Futures and conditionals that announce no action: auxiliaries, modals and verbs of no giving ("sera",
    /// "faudra", "viendra"). Nouns that end like a future ("choléra") are no future to <see cref="FrenchVerbForms"/> already.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookalikes = FrozenWords.Of(
        "seront", "serons", "feront", "ferons", "diront", "dirons", "faudra", "vaudra", "vaudront", "viendra", "viendront",
        "deviendra", "deviendront", "tiendra", "tiendront", "souviendra", "suffira", "suffiront", "partira", "partiront",
        "sortira", "sortiront", "mourra", "mourront", "finira", "finiront", "agira", "sentira", "dormira", "repondra",
        "repondront", "attendra", "attendront", "perdra", "perdront", "descendra", "defendra", "entendra", "rendra",
        "rendront", "prendra", "prendront", "reprendra", "reprendront", "comprendra", "apprendra", "sera", "pourra",
        "pourront", "pourrons", "serait", "seraient", "faudrait", "vaudrait", "viendrait", "tiendrait", "deviendrait",
        "ferait", "feraient", "dirait", "prendrait", "rendrait", "pourrait", "pourraient", "verra", "verront", "verrait",
        "verraient", "courra");

    /// <summary>Endings of adjectives that follow their noun: "capacités militaires", "contributions financières".</summary>
    public static readonly ImmutableArray<string> AdjectiveEndings =
        ["aire", "aires", "ale", "ales", "aux", "al", "ique", "iques", "iere", "ieres", "ier", "iers", "elle", "elles", "ive", "ives", "if", "ifs"];

    /// <summary>Articles and possessives between a linker and its noun.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseArticles = FrozenWords.Of([.. DefiniteArticles, "un", "une", .. ThirdPersonPossessives, "nos"]);

    /// <summary>Prepositions joining a complement to its head noun: "rôle des femmes", "disponibles pour un déploiement rapide".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseLinkers = FrozenWords.Of([.. FormsOfDe, .. FormsOfA, "pour"]);

    /// <summary>Words that may join two terms of one type into one phrase: "militaires et policières", "formation à la lutte contre les engins explosifs".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseConnectors = FrozenWords.Of(
        [.. FormsOfDe, .. DefiniteArticles, .. FormsOfA, "et", "ou", "contre", "lutte", "en", "matiere"]);

    /// <summary>Nouns of doing or measuring something to what is pledged: "le renforcement des", "le nombre de", "dans le domaine de".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProcessWords = FrozenWords.Of(
        "amelioration", "augmentation", "accroissement", "application", "developpement", "promotion", "mise", "soutien",
        "appui", "reduction", "nombre", "part", "proportion", "niveau", "taux", "domaine", "cadre", "matiere", "faveur",
        "effort", "efforts", "question", "questions", "ameliorer", "augmenter", "accroitre", "soutenir", "reduire");

    /// <summary>Function words and pre-noun adjectives, which never head what is pledged.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonHeads = FrozenWords.Of(
    [
        .. DefiniteArticles, .. IndefiniteArticles, .. FormsOfDe, "et", "ou", .. FormsOfA, .. CommonPrepositions, .. RelativePronouns,
        .. Demonstratives, .. ThirdPersonPossessives, .. FirstAndSecondPluralPossessives, .. ThirdPersonSubjectPronouns,
        .. FirstAndSecondPluralPronouns, "se", "s'", "est", "sont", "ont", "etre", "avoir", "sera", "seront", "plus", "moins", "tres",
        "aussi", "notamment", "egalement", "davantage", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "autres", "tous",
        "toutes", "certaines", "certains", "plusieurs",
    ]);
}
