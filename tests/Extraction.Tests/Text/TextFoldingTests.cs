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
    // The table must agree with Unicode decomposition (available here through ICU) for every Latin letter.
    [Test]
    public void Latin_table_agrees_with_canonical_decomposition()
    {
        for (char c = '\u00C0'; c < '\u0180'; c++)
        {
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(System.Text.NormalizationForm.FormD);
            var expected = decomposed.Length > 1 && char.GetUnicodeCategory(decomposed[1]) == System.Globalization.UnicodeCategory.NonSpacingMark ? decomposed[0] : lower;
            // Ligatures fold to themselves; the Turkish dotted capital I has no invariant lower case, so the table gives 'i'.
            if (c is 'œ' or 'Œ' or 'æ' or 'Æ' or 'İ') continue;
            Assert.That(TextFolding.FoldChar(c), Is.EqualTo(expected), $"U+{(int)c:X4} {c}");
        }
    }
}
