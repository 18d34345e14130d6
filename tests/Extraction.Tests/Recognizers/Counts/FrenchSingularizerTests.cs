namespace Extraction.Tests.Recognizers.Counts;

using Extraction.Recognizers.Counts;

public class FrenchSingularizerTests
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
    [TestCase("bureaux", "bureau")]
    [TestCase("jeux", "jeu")]
    [TestCase("nombreux", "nombreux")]
    [TestCase("français", "français")]
    [TestCase("délais", "délai")]
    [TestCase("processus", "processus")]
    [TestCase("individus", "individu")]
    [TestCase("taux", "taux")]
    [TestCase("mission", "mission")]
    public void Singularizes(string plural, string singular) =>
        Assert.That(FrenchSingularizer.Singularize(plural), Is.EqualTo(singular));
}
