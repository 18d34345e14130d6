namespace Extraction.Tests.Recognizers.Officials;

using Extraction.Core;

/// <summary>One line per way a role is written beside a name, and per thing that is not an official.</summary>
public class OfficialsPatternTests
{
    private static List<Mention> Officials(string text) => TestPipeline.Run(text).MentionsOf("officials");

    [TestCase("Le ministre français des Affaires étrangères, Jean-Yves Le Drian, est arrivé hier.", "Jean-Yves Le Drian", "ministre français des Affaires étrangères", "FRA")]
    [TestCase("Jean-Pierre Lacroix, Secrétaire général adjoint des Nations Unies aux opérations de paix, a parlé.", "Jean-Pierre Lacroix", "Secrétaire général adjoint des Nations Unies aux opérations de paix", "ONU")]
    [TestCase("Le sommet a été organisé par l'ancien Président des États-Unis Barack Obama.", "Barack Obama", "ancien Président des États-Unis", "USA")]
    [TestCase("Représentée par M. Appathurai, secrétaire général adjoint délégué, l'OTAN a parlé.", "Appathurai", "secrétaire général adjoint délégué", "OTAN")]
    [TestCase("Sur Twitter, la présidente de la Commission européenne, Ursula von der Leyen, a salué l'accord.", "Ursula von der Leyen", "présidente de la Commission européenne", "UE")]
    [TestCase("Il a rencontré le secrétaire général de l'Otan Jens Stoltenberg à Bruxelles.", "Jens Stoltenberg", "secrétaire général de l'Otan", "OTAN")]
    [TestCase("M. Ndaw, 70 ans, ex-ministre de la Défense, doit prêter serment vendredi.", "Ndaw", "ex-ministre de la Défense", null)]
    [TestCase("Pendant ce temps, le président turc Recep Tayyip Erdogan et son homologue iranien Hassan Rohani se sont parlé.", "Hassan Rohani", "homologue iranien", "IRN")]
    [TestCase("« Elle se repose », a déclaré à l'AFP le porte-parole du président, Antanas Bubnelis.", "Antanas Bubnelis", "porte-parole du président", null)]
    [TestCase("Ils penchent pour un retour de l'ex-Premier ministre Saad Hariri, qui avait démissionné.", "Saad Hariri", "ex-Premier ministre", null)]
    [TestCase("La junte a rencontré le chef de la mission de l'ONU au Mali (Minusma), Mahamat Saleh Annadif, mardi.", "Mahamat Saleh Annadif", "chef de la mission de l'ONU au Mali (Minusma)", "ONU")]
    [TestCase("L'UE a suspendu ses missions, selon le chef de la diplomatie européenne, Josep Borrell, à Berlin.", "Josep Borrell", "chef de la diplomatie européenne", "UE")]
    [TestCase("« Non », a relevé Dmitri Peskov, porte-parole du président Vladimir Poutine lors d'un briefing.", "Vladimir Poutine", "président", null)]
    [TestCase("Il déteste ce que fait le Fonds, a estimé le ministre de l'Intérieur, Ivan Jdanov.M. Peskov avait rejeté mardi les accusations.", "Ivan Jdanov", "ministre de l'Intérieur", null)]
    [TestCase("« C'est un rappel », a déclaré Serge Brammertz, principal procureur du Mécanisme pour les tribunaux pénaux internationaux (MPTI).", "Serge Brammertz", "principal procureur du Mécanisme pour les tribunaux pénaux internationaux", "MPTI")]
    [TestCase("« Nos forces ont libéré l'aéroport », a indiqué le porte-parole des forces pro-GNA Mohamad Gnounou dans un communiqué.", "Mohamad Gnounou", "porte-parole des forces pro-GNA", "GNA")]
    [TestCase("Les hôpitaux sont saturés.-jour de deuil national-Le Premier ministre Hassan Diab a promis des comptes.", "Hassan Diab", "Premier ministre", null)]
    [TestCase("Deuil nationalLe Premier ministre, Hassan Diab, a promis que les responsables rendraient des comptes.", "Hassan Diab", "Premier ministre", null)]
    [TestCase("Parmi les personnes arrêtées figurent les généraux Ibrahima Dahirou Dembélé et d'autres officiers.", "Ibrahima Dahirou Dembélé", "généraux", null)]
    [TestCase("Les six autres sont des Français, a déclaré à l'AFP le gouverneur de Tillabéri, Tidjani Ibrahim Katiella. Il a parlé.", "Tidjani Ibrahim Katiella", "gouverneur de Tillabéri", null)]
    [TestCase("Ils sont emprisonnés, a fustigé la Haute-Commissaire Michelle Bachelet, dans un communiqué.", "Michelle Bachelet", "Haute-Commissaire", null)]
    public void RoleBesideName(string text, string name, string title, string? organization)
    {
        var official = Officials(text).Single(m => m.Text == name);
        Assert.Multiple(() =>
        {
            Assert.That(official.Start, Is.EqualTo(text.IndexOf(name, StringComparison.Ordinal)));
            Assert.That(official.Text, Is.EqualTo(name));
            Assert.That(official.Value, Is.EqualTo(name));
            Assert.That(official.Get("title"), Is.EqualTo(title));
            Assert.That(official.Get("organization"), Is.EqualTo(organization));
        });
    }

