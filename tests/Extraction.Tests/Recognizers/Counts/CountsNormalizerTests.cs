namespace Extraction.Tests.Recognizers.Counts;

using Extraction.Recognizers.Counts;

public class CountsNormalizerTests
{
    [TestCase("soixante-dix", 70)]
    [TestCase("quatre-vingt-dix-neuf", 99)]
    [TestCase("deux-cent-mille", 200000)]
    [TestCase("mille neuf cent quarante-cinq", 1945)]
    [TestCase("septante", 70)]
    [TestCase("huitante-huit", 88)]
    [TestCase("octante", 80)]
    [TestCase("nonante-neuf", 99)]
    [TestCase("quatre-vingts", 80)]
    [TestCase("quatre-vingt-onze", 91)]
    [TestCase("soixante et onze", 71)]
    [TestCase("soixante-douze", 72)]
    [TestCase("vingt et un", 21)]
    [TestCase("vingt-et-une", 21)]
    [TestCase("dix-sept", 17)]
    [TestCase("trois cents", 300)]
    [TestCase("cent vingt", 120)]
    [TestCase("mille", 1000)]
    [TestCase("deux mille dix-huit", 2018)]
    [TestCase("un million", 1000000)]
    [TestCase("deux millions trois cent mille", 2300000)]
    [TestCase("Sept", 7)]
    [TestCase("zéro", 0)]
    public void Parses_number_words(string text, long expected) =>
        Assert.That(CountsNormalizer.ParseWords(text), Is.EqualTo((decimal)expected));

    [TestCase("deux trois")]
    [TestCase("cent cent")]
    [TestCase("vingt trente")]
    [TestCase("millions")]
    [TestCase("vingt et")]
    [TestCase("soldats")]
    public void Rejects_malformed_number_words(string text) => Assert.That(CountsNormalizer.ParseWords(text), Is.Null);

    [TestCase("7 milliards", 7000000000)]
    [TestCase("1,5 million", 1500000)]
    [TestCase("2,3 millions", 2300000)]
    [TestCase("87 mille", 87000)]
    [TestCase("87.000", 87000)]
    [TestCase("87 000", 87000)]
    [TestCase("87\u00A0000", 87000)]
    [TestCase("87\u202F000", 87000)]
    [TestCase("87000", 87000)]
    [TestCase("1 250 000", 1250000)]
    [TestCase("3.000.000", 3000000)]
    [TestCase("soixante-dix", 70)]
    public void Parses_whole_numbers(string text, long expected) =>
        Assert.That(CountsNormalizer.ParseNumber(text), Is.EqualTo((decimal)expected));

    [TestCase("7,5", 7.5)]
    [TestCase("1,500", 1.5)]
    [TestCase("2.5", 2.5)]
    [TestCase("1.234,5", 1234.5)]
    public void Parses_decimals(string text, double expected) =>
        Assert.That(CountsNormalizer.ParseNumber(text), Is.EqualTo((decimal)expected));

    [TestCase("7,5,3")]
    [TestCase("7 pommes")]
    [TestCase("")]
    public void Rejects_what_is_not_a_number(string text) => Assert.That(CountsNormalizer.ParseNumber(text), Is.Null);

    [Test]
    public void Huge_numbers_do_not_overflow() =>
        Assert.That(TestPipeline.Run("Il a reçu 999.999.999.999.999 milliards de billions de milliers de dollars.").MentionsOf("counts"), Is.Empty);

    [TestCase("1 mille mille mille mille mille mille mille mille mille mille mille")]
    [TestCase("5 milliards milliards")]
    [TestCase("999 999 999 999 999 billions")]
    public void Scales_beyond_the_largest_count_are_not_numbers(string text) => Assert.That(CountsNormalizer.ParseNumber(text), Is.Null);

    [Test]
    public void The_longest_number_fits_in_the_word_limit()
    {
        const string longest = "neuf cent quatre vingt dix neuf billions neuf cent quatre vingt dix neuf milliards neuf cent quatre vingt dix neuf millions "
            + "neuf cent quatre vingt dix neuf mille neuf cent quatre vingt dix neuf";
        Assert.That(longest.Split(' '), Has.Length.EqualTo(CountsNormalizer.MaxNumberWords));
        Assert.That(CountsNormalizer.ParseWords(longest), Is.EqualTo(999_999_999_999_999m));
        Assert.That(TestPipeline.Run(longest + " soldats").MentionsOf("counts").Single().Value, Is.EqualTo(999_999_999_999_999L));
    }

    [TestCase("1 mille ")]
    [TestCase("mille ")]
    [TestCase("un ")]
    [TestCase("vingt et un ")]
    public void Long_runs_of_number_words_are_no_count_and_no_error(string word) =>
        Assert.That(TestPipeline.Run(string.Concat(Enumerable.Repeat(word, 5_000)) + "soldats").MentionsOf("counts").Select(m => m.Text.Length), Has.All.LessThan(100));

    [Test]
    public void Whole_values_are_long_and_others_double()
    {
        Assert.That(CountsNormalizer.ToValue(1500000m), Is.TypeOf<long>().And.EqualTo(1500000L));
        Assert.That(CountsNormalizer.ToValue(7.5m), Is.TypeOf<double>().And.EqualTo(7.5));
    }
}
