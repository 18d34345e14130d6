namespace Extraction.Tests.Evaluation;

using Extraction.Core;
using Extraction.Evaluation;

public class ScorerTests
{
    private static Mention M(int start, int end, object? value, params (string Key, object? Value)[] fields)
    {
        var mention = new Mention(start, end, new string('x', end - start), value);
        foreach (var (key, v) in fields) mention.Set(key, v);
        return mention;
    }

    private static AnnotatedDocument Doc(string id, params (string List, Mention Mention)[] mentions) => new(
        id, id + ".txt", null, null,
        mentions.GroupBy(m => m.List).ToDictionary(g => g.Key, g => g.Select(m => m.Mention).ToList()));

    private static TypeScore ScoreOf(EvaluationReport report, string type) => report.Types.Single(t => t.Type == type);

    [Test]
    public void DatesScoredOnValuesAndSpans()
    {
        var gold = new[]
        {
            Doc("a", ("dates", M(0, 10, "2017-11-14")), ("dates", M(20, 24, "2015")), ("dates", M(30, 34, "2016"))),
            Doc("b", ("dates", M(5, 9, "2018"))),
        };
        var predicted = new[]
        {
            // exact hit; same span with a wrong value; an overlapping span holding the value 2016.
            Doc("a", ("dates", M(0, 10, "2017-11-14")), ("dates", M(22, 26, "2016")), ("dates", M(30, 34, "2020"))),
            Doc("b"),
        };
        var dates = ScoreOf(Scorer.Score(gold, predicted), "dates");

        // values: a gives TP {2017-11-14, 2016}, FP {2020}, FN {2015}; b gives FN {2018}.
        Assert.That(dates.Values, Is.EqualTo(new Prf(2, 1, 2)));
        Assert.That(dates.Values.Precision, Is.EqualTo(2.0 / 3).Within(1e-12));
        Assert.That(dates.Values.Recall, Is.EqualTo(0.5));
        Assert.That(dates.Values.F1, Is.EqualTo(4.0 / 7).Within(1e-12));

        Assert.That(dates.Strict, Is.EqualTo(new Prf(2, 1, 2)));
        Assert.That(dates.Partial, Is.EqualTo(new Prf(3, 0, 1)));
        Assert.That(dates.Partial.Precision, Is.EqualTo(1.0));
        Assert.That(dates.Partial.F1, Is.EqualTo(6.0 / 7).Within(1e-12));
        Assert.That((dates.ValueChecked, dates.ValueCorrect, dates.ValueAccuracy), Is.EqualTo((2, 1, 0.5)));
        Assert.That((dates.GoldMentions, dates.PredictedMentions), Is.EqualTo((4, 3)));
    }

    [Test]
    public void OfficialsScoredOnFoldedSurname()
    {
        var gold = new[] { Doc("a", ("officials", M(0, 5, "Jean-Pierre Lacroix")), ("officials", M(10, 15, "Ban Ki-moon")), ("officials", M(20, 25, "Atul Khare"))) };
        var predicted = new[] { Doc("a", ("officials", M(0, 5, "LACROIX")), ("officials", M(10, 15, "Ki-moon")), ("officials", M(30, 35, "Antonio Guterres"))) };
        var officials = ScoreOf(Scorer.Score(gold, predicted), "officials");
        Assert.That(officials.Values, Is.EqualTo(new Prf(2, 1, 1)));
        // Same spans but different full names: value accuracy compares the values themselves.
        Assert.That((officials.ValueChecked, officials.ValueCorrect), Is.EqualTo((2, 0)));
    }

    [Test]
    public void CountsScoredOnNumberAndSingularUnitHead()
    {
        var gold = new[]
        {
            Doc("a",
                ("counts", M(0, 5, 87000L, ("qualifier", "more_than"), ("unit", "soldat de la paix"))),
                ("counts", M(10, 15, 18L, ("qualifier", "exact"), ("unit", "état membre"))),
                ("counts", M(20, 25, 12L, ("qualifier", "exact"), ("unit", "mission")))),
        };
        var predicted = new[]
        {
            Doc("a",
                ("counts", M(0, 5, 87000.0, ("qualifier", "more_than"), ("unit", "soldats"))),
                ("counts", M(10, 15, 18L, ("qualifier", "exact"), ("unit", "États membres"))),
                ("counts", M(20, 25, 12L, ("qualifier", "exact"), ("unit", "pays")))),
        };
        var counts = ScoreOf(Scorer.Score(gold, predicted), "counts");
        Assert.That(counts.Values, Is.EqualTo(new Prf(2, 1, 1)));
        Assert.That(counts.Strict, Is.EqualTo(new Prf(3, 0, 0)));
        Assert.That(counts.ValueCorrect, Is.EqualTo(3), "87000 and 87000.0 are the same value");
    }

