namespace Extraction.Tests.Recognizers.Officials;

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
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Recognizers", "Officials", "role-phrase-cases.tsv"));
        Case? current = null;
        var expected = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '\t')
            {
                expected.Add(line[1..]);
                continue;
            }
            if (current is not null) yield return Data(current with { Expected = [.. expected] });
            var fields = line.Split('\t');
            current = new Case(i + 1, fields[0], fields[1], []);
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
