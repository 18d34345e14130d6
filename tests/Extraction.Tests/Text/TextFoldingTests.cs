namespace Extraction.Tests.Text;

using Extraction.Text;

public class TextFoldingTests
{
    [TestCase("États-Unis", "etats-unis")]
    [TestCase("ETATS MEMBRES", "etats membres")]
    [TestCase("Côte d’Ivoire", "cote d'ivoire")]
    [TestCase("Œuvre", "œuvre")]
    [TestCase("Corée", "coree")]
    [TestCase("İzmir", "izmir")]
    [TestCase("😀 Mali", "😀 mali")]
    [TestCase("médicales", "medicales")]
    [TestCase("Île, Ça, Ñ, Ü", "ile, ca, n, u")]
    public void Folds_case_and_accents(string text, string folded) => Assert.That(TextFolding.Fold(text), Is.EqualTo(folded));
}

public class TextFoldingLatinTableTests
{
    // The tests run with invariant globalization, as the program does, so the table is checked letter by letter.
    [Test]
    public void Every_french_accented_letter_folds_to_its_base_letter()
    {
        const string accented = "àâäçéèêëîïôöùûüÿÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ";
        const string plain = "aaaceeeeiioouuuyaaaceeeeiioouuuy";
        Assert.That(new string(accented.Select(TextFolding.FoldChar).ToArray()), Is.EqualTo(plain));
    }
}
