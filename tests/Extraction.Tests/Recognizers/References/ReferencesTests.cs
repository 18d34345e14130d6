namespace Extraction.Tests.Recognizers.References;

/// <summary>SPEC §6b: UN document symbols, their canonical values, and the dates and counts they hide.</summary>
public class ReferencesTests
{
    private static string[] References(string text) =>
        TestPipeline.Run(text).MentionsOf("references").Select(m => $"{m.Text}|{m.Value}").ToArray();

    [TestCase("Rappelant sa résolution 2218 (2015) du 28 avril.", new[] { "résolution 2218 (2015)|S/RES/2218 (2015)" })]
    [TestCase("Rappelant ses résolutions 1754 (2007), 1783 (2007) et 2152 (2014), le Conseil",
        new[] { "résolutions 1754 (2007)|S/RES/1754 (2007)", "1783 (2007)|S/RES/1783 (2007)", "2152 (2014)|S/RES/2152 (2014)" })]
    [TestCase("la résolution 69/313 de l'Assemblée générale", new[] { "résolution 69/313|A/RES/69/313" })]
    [TestCase("sa résolution 973 (X) du 15 décembre 1955", new[] { "résolution 973 (X)|A/RES/973 (X)" })]
    [TestCase("l'agenda de la Résolution 1325 sur les femmes", new[] { "Résolution 1325|S/RES/1325" })]
    [TestCase("la déclaration de son président (S/PRST/2015/5) et le rapport S/2015/219.",
        new[] { "S/PRST/2015/5|S/PRST/2015/5", "S/2015/219|S/2015/219" })]
    [TestCase("le document A/69/767, puis S/RES/2218 (2015).", new[] { "A/69/767|A/69/767", "S/RES/2218 (2015)|S/RES/2218 (2015)" })]
    [TestCase("voir S/2015/10/Add.21 et A/HRC/28/L.5.", new[] { "S/2015/10/Add.21|S/2015/10/ADD.21", "A/HRC/28/L.5|A/HRC/28/L.5" })]
    public void Symbols_take_their_canonical_value(string text, string[] expected) => Assert.That(References(text), Is.EqualTo(expected));

    [TestCase("les résolutions pertinentes du Conseil de sécurité")]
    [TestCase("la résolution du conflit en 2015")]
    [TestCase("un taux TVA/HT et la relation Paris/Berlin")]
    [TestCase("le 14/11/2017 à Paris")]
    public void Words_that_only_look_like_references_are_not(string text) => Assert.That(References(text), Is.Empty);

    [Test]
    public void The_year_and_number_of_a_symbol_are_neither_dates_nor_counts()
    {
        var document = TestPipeline.Run("Par sa résolution 2218 (2015), adoptée en avril 2015, le Conseil a prié 12 États, voir S/2015/219.");
        Assert.That(document.MentionsOf("dates").Select(m => m.Text), Is.EqualTo(new[] { "avril 2015" }));
        Assert.That(document.MentionsOf("counts").Select(m => m.Text), Is.EqualTo(new[] { "12 États" }));
        Assert.That(document.MentionsOf("references").Select(m => m.Value), Is.EqualTo(new[] { "S/RES/2218 (2015)", "S/2015/219" }));
    }
}
