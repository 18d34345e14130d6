namespace Extraction.Tests.French;

using Extraction.French;

public class FrenchInflectionTests
{
    [TestCase("soldats", "soldat")]
    [TestCase("états", "état")]
    [TestCase("membres", "membre")]
    [TestCase("casques", "casque")]
    [TestCase("bleues", "bleu")]
    [TestCase("pays", "pays")]
    [TestCase("paix", "paix")]
    [TestCase("prix", "prix")]
    [TestCase("hôpitaux", "hôpital")]
    [TestCase("internationaux", "international")]
    [TestCase("travaux", "travail")]
    [TestCase("émaux", "émail")]
    [TestCase("bureaux", "bureau")]
    [TestCase("jeux", "jeu")]
    [TestCase("vœux", "vœu")]
    [TestCase("voeux", "vœu")]
    [TestCase("yeux", "œil")]
    [TestCase("genoux", "genou")]
    [TestCase("nombreux", "nombreux")]
    [TestCase("français", "français")]
    [TestCase("délais", "délai")]
    [TestCase("processus", "processus")]
    [TestCase("promis", "promis")]
    [TestCase("individus", "individu")]
    [TestCase("taux", "taux")]
    [TestCase("mission", "mission")]
    [TestCase("ex", "ex")]
    public void Singular(string plural, string singular) => Assert.That(FrenchInflection.Singular(plural), Is.EqualTo(singular));

    [TestCase("soldat", "soldats")]
    [TestCase("ministre", "ministres")]
    [TestCase("directrice", "directrices")]
    [TestCase("général", "généraux")]
    [TestCase("maréchal", "maréchaux")]
    [TestCase("festival", "festivals")]
    [TestCase("naval", "navals")]
    [TestCase("bureau", "bureaux")]
    [TestCase("neveu", "neveux")]
    [TestCase("pneu", "pneus")]
    [TestCase("travail", "travaux")]
    [TestCase("bijou", "bijoux")]
    [TestCase("œil", "yeux")]
    [TestCase("français", "français")]
    [TestCase("paix", "paix")]
    [TestCase("gaz", "gaz")]
    [TestCase("coréenne", "coréennes")]
    public void Plural(string singular, string plural) => Assert.That(FrenchInflection.Plural(singular), Is.EqualTo(plural));

    [TestCase("général")]
    [TestCase("bureau")]
    [TestCase("travail")]
    [TestCase("bijou")]
    [TestCase("neveu")]
    [TestCase("délai")]
    [TestCase("soldat")]
    [TestCase("œil")]
    public void The_plural_of_a_noun_has_the_noun_for_its_singular(string noun) =>
        Assert.That(FrenchInflection.Singular(FrenchInflection.Plural(noun)), Is.EqualTo(noun));
}
