namespace Extraction.Tests.Recognizers.Counts;

/// <summary>Every count of the five seeds, as SPEC §5 reads them, with offsets that slice back to the text.</summary>
public class CountsSeedTests
{
    private static readonly Dictionary<string, (string Text, int Start, int End, object Value, string Qualifier, string? Unit)[]> Expected = new()
    {
        ["000"] =
        [
            ("plus de soixante-dix pays", 1297, 1322, 70L, "more_than", "pays"),
        ],
        ["001"] =
        [
            ("sept priorités", 145, 159, 7L, "exact", "priorité"),
            ("Plus de 87.000 soldats de la paix", 369, 402, 87000L, "more_than", "soldat de la paix"),
            ("plus de 120 pays", 406, 422, 120L, "more_than", "pays"),
            ("12 missions", 449, 460, 12L, "exact", "mission"),
            ("36 pays", 802, 809, 36L, "exact", "pays"),
            ("16 hélicoptères", 1025, 1040, 16L, "exact", "hélicoptère"),
            ("45 pays", 1345, 1352, 45L, "exact", "pays"),
            ("18 États membres", 2083, 2099, 18L, "exact", "état membre"),
            ("23", 2188, 2190, 23L, "exact", "état membre"),
            ("Sept États membres", 2274, 2292, 7L, "exact", "état membre"),
        ],
        ["002"] =
        [
            ("plus de 80 pays et organisations", 581, 613, 80L, "more_than", "pays et organisation"),
            ("plus de 7 milliards de dollars", 1914, 1944, 7000000000L, "more_than", "dollar"),
            ("35 missions de maintien de la paix", 1959, 1993, 35L, "exact", "mission de maintien de la paix"),
        ],
        ["003"] =
        [
            ("plus de 700 personnes", 98, 119, 700L, "more_than", "personne"),
            ("155 pays", 123, 131, 155L, "exact", "pays"),
        ],
        ["004"] =
        [
            ("plus de 700 personnalités", 1351, 1376, 700L, "more_than", "personnalité"),
            ("155 pays", 1380, 1388, 155L, "exact", "pays"),
        ],
    };

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    [TestCase("004")]
    public void Finds_every_count_of_the_seed(string seed)
    {
        var document = TestPipeline.RunSeed(seed);
        var counts = document.MentionsOf("counts")
            .Select(m => (m.Text, m.Start, m.End, m.Value!, (string)m.Get("qualifier")!, (string?)m.Get("unit")))
            .ToArray();
        Assert.That(counts, Is.EqualTo(Expected[seed]));
        foreach (var (text, start, end, _, _, _) in counts)
            Assert.That(document.Text[start..end], Is.EqualTo(text));
    }

    [Test]
    public void Money_carries_its_currency_after_qualifier_and_unit()
    {
        var money = TestPipeline.RunSeed("002").MentionsOf("counts").Single(m => m.Get("unit") as string == "dollar");
        Assert.That(money.Fields.Select(f => f.Key), Is.EqualTo(new[] { "qualifier", "unit", "currency" }));
        Assert.That(money.Get("currency"), Is.EqualTo("USD"));
    }
}
