namespace Extraction.Tests.Recognizers.Countries;

using Extraction.Recognizers.Countries;

public class CountriesNormalizerTests
{
    [TestCase("Côte d' Ivoire", "cote d' ivoire")]
    [TestCase("Côte d’Ivoire", "cote d' ivoire")]
    [TestCase("États-Unis", "etats-unis")]
    [TestCase("République de Corée", "republique de coree")]
    public void Key_is_folded_tokens(string surface, string key) => Assert.That(CountriesNormalizer.Key(surface), Is.EqualTo(key));

    [TestCase("Les états-unis d'Amérique", new[] { "états-unis d'Amérique", "états unis d'Amérique" })]
    [TestCase("La République populaire du Bangladesh", new[] { "République populaire du Bangladesh" })]
    [TestCase("République -Unie de Tanzanie", new[] { "République-Unie de Tanzanie", "République Unie de Tanzanie" })]
    [TestCase("Palaos (Palau)", new[] { "Palaos", "Palau" })]
    [TestCase("Congo (Rép. dém.)", new string[0])]
    [TestCase("Canada", new[] { "Canada" })]
    public void Name_forms(string name, string[] forms) => Assert.That(CountriesNormalizer.NameForms(name), Is.EqualTo(forms));

    [TestCase("L'Inde", "Inde")]
    [TestCase("Les états-unis", "états-unis")]
    [TestCase("Laos", "Laos")]
    public void Strips_a_leading_article(string name, string stripped) => Assert.That(CountriesNormalizer.StripArticle(name), Is.EqualTo(stripped));

    [TestCase("Coréen", "Coréenne", new[] { "coréen", "coréens", "coréenne", "coréennes" })]
    [TestCase("Français", "Française", new[] { "français", "française", "françaises" })]
    [TestCase("Belge", "Belge", new[] { "belge", "belges" })]
    [TestCase("Antiguaise et barbudien", "Antiguaise et barbudienne", new string[0])]
    public void Demonym_forms(string masculine, string feminine, string[] forms) =>
        Assert.That(CountriesNormalizer.DemonymForms(masculine, feminine), Is.EqualTo(forms));

    [TestCase(new[] { "KOR", "PRK" }, new[] { "PRK" }, "PRK")]
    [TestCase(new[] { "KOR", "PRK" }, new[] { "KOR", "PRK" }, "KOR")]
    [TestCase(new[] { "KOR", "PRK" }, new[] { "FRA" }, "KOR")]
    [TestCase(new[] { "COD", "COG" }, new string[0], "COD")]
    public void Resolves_to_the_state_the_document_names(string[] candidates, string[] named, string expected) =>
        Assert.That(CountriesNormalizer.Resolve(candidates, named.ToHashSet()), Is.EqualTo(expected));
}
