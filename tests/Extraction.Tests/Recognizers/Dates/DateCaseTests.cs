namespace Extraction.Tests.Recognizers.Dates;

/// <summary>
/// One test per line of date-cases.tsv: an expression inside a sentence, the document date ("-" for none),
/// and the value the "dates" or "durations" list must give it, or "none" when no mention may overlap it.
/// </summary>
public class DateCaseTests
{
    private static string CasePath => Path.Combine(TestPaths.Root, "tests", "Extraction.Tests", "Recognizers", "Dates", "date-cases.tsv");

    public static IEnumerable<TestCaseData> Cases()
    {
        var lines = File.ReadAllLines(CasePath);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
            var fields = lines[i].Split('\t');
            if (fields.Length != 5)
                throw new FormatException($"{CasePath}:{i + 1}: expected 5 tab-separated fields, found {fields.Length}");
            var (list, expression, sentence, documentDate, expected) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
            yield return new TestCaseData(list, expression, sentence, documentDate == "-" ? null : documentDate, expected)
                .SetName($"line {i + 1}: {list} \"{expression}\" [{documentDate}] -> {expected}");
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
