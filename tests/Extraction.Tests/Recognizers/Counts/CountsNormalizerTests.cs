namespace Extraction.Tests.Recognizers.Counts;

using Extraction.Recognizers.Counts;

public class CountsNormalizerTests
{
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
