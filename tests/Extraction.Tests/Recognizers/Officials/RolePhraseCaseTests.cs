namespace Extraction.Tests.Recognizers.Officials;

using Extraction.Text;

/// <summary>
/// Role phrases before and after names, coordinated names under one role and "M."/"Mme" after a role
/// (role-phrase-cases.tsv): every official of each sentence, exactly, as text, value, title and organization.
/// </summary>
public class RolePhraseCaseTests
{
    public sealed record Case(int Line, string Pattern, string Sentence, string[] Expected)
    {
        public override string ToString() => $"{Pattern} (line {Line})";
    }

    public static IEnumerable<TestCaseData> Cases()
    {
        Case? current = null;
        var expected = new List<string>();
        foreach (var row in TsvReader.Read(Path.Combine(AppContext.BaseDirectory, "Recognizers", "Officials", "role-phrase-cases.tsv")))
        {
            // A line that starts with a tab is one expected official of the sentence above it.
            if (row[0].Length == 0)
            {
                expected.Add(row.Text[1..]);
                continue;
            }
            if (current is not null) yield return Data(current with { Expected = [.. expected] });
            current = new Case(row.Line, row[0], row[1], []);
            expected.Clear();
        }
        if (current is not null) yield return Data(current with { Expected = [.. expected] });
    }

    private static TestCaseData Data(Case c) => new TestCaseData(c).SetName($"{c.Pattern} (line {c.Line})");

    [TestCaseSource(nameof(Cases))]
    public void OfficialsAreExact(Case c)
    {
        var officials = TestPipeline.Run(c.Sentence).MentionsOf("officials");
        var actual = officials.Select(m => string.Join('\t', m.Text, m.Value, m.Get("title") ?? "", m.Get("organization") ?? "")).ToList();
        Assert.That(actual, Is.EqualTo(c.Expected), c.Sentence);
        foreach (var mention in officials)
            Assert.That(c.Sentence[mention.Start..mention.End], Is.EqualTo(mention.Text));
    }
}