    [Test]
    public void KeysFollowSpecSection7()
    {
        Assert.That(Extraction.Recognizers.Officials.OfficialsExtension.Surname("Jean-Pierre Lacroix"), Is.EqualTo("lacroix"));
        Assert.That(Extraction.Recognizers.Officials.OfficialsExtension.Surname("António Guterres"), Is.EqualTo("guterres"));
        Assert.That(Extraction.Recognizers.Counts.CountsExtension.UnitHead("États membres"), Is.EqualTo("etat"));
        Assert.That(Extraction.Recognizers.Counts.CountsExtension.UnitHead("hélicoptères"), Is.EqualTo("helicoptere"));
        Assert.That(Extraction.Recognizers.Counts.CountsExtension.UnitHead("hôpitaux"), Is.EqualTo("hopital"));
        Assert.That(Extraction.Recognizers.Counts.CountsExtension.UnitHead("pays et organisations"), Is.EqualTo("pays"));
        Assert.That(Extraction.Recognizers.Counts.CountsExtension.UnitHead("%"), Is.EqualTo("%"));
    }

    [Test]
    public void TypeAbsentFromPredictionsScoresZeroRecall()
    {
        var gold = new[] { Doc("a", ("commitments", M(0, 5, "equipment")), ("countries", M(10, 15, "KOR"))) };
        var predicted = new[] { Doc("a", ("countries", M(10, 15, "KOR"))) };
        var report = Scorer.Score(gold, predicted);
        var commitments = ScoreOf(report, "commitments");
        Assert.That(commitments.Values, Is.EqualTo(new Prf(0, 0, 1)));
        Assert.That((commitments.Values.Precision, commitments.Values.Recall, commitments.Values.F1), Is.EqualTo((0.0, 0.0, 0.0)));
        Assert.That(ScoreOf(report, "countries").Values.F1, Is.EqualTo(1.0));
        Assert.That(report.Overall.Values, Is.EqualTo(new Prf(1, 0, 1)));
    }

    [Test]
    public void MissingPredictionIsAnEmptyRecordWithAWarning()
    {
        var report = Scorer.Score([Doc("a", ("countries", M(0, 5, "CAN")))], [Doc("z", ("countries", M(0, 5, "CAN")))]);
        Assert.That(ScoreOf(report, "countries").Values, Is.EqualTo(new Prf(0, 0, 1)));
        Assert.That(report.Warnings, Is.EqualTo(new[] { "a: no prediction; scored as an empty record", "z: not in the gold set; not scored" }));
    }

    [Test]
    public void NullValuesAreIgnored()
    {
        var report = Scorer.Score([Doc("a", ("dates", M(0, 5, "2015")))], [Doc("a", ("dates", M(0, 5, "2015")), ("dates", M(10, 15, null)))]);
        var dates = ScoreOf(report, "dates");
        Assert.That((dates.Values, dates.Strict, dates.PredictedMentions), Is.EqualTo((new Prf(1, 0, 0), new Prf(1, 0, 0), 1)));
    }

    [Test]
    public void ErrorsCarryTheirSentence()
    {
        const string text = "Le Canada participe. Le Mali aussi.";
        var gold = new AnnotatedDocument("a", "a.txt", null, text, new Dictionary<string, List<Mention>>
        {
            ["countries"] = [new Mention(3, 9, "Canada", "CAN"), new Mention(24, 28, "Mali", "MLI")],
        });
        var predicted = new AnnotatedDocument("a", "a.txt", null, null, new Dictionary<string, List<Mention>>
        {
            ["countries"] = [new Mention(3, 9, "Canada", "CAN")],
        });
        var report = Scorer.Score([gold], [predicted]);
        Assert.That(report.Errors.Select(e => (e.Level, e.Kind, e.Mention.Text, e.Sentence)), Is.EqualTo(new[]
        {
            ("value", ErrorKind.Miss, "Mali", "Le Mali aussi."),
            ("span", ErrorKind.Miss, "Mali", "Le Mali aussi."),
        }));
        Assert.That(ReportWriter.Errors(report), Does.Contain("MISS   countries    value \"Mali\" [24,28) = key MLI\n       | Le Mali aussi.\n"));
    }

    [Test]
    public void TableAndJsonCarryTheNumbers()
    {
        var report = Scorer.Score([Doc("a", ("countries", M(0, 5, "CAN")), ("countries", M(10, 15, "MLI")))], [Doc("a", ("countries", M(0, 5, "CAN")))]);
        Assert.That(ReportWriter.Table(report), Does.Contain("countries       2    1 |  1.000  0.500  0.667   |  1.000  0.500  0.667   |  1.000  0.500  0.667   | 1.000"));
        var json = Newtonsoft.Json.Linq.JObject.Parse(ReportWriter.Json(report));
        Assert.That((double)json["types"]!["countries"]!["values"]!["f1"]!, Is.EqualTo(0.6667));
        Assert.That((int)json["all"]!["values"]!["fn"]!, Is.EqualTo(1));
    }
}