    [TestCase("Photo MINUSCA/Leonel Grothe Un Casque bleu de la MINUSCA à Bangassou.")]
    [TestCase("Le chef de l'ONU a adressé un message vidéo aux participants.")]
    [TestCase("En tant que nouveau président des États-Unis, Manuel Valls a tancé la sortie.")]
    [TestCase("« C'est une provocation », juge Manuel Valls, ce lundi.")]
    [TestCase("Le porte-parole de Jean Dupont a démenti.")]
    [TestCase("Sami Atallah, directeur du Centre libanais d'études politiques, a commenté.")]
    [TestCase("Pierre Martin avait souligné son opposition.")]
    [TestCase("Selon la ministre, Mme Tikhanovskaïa possède un visa lituanien.")]
    [TestCase("Le tour de la ville est raconté par Eric Accrombessi, guide touristique et natif de Ouidah.")]
    [TestCase("Ce chef historique du jihad au Maghreb a été tué jeudi.")]
    public void NotAnOfficial(string text) => Assert.That(Officials(text), Is.Empty);

    [Test]
    public void PluralRoleCoversTheList()
    {
        var officials = Officials("« C'est regrettable », ont déploré les anciens Premiers ministres Fouad Siniora, Tamam Salam et Nagib Mikati dans un communiqué.");
        Assert.That(officials.Select(m => (m.Text, m.Get("title"))), Is.EqualTo(new[]
        {
            ("Fouad Siniora", (object?)"anciens Premiers ministres"),
            ("Tamam Salam", "anciens Premiers ministres"),
            ("Nagib Mikati", "anciens Premiers ministres"),
        }));
    }

    [Test]
    public void ShortMentionTakesFullNameAndRole()
    {
        var officials = Officials("Le Secrétaire général adjoint, Atul Khare, est arrivé. M. Khare a parlé. Le président chinois Xi Jinping aussi. Le président Xi a répondu.");
        Assert.That(officials.Select(m => (m.Text, m.Value, m.Get("title"))), Is.EqualTo(new[]
        {
            ("Atul Khare", (object)"Atul Khare", (object?)"Secrétaire général adjoint"),
            ("Khare", "Atul Khare", "Secrétaire général adjoint"),
            ("Xi Jinping", "Xi Jinping", "président chinois"),
            ("Xi", "Xi Jinping", "président"),
        }));
    }

    [Test]
    public void OneWordNameInsideAFullerNameTakesIt()
    {
        var officials = Officials("Le Président Idriss Déby Itno a été élevé à la dignité de maréchal. « Je continuerai », a promis le président Déby.");
        Assert.That(officials.Select(m => (m.Text, m.Value)), Is.EqualTo(new[] { ("Idriss Déby Itno", (object)"Idriss Déby Itno"), ("Déby", "Idriss Déby Itno") }));
    }

    [TestCase("Samedi matin, Donald Trump avait tweeté son soutien au Liban.", "Donald Trump")]
    [TestCase("Angela Merkel et Emmanuel Macron ont signé le traité à Aix-la-Chapelle.", "Angela Merkel|Emmanuel Macron")]
    public void Known_officials_need_no_role_in_the_document(string text, string names)
    {
        var found = Officials(text);

        Assert.That(found.Select(m => m.Value), Is.EqualTo(names.Split('|')));
        Assert.That(found.Select(m => m.Get("title")), Has.All.Null);
        Assert.That(found.Select(m => text[m.Start..m.End]), Is.EqualTo(names.Split('|')));
    }

    [Test]
    public void A_name_off_the_list_with_no_role_is_no_official() =>
        Assert.That(Officials("Samedi matin, Jean Dupont avait tweeté son soutien au Liban."), Is.Empty);
}
