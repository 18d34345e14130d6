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

        new CommitmentsStage().Process(document);

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
}
