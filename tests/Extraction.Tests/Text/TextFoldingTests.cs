namespace Extraction.Tests.Text;

using Extraction.Text;

public class TextFoldingTests
{
    [TestCase("États-Unis", "etats-unis")]
    [TestCase("ETATS MEMBRES", "etats membres")]
    [TestCase("Côte d’Ivoire", "cote d'ivoire")]
    [TestCase("Œuvre", "œuvre")]
    [TestCase("Corée", "coree")]
    [TestCase("médicales", "medicales")]
    [TestCase("Île, Ça, Ñ, Ü", "ile, ca, n, u")]
    public void Folds_case_and_accents(string text, string folded) => Assert.That(TextFolding.Fold(text), Is.EqualTo(folded));
}
