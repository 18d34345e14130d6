namespace Extraction.Tests.Text;

using Extraction.Core;
using Extraction.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(TextNormalizer.Normalize(text), 0, sentences);
        return sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [TestCase("M. Lacroix est arrivé. Il a parlé.", new[] { "M. Lacroix est arrivé.", "Il a parlé." })]
    [TestCase("Mme Pollard et MM. Guterres et Khare ont parlé.", new[] { "Mme Pollard et MM. Guterres et Khare ont parlé." })]
    [TestCase("Il a vu le Dr. Mukwege hier. Elle aussi.", new[] { "Il a vu le Dr. Mukwege hier.", "Elle aussi." })]
    [TestCase("Selon J. F. Kennedy, la paix dure. Elle dure.", new[] { "Selon J. F. Kennedy, la paix dure.", "Elle dure." })]
    [TestCase("Il cite E.E. Smith dans son livre.", new[] { "Il cite E.E. Smith dans son livre." })]
    [TestCase("La visite du jardin de J.-P. Bruneau commence.", new[] { "La visite du jardin de J.-P. Bruneau commence." })]
    [TestCase("Des fusils, des casques, etc. Le lendemain, rien.", new[] { "Des fusils, des casques, etc.", "Le lendemain, rien." })]
    [TestCase("Des fusils, etc. et des casques.", new[] { "Des fusils, etc. et des casques." })]
    [TestCase("Vers 1600 av. J.-C. La ville fut détruite.", new[] { "Vers 1600 av. J.-C.", "La ville fut détruite." })]
    [TestCase("Le taux est de 3.5 pour cent. Il baisse.", new[] { "Le taux est de 3.5 pour cent.", "Il baisse." })]
    [TestCase("Plus de 87.000 soldats. 12 missions.", new[] { "Plus de 87.000 soldats.", "12 missions." })]
    [TestCase("a-t-il expliqué.Depuis mars, la mission agit.", new[] { "a-t-il expliqué.", "Depuis mars, la mission agit." })]
    [TestCase("Il déplore 4.634 décès.- Pic en Iran -L'Iran a annoncé 3.000 cas.", new[] { "Il déplore 4.634 décès.", "- Pic en Iran -", "L'Iran a annoncé 3.000 cas." })]
    [TestCase("sous 14 mois.S'ils ont épargné les forces.", new[] { "sous 14 mois.", "S'ils ont épargné les forces." })]
    [TestCase("insiste-t-il.Emmanuel Macron a parlé.", new[] { "insiste-t-il.", "Emmanuel Macron a parlé." })]
    [TestCase("pour le bien de tous\".Le président a parlé.", new[] { "pour le bien de tous\".", "Le président a parlé." })]
    [TestCase("dans les années 90.Howard Falksohn a dit.", new[] { "dans les années 90.", "Howard Falksohn a dit." })]
    [TestCase("la chercheuse d'ICG.Mais elle pourrait.", new[] { "la chercheuse d'ICG.", "Mais elle pourrait." })]
    [TestCase("Les U.S.A. ont signé.", new[] { "Les U.S.A. ont signé." })]
    [TestCase("« Nous sommes prêts. » Il a ajouté une phrase.", new[] { "« Nous sommes prêts. »", "Il a ajouté une phrase." })]
    [TestCase("« Vous venez ? » demande-t-il. Non.", new[] { "« Vous venez ? » demande-t-il.", "Non." })]
    [TestCase("Il a dit \"non.\" Puis il est parti.", new[] { "Il a dit \"non.\"", "Puis il est parti." })]
    [TestCase("qu'ils nous le fassent savoir. \" Elle se remarie.", new[] { "qu'ils nous le fassent savoir. \"", "Elle se remarie." })]
    [TestCase("Il a dit : \"C'est fini.\" \"Vraiment ?\" Oui.", new[] { "Il a dit : \"C'est fini.\"", "\"Vraiment ?\"", "Oui." })]
    [TestCase("Quoi ? Comment ! Bon… Voilà.", new[] { "Quoi ?", "Comment !", "Bon…", "Voilà." })]
    [TestCase("Le service était bon. je reviendrai.", new[] { "Le service était bon.", "je reviendrai." })]
    [TestCase("La séance est levée ; Il est 18 heures.", new[] { "La séance est levée ;", "Il est 18 heures." })]
    [TestCase("la paix ; la sécurité.", new[] { "la paix ; la sécurité." })]
    [TestCase("Très bon accueil Il faut y aller.", new[] { "Très bon accueil", "Il faut y aller." })]
    [TestCase("Selon Kim Jong Il la paix revient.", new[] { "Selon Kim Jong Il la paix revient." })]
    [TestCase("Titre du communiqué\nLe Canada annonce.", new[] { "Titre du communiqué", "Le Canada annonce." })]
    [TestCase("Moins cher ;) Un endroit simple.", new[] { "Moins cher ;)", "Un endroit simple." })]
    public void Splits_french_sentences(string text, string[] expected) =>
        Assert.That(Sentences(text), Is.EqualTo(expected));

    [Test]
    public void Spans_start_at_the_body_and_trim_spaces()
    {
        const string text = "date 2021-12\n  Le Canada annonce.  Il donne 16 hélicoptères. ";
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(text, 13, sentences);
        Assert.That(sentences, Is.EqualTo(new[] { new TextSpan(15, 33), new TextSpan(35, 60) }));
    }
}
