namespace Extraction.Tests.Evaluation;

using Extraction.Evaluation;
using Newtonsoft.Json.Linq;

public class RecordValidatorTests
{
    private const string Text = "Le 14 novembre 2017, le Canada a envoyé 16 hélicoptères.";

    [Test]
    public void WellFormedMentionsPass()
    {
        Assert.That(IssuesFor("dates", """{"text": "14 novembre 2017", "start": 3, "end": 19, "value": "2017-11-14"}"""), Is.Empty);
        Assert.That(IssuesFor("countries", """{"text": "Canada", "start": 24, "end": 30, "value": "CAN"}"""), Is.Empty);
        Assert.That(IssuesFor("counts", """{"text": "16 hélicoptères", "start": 40, "end": 55, "value": 16, "qualifier": "exact", "unit": "hélicoptère"}"""), Is.Empty);
        Assert.That(IssuesFor("commitments", """{"text": "16 hélicoptères", "start": 40, "end": 55, "value": "equipment", "status": "made", "actor": "CAN", "quantity": 16}"""), Is.Empty);
    }

    [Test]
    public void SpanThatDoesNotSliceBackIsNamed() => Assert.That(
        IssuesFor("countries", """{"text": "Canada", "start": 23, "end": 29, "value": "CAN"}"""),
        Is.EqualTo(new[] { "t.json: countries[0].text: \"Canada\" does not match the document at [23, 29), which reads \" Canad\"" }));

    [Test]
    public void WrongTextStillChecksTheValue() => Assert.That(
        IssuesFor("countries", """{"text": "Kanada", "start": 24, "end": 30, "value": "CANADA"}"""),
        Is.EqualTo(new[]
        {
            "t.json: countries[0].value: expected an ISO 3166-1 alpha-3 code, got \"CANADA\"",
            "t.json: countries[0].text: \"Kanada\" does not match the document at [24, 30), which reads \"Canada\"",
        }));

    [TestCase("dates", "\"2017-11-31\"")]
    [TestCase("dates", "\"novembre\"")]
    [TestCase("dates", "\"2017-11-14/\"")]
    [TestCase("countries", "\"CA\"")]
    [TestCase("countries", "\"UNK\"")]
    [TestCase("commitments", "\"helicopters\"")]
    public void BadValueIsNamed(string list, string value)
    {
        var issues = IssuesFor(list, $"{{\"text\": \"Canada\", \"start\": 24, \"end\": 30, \"value\": {value}, \"status\": \"made\", \"actor\": \"CAN\"}}");
        Assert.That(issues, Has.Count.EqualTo(1));
        Assert.That(issues[0], Does.StartWith($"t.json: {list}[0].value: expected").And.EndWith("got " + value));
    }

    [TestCase("2017-11-14/2017-11-15")]
    [TestCase("XXXX-12-07/XXXX-12-08")]
    [TestCase("200")]
    [TestCase("11/15")]
    [TestCase("2020-W34-WE")]
    [TestCase("2018-SU")]
    [TestCase("1955/1959")]
    [TestCase("2020-Q1")]
    public void TimexFormsOfSpecSection2AreDates(string value) =>
        Assert.That(IssuesFor("dates", $"{{\"text\": \"14 novembre\", \"start\": 3, \"end\": 14, \"value\": \"{value}\"}}").Where(i => !i.Contains(".text:")), Is.Empty);

    [Test]
    public void CountNeedsQualifierFromItsListAndLowerCaseUnit() => Assert.That(
        IssuesFor("counts", """{"text": "16 hélicoptères", "start": 40, "end": 55, "value": 16, "qualifier": "roughly", "unit": "Hélicoptère"}"""),
        Is.EqualTo(new[]
        {
            "t.json: counts[0].qualifier: expected one of exact, more_than, less_than, at_least, at_most, about, got \"roughly\"",
            "t.json: counts[0].unit: must be lower case: \"Hélicoptère\"",
        }));

    [Test]
    public void CommitmentStatusAndActorCount() => Assert.That(
        IssuesFor("commitments", """{"text": "16 hélicoptères", "start": 40, "end": 55, "value": "equipment", "status": "promised", "actor": "CAN", "actor_count": 3}"""),
        Is.EqualTo(new[]
        {
            "t.json: commitments[0].status: expected one of made, expected, called_for, got \"promised\"",
            "t.json: commitments[0].actor_count: only a counted group (actor member_states) has a count; actor is \"CAN\"",
        }));

    [Test]
    public void HonorificInOfficialValueIsReported() => Assert.That(
        IssuesFor("officials", """{"text": "Canada", "start": 24, "end": 30, "value": "M. Canada", "title": null, "organization": "ONU"}"""),
        Is.EqualTo(new[] { "t.json: officials[0].value: expected the person's fullest name in the document, without honorific (M., Mme, Dr), got \"M. Canada\"" }));

    [Test]
    public void OverlapWithinAListIsReported() => Assert.That(
        IssuesFor("dates", """
            {"text": "14 novembre", "start": 3, "end": 14, "value": "XXXX-11-14"},
            {"text": "novembre 2017", "start": 6, "end": 19, "value": "2017-11"}
            """),
        Is.EqualTo(new[] { "t.json: dates[1]: overlaps the previous dates mention [3, 14) with [6, 19)" }));

    [Test]
    public void MissingListsAreReported()
    {
        var record = JObject.Parse("""{"schema": "extraction.record/1", "id": "t", "source": "t.txt", "language": "fr", "document_date": "2021-12", "title": null, "dates": []}""");
        var issues = new List<GoldIssue>();
        RecordValidator.Validate(record, "t.json", Text, issues);
        Assert.That(issues.Select(i => i.ToString()), Is.EqualTo(new[]
        {
            "t.json: record: Required properties [\"countries\",\"officials\",\"counts\",\"commitments\"] are not present",
        }));
    }

    [Test]
    public void LoaderNamesTheFileOfABrokenGoldRecord()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gold-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "doc.txt"), Text);
            File.WriteAllText(Path.Combine(folder, "doc.json"), """
                {"schema": "extraction.record/1", "id": "doc", "source": "doc.txt", "language": "fr", "document_date": null, "title": null,
                 "dates": [], "countries": [{"text": "Canada", "start": 24, "end": 30, "value": "CANADA"}], "officials": [], "counts": [], "commitments": []}
                """);
            File.WriteAllText(Path.Combine(folder, "broken.json"), "{ not json");
            var set = GoldLoader.Load(folder);
            Assert.That(set.Documents.Select(d => d.Id), Is.EqualTo(new[] { "doc" }));
            Assert.That(set.Issues.Select(i => (i.File, i.Field)), Is.EqualTo(new[] { ("broken.json", "(file)"), ("doc.json", "countries[0].value") }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> IssuesFor(string list, string mentions)
    {
        var record = JObject.Parse("""
            {"schema": "extraction.record/1", "id": "t", "source": "t.txt", "language": "fr", "document_date": null, "title": null,
             "dates": [], "countries": [], "officials": [], "counts": [], "commitments": [] }
            """);
        record[list] = JArray.Parse("[" + mentions + "]");
        var issues = new List<GoldIssue>();
        RecordValidator.Validate(record, "t.json", Text, issues);
        return issues.Select(i => i.ToString()).ToList();
    }
}
