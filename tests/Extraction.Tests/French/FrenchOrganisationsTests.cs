namespace Extraction.Tests.French;

using Extraction.French;
using Extraction.Recognizers.Commitments;

public class FrenchOrganisationsTests
{
    [Test]
    public void Each_organisation_and_each_name_is_written_once()
    {
        Assert.That(FrenchOrganisations.All.Select(o => o.Acronym), Is.Unique);
        Assert.That(FrenchOrganisations.Names.Select(n => n.Name), Is.Unique);
    }

    // The commitments stage records a pledging organisation under the same acronym as the officials stage its officials.
    [TestCase("l'Unicef", "UNICEF")]
    [TestCase("le HCR", "HCR")]
    [TestCase("l'Organisation mondiale de la santé", "OMS")]
    [TestCase("l'Alliance atlantique", "OTAN")]
    [TestCase("l'Organisation du traité de l'Atlantique nord", "OTAN")]
    [TestCase("la Cédéao", "CEDEAO")]
    [TestCase("l'Organisation des Nations unies", "ONU")]
    public void A_name_gives_its_acronym(string name, string acronym) =>
        Assert.That(CommitmentsNormalizer.OrganisationOf(name), Is.EqualTo(acronym));
}
