namespace Extraction.Tests.Recognizers.Commitments;

using Extraction.Core;
using Extraction.Recognizers.Commitments;
using Extraction.Text;
using Extraction.Tokenize;

public class CommitmentsStageTests
{
    [Test]
    public void Runs_without_countries_and_counts_lists()
    {
        var document = new Document("t", "t", "Les États membres se sont engagés à fournir des hélicoptères.");
        new TextStage().Process(document);
        new TokenizeStage().Process(document);

        new CommitmentsStage(CommitmentModel.RulesOnly, "rules").Process(document);

        Assert.That(document.Mentions.ContainsKey("countries"), Is.False);
        Assert.That(document.MentionsOf("commitments").Select(CommitmentsTestDocument.Describe), Is.EqualTo(new[] { "equipment\tmade\tmember_states\t-\t-" }));
    }

    [Test]
    public void A_second_actor_after_et_carries_the_pledge_on()
    {
        var found = CommitmentsTestDocument.FromText("La France s'est engagée à fournir des hélicoptères et le Japon des drones.")
            .Country("France", "FRA").Country("Japon", "JPN").Commitments();

        Assert.That(found.Select(CommitmentsTestDocument.Describe), Is.EqualTo(new[] { "equipment\tmade\tFRA\t-\t-", "technology\tmade\tJPN\t-\t-" }));
        Assert.That(found.Select(m => m.Text), Is.EqualTo(new[] { "hélicoptères", "drones" }));
    }

    [Test]
    public void The_span_names_what_is_pledged_and_the_clause_starts_in_the_body()
    {
        var document = CommitmentsTestDocument.FromText(" date 2021-12 Le Japon s'est engagé à fournir 3 hélicoptères.")
            .Country("Japon", "JPN").Count("3 hélicoptères", 3, "hélicoptère");

        var mention = document.Commitments().Single();

        Assert.That(mention.Text, Is.EqualTo("3 hélicoptères"));
        Assert.That(mention.Get("clause_start"), Is.EqualTo((long)document.Document.BodyStart));
        Assert.That(mention.Get("clause_end"), Is.EqualTo((long)document.Document.Text.Length - 1));
        Assert.That(mention.Fields.Select(f => f.Key), Is.EqualTo(new[] { "status", "actor", "quantity", "clause_start", "clause_end" }));
        Assert.That(mention.Get("quantity"), Is.EqualTo(3L));
    }

    [TestCase("Catherine Pollard, Secrétaire générale adjointe de l’ONU à la gestion, a présenté le rapport. « Nous profiterons de la réunion pour faire progresser les demandes de paternité », a-t-elle déclaré.",
        "conduct_accountability\tmade\tONU\t-\t-", "demandes de paternité")]
    [TestCase("Le ministre japonais de la Défense, Taro Kono, a pris la parole. Il a annoncé la livraison de 3 hélicoptères.",
        "equipment\tmade\tJPN\t-\t3", "3 hélicoptères")]
    public void A_pronoun_subject_stands_for_the_organisation_of_the_official_named_before(string text, string expected, string span)
    {
        var found = CommitmentsTestDocument.FromText(text).Commitments();

        Assert.That(found.Select(CommitmentsTestDocument.Describe), Is.EqualTo(new[] { expected }));
        Assert.That(found.Single().Text, Is.EqualTo(span));
    }

    [Test]
    public void A_pronoun_far_from_any_official_names_no_actor()
    {
        var filler = string.Concat(Enumerable.Repeat("La séance a duré longtemps et les débats ont été nourris. ", 12));
        var found = CommitmentsTestDocument.FromText("Taro Kono, ministre japonais de la Défense, est arrivé. " + filler + "Il a annoncé la livraison de 3 hélicoptères.").Commitments();

        Assert.That(found.Select(CommitmentsTestDocument.Describe), Is.EqualTo(new[] { "equipment\tmade\t-\t-\t3" }));
    }
}
