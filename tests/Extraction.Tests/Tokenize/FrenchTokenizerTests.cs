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
    [TestCase("Une évaluation préliminaireL'ONUDC a appelé", new[] { "Une", "évaluation", "préliminaire", "L'", "ONUDC", "a", "appelé" })]
    [TestCase("un iPhone et McDonald", new[] { "un", "iPhone", "et", "McDonald" })]
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
    [TestCase("l’Organisation jusqu’au", new[] { "l’", "Organisation", "jusqu’", "au" })]
    [TestCase("lorsqu'il puisqu’elle", new[] { "lorsqu'", "il", "puisqu’", "elle" })]
    [TestCase("quelqu'un", new[] { "quelqu'un" })]
    [TestCase("si l'on veut", new[] { "si", "l'on", "veut" })]
    [TestCase("l'onde", new[] { "l'", "onde" })]
    [TestCase("c'est-à-dire", new[] { "c'est-à-dire" })]
    [TestCase("c'est", new[] { "c'", "est" })]
    [TestCase("Jean-Yves Le Drian", new[] { "Jean-Yves", "Le", "Drian" })]
    [TestCase("Saint-Jean-de-Luz", new[] { "Saint-Jean-de-Luz" })]
    [TestCase("Est-ce que", new[] { "Est", "-ce", "que" })]
    [TestCase("Faut-il partir ?", new[] { "Faut", "-il", "partir", "?" })]
    [TestCase("dit-elle", new[] { "dit", "-elle" })]
    [TestCase("celui-ci et ceux-là", new[] { "celui-ci", "et", "ceux-là" })]
    [TestCase("ce jour-là", new[] { "ce", "jour", "-là" })]
    [TestCase("peut-être", new[] { "peut-être" })]
    [TestCase("MM. Guterres et Lacroix", new[] { "MM.", "Guterres", "et", "Lacroix" })]
    [TestCase("Dr Mukwege", new[] { "Dr", "Mukwege" })]
    [TestCase("le Pr. Raoult", new[] { "le", "Pr.", "Raoult" })]
    [TestCase("av. J.-C.", new[] { "av.", "J.-C." })]
    [TestCase("l'ONU, l'OTAN et l'UE", new[] { "l'", "ONU", ",", "l'", "OTAN", "et", "l'", "UE" })]
    [TestCase("A4P+ et A4P", new[] { "A4P+", "et", "A4P" })]
    [TestCase("1 200 000 soldats", new[] { "1 200 000", "soldats" })]
    [TestCase("7,5 %", new[] { "7,5", "%" })]
    [TestCase("en 2007-2008", new[] { "en", "2007-2008" })]
    [TestCase("le 14/11/2017", new[] { "le", "14/11/2017" })]
    [TestCase("en 2015, 120 pays", new[] { "en", "2015", ",", "120", "pays" })]
    [TestCase("(MINUSCA)", new[] { "(", "MINUSCA", ")" })]
    [TestCase("“A4P”", new[] { "“", "A4P", "”" })]
    [TestCase("« Paix »", new[] { "«", "Paix", "»" })]
    [TestCase("la paix – et", new[] { "la", "paix", "–", "et" })]
    [TestCase("à 20h45", new[] { "à", "20", "h", "45" })]
    [TestCase("18h", new[] { "18", "h" })]
    [TestCase("le 3e et le 1er", new[] { "le", "3e", "et", "le", "1er" })]
    [TestCase("voir www.un.org/fr.", new[] { "voir", "www.un.org/fr", "." })]
    [TestCase("https://peacekeeping.un.org/fr, puis", new[] { "https://peacekeeping.un.org/fr", ",", "puis" })]
    [TestCase("écrire à presse@un.org.", new[] { "écrire", "à", "presse@un.org", "." })]
    [TestCase("le n°5", new[] { "le", "n°", "5" })]
    [TestCase("traité(e)", new[] { "traité(e)" })]
    [TestCase("bien ;) Merci", new[] { "bien", ";)", "Merci" })]
    [TestCase("Covid-19 et G5-Sahel", new[] { "Covid-19", "et", "G5-Sahel" })]
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

    [Test]
    public void Offsets_and_kinds_of_elisions_numbers_and_clitics()
    {
        const string text = "Jusqu’en 2021, 7,5 % d’entre eux, a-t-il dit.";
        var normalized = TextNormalizer.Normalize(text);
        var tokens = new List<Token>();
        FrenchTokenizer.Tokenize(normalized, 0, normalized.Length, tokens);
        Assert.That(tokens.Select(t => (t.Start, t.End, t.Kind)), Is.EqualTo(new[]
        {
            (0, 6, TokenKind.Word), (6, 8, TokenKind.Word), (9, 13, TokenKind.Number), (13, 14, TokenKind.Punctuation),
            (15, 18, TokenKind.Number), (19, 20, TokenKind.Punctuation), (21, 23, TokenKind.Word), (23, 28, TokenKind.Word),
            (29, 32, TokenKind.Word), (32, 33, TokenKind.Punctuation), (34, 35, TokenKind.Word), (35, 40, TokenKind.Word),
            (41, 44, TokenKind.Word), (44, 45, TokenKind.Punctuation),
        }));
    }

    [Test]
    public void Tokenizes_only_between_the_given_bounds()
    {
        const string text = "date 2021-12\nLe Canada.";
        var tokens = new List<Token>();
        FrenchTokenizer.Tokenize(text, 13, text.Length, tokens);
        Assert.That(tokens.Select(t => text[t.Start..t.End]), Is.EqualTo(new[] { "Le", "Canada", "." }));
    }
}
