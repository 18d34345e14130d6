namespace Extraction.Tests.Recognizers.Dates;

/// <summary>A weekday that contradicts its date is kept as written and flagged, never silently accepted.</summary>
public class DatesWarningTests
{
    [Test]
    public void A_contradicting_weekday_is_noted()
    {
        var mention = TestPipeline.Run("La réunion du mardi 15 novembre 2017 a été reportée.").MentionsOf("dates").Single();
        Assert.That(mention.Value, Is.EqualTo("2017-11-15"));
        Assert.That(mention.Get("warnings"), Is.EqualTo(new[] { "mardi contradicts 2017-11-15, a mercredi" }));
    }

    [Test]
    public void A_contradicting_weekday_with_a_year_from_the_document_date_is_noted()
    {
        var mention = TestPipeline.Run("Ils se réuniront ce lundi 14 et mardi 15 novembre.", "2017-11").MentionsOf("dates").Single();
        Assert.That(mention.Value, Is.EqualTo("2017-11-14/2017-11-15"));
        Assert.That(mention.Get("warnings"), Is.EqualTo(new[] { "lundi contradicts 2017-11-14, a mardi", "mardi contradicts 2017-11-15, a mercredi" }));
    }

    [Test]
    public void A_matching_weekday_adds_no_warning()
    {
        var mention = TestPipeline.Run("La réunion du mardi 14 novembre 2017 a eu lieu.").MentionsOf("dates").Single();
        Assert.That(mention.Get("warnings"), Is.Null);
    }

    [Test]
    public void Warnings_are_written_as_a_json_array()
    {
        var document = TestPipeline.Run("La réunion du mardi 15 novembre 2017 a été reportée.");
        var writer = new Extraction.Emit.RecordWriter(TestPipeline.Instance, new Extraction.Emit.RecordOptions(false));
        var json = Newtonsoft.Json.Linq.JObject.Parse(writer.Write(document));
        Assert.That(json["dates"]![0]!["warnings"]!.Type, Is.EqualTo(Newtonsoft.Json.Linq.JTokenType.Array));
    }
}
