namespace Extraction.Tests.Recognizers.Commitments;

using Extraction.Recognizers.Commitments;

public class CommitmentsNormalizerTests
{
    [TestCase("hélicoptère", "equipment")]
    [TestCase("16 hélicoptères", "equipment")]
    [TestCase("soldat", "military_police_capabilities")]
    [TestCase("unité de police constituée", "military_police_capabilities")]
    [TestCase("dollar", "financial")]
    [TestCase("millions d'euros", "financial")]
    [TestCase("renforcement des capacités médicales", "medical")]
    [TestCase("renforcement des capacités technologiques", "technology")]
    [TestCase("renforcement des capacités des pays", "training_capacity_building")]
    [TestCase("lutte contre les engins explosifs improvisés", "training_capacity_building")]
    [TestCase("déploiement rapide", "rapid_deployment")]
    [TestCase("disponibles à court préavis", "rapid_deployment")]
    [TestCase("femmes Casques bleues", "women_peace_security")]
    [TestCase("résolution 1325", "women_peace_security")]
    [TestCase("enfants soldats", "child_protection")]
    [TestCase("empreinte environnementale", "environment")]
    [TestCase("exploitation et atteintes sexuelles", "conduct_accountability")]
    [TestCase("aider les victimes", "conduct_accountability")]
    [TestCase("suivi des victimes", "medical")]
    [TestCase("sûreté et sécurité", "safety_security")]
    [TestCase("protection des civils", "safety_security")]
    [TestCase("transformation numérique", "technology")]
    [TestCase("lacunes capacitaires", "military_police_capabilities")]
    [TestCase("lacunes en matière de capacités", "military_police_capabilities")]
    [TestCase("plusieurs tonnes de matériel sanitaire", "medical")]
    [TestCase("un poste sanitaire mobile", "medical")]
    [TestCase("personnels urgentistes", "medical")]
    [TestCase("un détachement de la sécurité civile", "military_police_capabilities")]
    [TestCase("équipes de secours", "military_police_capabilities")]
    [TestCase("sources d'énergie qui ne polluent pas", "environment")]
    [TestCase("réduire l'empreinte carbone", "environment")]
    [TestCase("dépenses militaires", "financial")]
    [TestCase("gestion des risques d'exploitation", "conduct_accountability")]
    public void Types_of_a_phrase(string phrase, string type) =>
        Assert.That(CommitmentsNormalizer.TypesOf(phrase), Is.EqualTo(new[] { type }));

    [TestCase("environnements opérationnels à haut risque")]
    [TestCase("pays fournisseurs de contingents et de forces de police")]
    [TestCase("Conseil de sécurité")]
    [TestCase("les femmes, la paix et la sécurité au sein")]
    [TestCase("former un nouveau gouvernement")]
    [TestCase("former rapidement un gouvernement")]
    [TestCase("la formation du président")]
    [TestCase("le retrait de près de 1.000 soldats")]
    [TestCase("a suspendu ses missions de formation")]
    [TestCase("la mort de deux soldats")]
    [TestCase("la présence militaire française")]
    [TestCase("des membres du personnel de son ambassade")]
    [TestCase("le ministère de la Santé")]
    [TestCase("des réunions sur le thème du climat")]
    [TestCase("mission")]
    public void Phrases_that_name_no_type(string phrase)
    {
        var types = CommitmentsNormalizer.TypesOf(phrase);
        types.Remove("women_peace_security");
        Assert.That(types, Is.Empty);
    }

    [TestCase("la part des femmes dans ses contingents", "women_peace_security")]
    [TestCase("des cours de formation pour les officiers d'état-major", "training_capacity_building")]
    [TestCase("des bataillons et des femmes", "military_police_capabilities,women_peace_security")]
    public void Personnel_owned_or_served_is_no_pledged_troops(string phrase, string types) =>
        Assert.That(string.Join(',', CommitmentsNormalizer.TypesOf(phrase)), Is.EqualTo(types));

    [TestCase("l'ONU", "ONU")]
    [TestCase("Nations Unies", "ONU")]
    [TestCase("l'Alliance", "OTAN")]
    [TestCase("OTAN", "OTAN")]
    [TestCase("Union européenne", "UE")]
    [TestCase("l'Union africaine", "UA")]
    [TestCase("la Banque mondiale", null)]
    [TestCase("MINUSCA", null)]
    public void Organisation_acronym(string name, string? acronym) =>
        Assert.That(CommitmentsNormalizer.OrganisationOf(name), Is.EqualTo(acronym));

    [TestCase("pays", true)]
    [TestCase("état membre", true)]
    [TestCase("États membres", true)]
    [TestCase("hélicoptère", false)]
    [TestCase("soldat de la paix", false)]
    [TestCase(null, false)]
    public void Group_units_count_states(string? unit, bool isGroup) =>
        Assert.That(CommitmentsNormalizer.IsGroupUnit(unit), Is.EqualTo(isGroup));

    [TestCase(CueKind.Pledge, "made")]
    [TestCase(CueKind.PledgeNoun, "made")]
    [TestCase(CueKind.Contribution, "made")]
    [TestCase(CueKind.Expectation, "expected")]
    [TestCase(CueKind.ExpectationOf, "expected")]
    [TestCase(CueKind.Appeal, "called_for")]
    [TestCase(CueKind.Gap, "called_for")]
    [TestCase(CueKind.FutureAction, "made")]
    [TestCase(CueKind.NotACue, null)]
    public void Status_of_a_cue(CueKind kind, string? status) =>
        Assert.That(CommitmentsNormalizer.StatusOf(kind), Is.EqualTo(status));

    [TestCase("rappellera", true)]
    [TestCase("enverront", true)]
    [TestCase("profiterons", true)]
    [TestCase("sera", false)]
    [TestCase("seront", false)]
    [TestCase("faudra", false)]
    [TestCase("cholera", false)]
    [TestCase("enverrait", false)]
    public void Future_tense(string folded, bool future) =>
        Assert.That(CommitmentsNormalizer.IsFutureTense(folded), Is.EqualTo(future));

    [TestCase("enverrait", true)]
    [TestCase("deploieraient", true)]
    [TestCase("serait", false)]
    [TestCase("faudrait", false)]
    [TestCase("rappellera", false)]
    public void Conditional(string folded, bool conditional) =>
        Assert.That(CommitmentsNormalizer.IsConditional(folded), Is.EqualTo(conditional));

    [TestCase("renforcer", true)]
    [TestCase("fournir", true)]
    [TestCase("officier", false)]
    [TestCase("capacites", false)]
    public void Looks_infinitive(string folded, bool infinitive) =>
        Assert.That(CommitmentsNormalizer.LooksInfinitive(folded), Is.EqualTo(infinitive));
}
