namespace Extraction.Tests.Recognizers.Officials;

using Extraction.Core;

/// <summary>
/// Officials whose role is not written beside the name: the words around it show an office (rule over a
/// state, power, a state act, a counterpart), or the person was named with a role elsewhere in the document.
/// </summary>
public class OfficeCueTests
{
    private static List<Mention> Officials(string text) => TestPipeline.Run(text).MentionsOf("officials");

    [TestCase("La Libye est plongée dans le chaos depuis la chute du régime de Mouammar Kadhafi en 2011.", "Mouammar Kadhafi", "LBY")]
    [TestCase("Moscou défend militairement le régime syrien de Bachar al-Assad depuis 2015.", "Bachar al-Assad", "SYR")]
    [TestCase("Sans attendre l'administration de Donald Trump, plusieurs villes ont interdit ces pratiques.", "Donald Trump", null)]
    [TestCase("Une partie du pays fait de nouveau front face au gouvernement d'Edouard Philippe.", "Edouard Philippe", null)]
    [TestCase("La réélection d'Alexandre Loukachenko, au pouvoir depuis 1994, a été contestée.", "Alexandre Loukachenko", null)]
    [TestCase("Sous la pression de la rue, Hassan Diab a décrété mercredi un jour de deuil national.", "Hassan Diab", null)]
    [TestCase("Emmanuel Macron avait assuré mardi soir son homologue libanais Michel Aoun du soutien de la France.", "Emmanuel Macron", "FRA")]
    public void OfficeWithoutARole(string text, string name, string? organization)
    {
        var official = Officials(text).Single(m => m.Value as string == name);
        Assert.Multiple(() =>
        {
            Assert.That(official.Start, Is.EqualTo(text.IndexOf(name, StringComparison.Ordinal)));
            Assert.That(text[official.Start..official.End], Is.EqualTo(name));
            Assert.That(official.Get("title"), Is.Null);
            Assert.That(official.Get("organization"), Is.EqualTo(organization));
        });
    }

    [TestCase("Il s'est invité en une du quotidien israélien Yediot Aharonot pour exhorter son homologue israélien à renoncer.")]
    [TestCase("La chute de Julian Alaphilippe a marqué l'étape du jour.")]
    [TestCase("Le règne de Roger Federer sur le tennis mondial a pris fin.")]
    [TestCase("« Ils ont tout perdu », a témoigné Jean Dupont, au marché depuis l'aube.")]
    public void NotAnOfficial(string text) => Assert.That(Officials(text), Is.Empty);

    [Test]
    public void UnnamedHeadOfStateContinuesTheSentenceBefore()
    {
        const string text = "Emmanuel Macron a plaidé pour un groupe de contact sur la Syrie. Le président français a également exprimé son opposition.";
        var official = Officials(text).Single();
        Assert.That((official.Start, text[official.Start..official.End], official.Value, official.Get("title"), official.Get("organization")),
            Is.EqualTo((0, "Emmanuel Macron", (object)"Emmanuel Macron", (object?)"président français", (object?)"FRA")));
    }

    [TestCase("Jean Dupont a marqué deux buts samedi. Le président du club a salué sa performance.")]
    [TestCase("Hier soir, Jean Dupont a marqué deux buts. Le président français a salué sa performance.")]
    public void UnnamedRoleNotLinked(string text) => Assert.That(Officials(text), Is.Empty);

    [Test]
    public void SurnameAloneAfterTheFullName()
    {
        const string text = "Le maréchal Khalifa Haftar a lancé une offensive. Les forces pro-Haftar ont reculé et les milices de Haftar fuient.";
        var officials = Officials(text);
        Assert.That(officials.Select(m => (m.Start, text[m.Start..m.End], m.Value, m.Get("title"))), Is.EqualTo(new[]
        {
            (12, "Khalifa Haftar", (object?)"Khalifa Haftar", (object?)"maréchal"),
            (65, "Haftar", "Khalifa Haftar", "maréchal"),
            (101, "Haftar", "Khalifa Haftar", "maréchal"),
        }));
    }

    [Test]
    public void SurnameOfACompanyIsNotTheOfficial()
    {
        const string text = "Le Premier ministre Boris Johnson a parlé. Le groupe Johnson & Johnson a publié ses résultats.";
        Assert.That(Officials(text).Select(m => (m.Start, m.Text)), Is.EqualTo(new[] { (20, "Boris Johnson") }));
    }
}
