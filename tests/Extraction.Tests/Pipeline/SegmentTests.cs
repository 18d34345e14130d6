namespace Extraction.Tests.Pipeline;

using Extraction.Core;

/// <summary>A document over a million characters is processed in segments; every offset of its mentions points into the whole text.</summary>
public class SegmentTests
{
    [Test]
    public void Mentions_and_clauses_found_in_a_later_segment_slice_the_whole_text()
    {
        const string sentence = "Le Japon s'est engagé à fournir 3 hélicoptères à la MINUSMA.";
        var alone = TestPipeline.Run(sentence).MentionsOf("commitments").Single();
        var prefix = string.Concat(Enumerable.Repeat("Le Mali est un pays.\n\n", 60_000));
        var document = TestPipeline.Run(prefix + sentence);
        Assert.That(document.Warnings.Single(), Does.Contain("processed in 2 segments"));

        var commitment = document.MentionsOf("commitments").Single();
        Assert.That((commitment.Start, commitment.Get("clause_start"), commitment.Get("clause_end")),
            Is.EqualTo((alone.Start + prefix.Length, (long)alone.Get("clause_start")! + prefix.Length, (long)alone.Get("clause_end")! + prefix.Length)));
        foreach (var mention in document.Mentions.Values.SelectMany(m => m))
            Assert.That(document.Text[mention.Start..mention.End], Is.EqualTo(mention.Text));
    }

    [Test]
    public void Shifting_moves_offset_fields_and_nothing_else()
    {
        var mention = new Mention(2, 5, "abc", "equipment").With("quantity", 16L).WithOffset("clause_start", 1).WithOffset("clause_end", 9);
        var moved = mention.Shifted(100);
        Assert.That(moved.Fields.Select(f => (f.Key, f.Value)), Is.EqualTo(new (string, object?)[] { ("quantity", 16L), ("clause_start", 101L), ("clause_end", 109L) }));
        Assert.That((moved.Start, moved.End), Is.EqualTo((102, 105)));
    }
}
