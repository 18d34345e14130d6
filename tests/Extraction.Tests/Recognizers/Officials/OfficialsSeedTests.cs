namespace Extraction.Tests.Recognizers.Officials;

using Extraction.Text;

/// <summary>Every official of the five seeds, exactly: span, text, value, title and organization (seed-officials.tsv).</summary>
public class OfficialsSeedTests
{
    private static readonly string[][] Expected = TsvReader.Read(Path.Combine(AppContext.BaseDirectory, "Recognizers", "Officials", "seed-officials.tsv"))
        .Select(row => row.Fields)
        .ToArray();

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    [TestCase("004")]
    public void SeedOfficialsAreExact(string seed)
    {
        var document = TestPipeline.RunSeed(seed);
        var actual = document.MentionsOf("officials")
            .Select(m => string.Join('\t', seed, m.Start, m.End, m.Text, m.Value, m.Get("title") ?? "", m.Get("organization") ?? ""))
            .ToList();
        var expected = Expected.Where(row => row[0] == seed).Select(row => string.Join('\t', row)).ToList();
        Assert.That(actual, Is.EqualTo(expected));
        foreach (var mention in document.MentionsOf("officials"))
            Assert.That(document.Text[mention.Start..mention.End], Is.EqualTo(mention.Text));
    }

    [Test]
    public void SeedsHoldTheExpectedPeople()
    {
        // The SPEC's reading of the seeds, independent of the TSV: who is an official, by value.
        string[] Values(string seed) => TestPipeline.RunSeed(seed).MentionsOf("officials").Select(m => (string)m.Value!).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Values("000"), Is.EqualTo(new[] { "Appathurai", "Appathurai" }));
            Assert.That(Values("001"), Is.EqualTo(new[] { "Jean-Pierre Lacroix", "Atul Khare", "Catherine Pollard", "Jean-Pierre Lacroix", "Atul Khare", "Catherine Pollard" }));
            Assert.That(Values("002"), Is.EqualTo(new[] { "Jean-Pierre Lacroix", "Atul Khare", "António Guterres", "Atul Khare", "Atul Khare" }));
            Assert.That(Values("003").Distinct(), Is.EqualTo(new[] { "Jean-Pierre Lacroix", "Atul Khare", "Catherine Pollard", "Barack Obama", "Ban Ki-moon" }));
            Assert.That(Values("004"), Is.Empty);
        });
    }
}
