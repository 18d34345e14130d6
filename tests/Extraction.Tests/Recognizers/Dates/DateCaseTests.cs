namespace Extraction.Tests.Recognizers.Dates;

using Extraction.Text;

/// <summary>
/// One test per line of date-cases.tsv: an expression inside a sentence, the document date ("-" for none),
/// and the value the "dates" or "durations" list must give it, or "none" when no mention may overlap it.
/// </summary>
public class DateCaseTests
{
    private static string CasePath => Path.Combine(TestPaths.Root, "tests", "Extraction.Tests", "Recognizers", "Dates", "date-cases.tsv");

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var row in TsvReader.Read(CasePath, columns: 5, header: "list\texpression\tsentence\tdocument_date\texpected"))
        {
            var (list, expression, sentence, documentDate, expected) = (row[0], row[1], row[2], row[3], row[4]);
            yield return new TestCaseData(list, expression, sentence, documentDate == "-" ? null : documentDate, expected)
                .SetName($"line {row.Line}: {list} \"{expression}\" [{documentDate}] -> {expected}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Expression_in_sentence(string list, string expression, string sentence, string? documentDate, string expected)
    {
        int start = sentence.IndexOf(expression, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the expression must occur in the sentence");
        int end = start + expression.Length;

        var mentions = TestPipeline.Run(sentence, documentDate).MentionsOf(list);

        if (expected == "none")
            Assert.That(mentions.Where(m => m.Start < end && start < m.End).Select(m => $"{m.Text} = {m.Value}"), Is.Empty);
        else
            Assert.That(mentions.Select(m => $"{m.Text} @{m.Start} = {m.Value}"), Does.Contain($"{expression} @{start} = {expected}"));
    }

    [Test]
    public void Case_file_holds_at_least_a_hundred_cases() => Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(100));
}
