namespace Extraction.Tests.Recognizers.Countries;

/// <summary>Every country mention of the five seeds, with offsets that slice back to the text.</summary>
public class CountriesSeedTests
{
    private static readonly Dictionary<string, (string Text, int Start, int End, string Value)[]> Expected = new()
    {
        // Vancouver and Londres are cities; "Nations Unies", "États membres" and "Conseil de sécurité" are not states.
        ["000"] = [("Canada", 266, 272, "CAN")],
        // The caption line is part of the text, so its République centrafricaine counts; Séoul is a city.
        ["001"] = [("République de Corée", 958, 977, "KOR"), ("République centrafricaine", 1564, 1589, "CAF"), ("République de Corée", 2418, 2437, "KOR")],
        ["002"] = [("Canada", 325, 331, "CAN"), ("Mali", 948, 952, "MLI")],
        ["003"] = [("République centrafricaine", 1476, 1501, "CAF"), ("États-Unis", 4054, 4064, "USA")],
        // "la capitale coréenne": the document names only Séoul, the capital of the Republic of Korea.
        ["004"] = [("coréenne", 1334, 1342, "KOR")],
    };

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    [TestCase("004")]
    public void Seed_mentions_are_exact(string seed)
    {
        var document = TestPipeline.RunSeed(seed);
        var found = document.MentionsOf("countries").Select(m => (m.Text, m.Start, m.End, Value: (string)m.Value!)).ToArray();
        Assert.That(found, Is.EqualTo(Expected[seed]));
        foreach (var (text, start, end, _) in found)
            Assert.That(document.Text[start..end], Is.EqualTo(text));
    }
}
