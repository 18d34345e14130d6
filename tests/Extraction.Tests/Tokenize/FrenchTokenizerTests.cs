namespace Extraction.Tests.Tokenize;

using Extraction.Core;
using Extraction.Text;
using Extraction.Tokenize;

public class FrenchTokenizerTests
{
    private static string[] Tokens(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = new List<Token>();
        FrenchTokenizer.Tokenize(normalized, 0, normalized.Length, tokens);
        return tokens.Select(t => text[t.Start..t.End]).ToArray();
    }

    [TestCase("l'OTAN", new[] { "l'", "OTAN" })]
    [TestCase("l’ONU", new[] { "l’", "ONU" })]
    [TestCase("jusqu'à d'autres", new[] { "jusqu'", "à", "d'", "autres" })]
    [TestCase("qu’il s'est n'a", new[] { "qu’", "il", "s'", "est", "n'", "a" })]
    [TestCase("aujourd'hui", new[] { "aujourd'hui" })]
    [TestCase("Jean-Pierre Lacroix", new[] { "Jean-Pierre", "Lacroix" })]
    [TestCase("soixante-dix pays", new[] { "soixante-dix", "pays" })]
    [TestCase("Casques bleus", new[] { "Casques", "bleus" })]
    [TestCase("a-t-il expliqué", new[] { "a", "-t-il", "expliqué" })]
    [TestCase("M. Appathurai", new[] { "M.", "Appathurai" })]
    [TestCase("Mme Pollard", new[] { "Mme", "Pollard" })]
    [TestCase("Dr. House", new[] { "Dr.", "House" })]
    [TestCase("etc.", new[] { "etc." })]
    [TestCase("A4P+, ONU", new[] { "A4P+", ",", "ONU" })]
    [TestCase("Plus de 87.000 soldats", new[] { "Plus", "de", "87.000", "soldats" })]
    [TestCase("87 000 soldats", new[] { "87 000", "soldats" })]
    [TestCase("87\u00A0000 soldats", new[] { "87\u00A0000", "soldats" })]
    [TestCase("87\u202F000 soldats", new[] { "87\u202F000", "soldats" })]
    [TestCase("7,5 millions", new[] { "7,5", "millions" })]
    [TestCase("(7-8 décembre)", new[] { "(", "7-8", "décembre", ")" })]
    [TestCase("« sont confrontés »", new[] { "«", "sont", "confrontés", "»" })]
    [TestCase("“lacunes”", new[] { "“", "lacunes", "”" })]
    [TestCase("la paix — et", new[] { "la", "paix", "—", "et" })]
    [TestCase("en 2015 et 120 pays", new[] { "en", "2015", "et", "120", "pays" })]
    [TestCase("Covid-19", new[] { "Covid-19" })]
    [TestCase("attendu...", new[] { "attendu", "..." })]
    public void Splits_french_text(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));

    [Test]
    public void Offsets_index_the_original_text()
    {
        const string text = "Représentée par M. Appathurai, l’OTAN a annoncé 87\u202F000 dons.";
        var normalized = TextNormalizer.Normalize(text);
        var tokens = new List<Token>();
        FrenchTokenizer.Tokenize(normalized, 0, normalized.Length, tokens);
        Assert.That(tokens.Select(t => (t.Start, t.End)), Is.EqualTo(new[]
        {
            (0, 11), (12, 15), (16, 18), (19, 29), (29, 30), (31, 33), (33, 37), (38, 39), (40, 47), (48, 54), (55, 59), (59, 60),
        }));
        Assert.That(tokens[9].Kind, Is.EqualTo(TokenKind.Number));
    }
}
