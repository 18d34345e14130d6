namespace Extraction.Tests.French;

using Extraction.French;

public class FrenchCalendarTests
{
    [Test]
    public void Months_seasons_weekdays_and_abbreviations_are_written_as_French_writes_them()
    {
        Assert.That(FrenchCalendar.Months, Is.EqualTo(new[]
        {
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        }));
        Assert.That(FrenchCalendar.Seasons, Is.EqualTo(new[] { "printemps", "été", "automne", "hiver" }));
        Assert.That(FrenchCalendar.Weekdays, Is.EqualTo(new[] { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche" }));
        Assert.That(FrenchCalendar.MonthAbbreviations.Select(a => string.Join("|", a)),
            Is.EqualTo(new[] { "janv", "févr|fév", "", "avr", "", "", "juil", "", "sept", "oct", "nov", "déc" }));
    }

    // Every name and abbreviation reaches the dates recogniser, accented or not, and a day before a month is no count.
    [TestCase("Le 3 janvier 2020, le Conseil a voté.", "3 janvier 2020", "2020-01-03")]
    [TestCase("Le 3 février 2020, le Conseil a voté.", "3 février 2020", "2020-02-03")]
    [TestCase("Le 3 fevrier 2020, le Conseil a voté.", "3 fevrier 2020", "2020-02-03")]
    [TestCase("Le 3 févr. 2020, le Conseil a voté.", "3 févr. 2020", "2020-02-03")]
    [TestCase("Le 3 fév. 2020, le Conseil a voté.", "3 fév. 2020", "2020-02-03")]
    [TestCase("Le 15 août 2020, le Conseil a voté.", "15 août 2020", "2020-08-15")]
    [TestCase("Le 1er sept. 2020, le Conseil a voté.", "1er sept. 2020", "2020-09-01")]
    [TestCase("Le 24 déc. 2020, le Conseil a voté.", "24 déc. 2020", "2020-12-24")]
    [TestCase("Le 24 décembre 2020, le Conseil a voté.", "24 décembre 2020", "2020-12-24")]
    public void A_month_name_or_abbreviation_makes_a_date(string sentence, string text, string value)
    {
        var document = TestPipeline.Run(sentence);
        Assert.That(document.MentionsOf("dates").Select(m => (m.Text, m.Value)), Is.EqualTo(new[] { (text, (object?)value) }));
        Assert.That(document.MentionsOf("counts"), Is.Empty);
    }

    // A season before a year makes a date of the season, and the year is no count.
    [TestCase("L'été 2019 a été très chaud.", "L'été 2019", "2019-SU")]
    [TestCase("Au printemps 2020, le Conseil a voté.", "printemps 2020", "2020-SP")]
    public void A_season_and_a_year_make_a_date(string sentence, string text, string value)
    {
        var document = TestPipeline.Run(sentence);
        Assert.That(document.MentionsOf("dates").Select(m => (m.Text, m.Value)), Is.EqualTo(new[] { (text, (object?)value) }));
        Assert.That(document.MentionsOf("counts"), Is.Empty);
    }

    [Test]
    public void A_weekday_that_contradicts_the_date_is_named_in_the_warning()
    {
        var date = TestPipeline.Run("Le mardi 3 janvier 2020, le Conseil a voté.").MentionsOf("dates").Single();
        Assert.That(date.Get("warnings"), Is.EqualTo(new[] { "mardi contradicts 2020-01-03, a vendredi" }));
    }
}
