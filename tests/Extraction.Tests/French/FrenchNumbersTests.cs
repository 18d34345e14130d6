namespace Extraction.Tests.French;

using Extraction.French;

public class FrenchNumbersTests
{
    [TestCase("deux", 2)]
    [TestCase("Sept", 7)]
    [TestCase("seize", 16)]
    [TestCase("dix-sept", 17)]
    [TestCase("vingt et un", 21)]
    [TestCase("vingt-et-une", 21)]
    [TestCase("soixante-dix", 70)]
    [TestCase("soixante-douze", 72)]
    [TestCase("soixante et onze", 71)]
    [TestCase("soixante-dix-sept", 77)]
    [TestCase("quatre-vingts", 80)]
    [TestCase("quatre-vingt-onze", 91)]
    [TestCase("quatre-vingt-dix-neuf", 99)]
    [TestCase("septante", 70)]
    [TestCase("huitante-huit", 88)]
    [TestCase("octante", 80)]
    [TestCase("nonante-neuf", 99)]
    [TestCase("cent", 100)]
    [TestCase("cent vingt", 120)]
    [TestCase("deux cent cinquante", 250)]
    [TestCase("trois cents", 300)]
    [TestCase("mille", 1000)]
    [TestCase("mille deux cents", 1200)]
    [TestCase("mille neuf cent quarante-cinq", 1945)]
    [TestCase("deux mille dix-huit", 2018)]
    [TestCase("deux-cent-mille", 200000)]
    [TestCase("un million", 1000000)]
    [TestCase("deux millions trois cent mille", 2300000)]
    [TestCase("zéro", 0)]
    public void Number_words_have_their_value(string text, long value) => Assert.That(FrenchNumbers.Parse(text), Is.EqualTo((decimal)value));

    [TestCase("deux trois")]
    [TestCase("un et trois")]
    [TestCase("cent cent")]
    [TestCase("vingt trente")]
    [TestCase("millions")]
    [TestCase("vingt et")]
    [TestCase("et")]
    [TestCase("soldats")]
    [TestCase("")]
    public void Words_that_make_no_number_have_none(string text) => Assert.That(FrenchNumbers.Parse(text), Is.Null);

    [TestCase("milliards", 1_000_000_000)]
    [TestCase("mille", 1000)]
    [TestCase("millions de", null)]
    [TestCase("cent", null)]
    public void Scales_after_digits(string text, long? scale) => Assert.That(FrenchNumbers.ParseScale(text), Is.EqualTo((decimal?)scale));

    [Test]
    public void The_longest_number_fits_in_the_word_limit()
    {
        const string longest = "neuf cent quatre vingt dix neuf billions neuf cent quatre vingt dix neuf milliards neuf cent quatre vingt dix neuf millions "
            + "neuf cent quatre vingt dix neuf mille neuf cent quatre vingt dix neuf";
        Assert.That(longest.Split(' '), Has.Length.EqualTo(FrenchNumbers.MaxWords));
        Assert.That(FrenchNumbers.Parse(longest), Is.EqualTo(999_999_999_999_999m));
        Assert.That(TestPipeline.Run(longest + " soldats").MentionsOf("counts").Single().Value, Is.EqualTo(999_999_999_999_999L));
    }

    [TestCase("dizaine", 10)]
    [TestCase("douzaines", 12)]
    [TestCase("centaines", 100)]
    [TestCase("millier", 1000)]
    [TestCase("dizain", null)]
    public void Approximate_numerals(string folded, long? value) =>
        Assert.That(FrenchNumbers.TryGetApproximate(folded, out long found) ? found : (long?)null, Is.EqualTo(value));

    // The counts and dates recognisers read one grammar: a Belgian ten counts years, a list of two counts is no sum.
    [TestCase("Il a vécu septante ans à Liège.", "durations", "septante ans", "P70Y")]
    [TestCase("Il a fallu entre un et trois mois.", "durations", "trois mois", "P3M")]
    [TestCase("Le pays a envoyé septante soldats.", "counts", "septante soldats", 70L)]
    [TestCase("Il a fallu une quinzaine de jours.", "durations", "une quinzaine de jours", "P15D")]
    public void Both_recognisers_read_the_same_numbers(string sentence, string list, string text, object value) =>
        Assert.That(TestPipeline.Run(sentence).MentionsOf(list).Select(m => (m.Text, m.Value)), Is.EqualTo(new[] { (text, (object?)value) }));
}
