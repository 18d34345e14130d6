namespace Extraction.Tests.Recognizers.Countries;

using Extraction.Text;

/// <summary>The sentence table countries-cases.tsv run through the shipped pipeline: every mention's text and ISO code.</summary>
public class CountriesCasesTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Recognizers", "Countries", "countries-cases.tsv");
        foreach (var fields in TsvReader.Read(path))
        {
            var expected = fields[1] == "-" ? [] : fields[1].Split(" ; ");
            yield return new TestCaseData(fields[0], expected).SetName(fields[0]);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Finds_exactly_the_expected_countries(string sentence, string[] expected)
    {
        var document = TestPipeline.Run(sentence);
        var found = document.MentionsOf("countries").Select(m => $"{m.Text}={m.Value}").ToArray();
        Assert.That(found, Is.EqualTo(expected));
    }

    [Test]
    public void Table_has_at_least_sixty_cases() => Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(60));
}
