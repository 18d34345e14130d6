namespace Extraction.Tests.Recognizers.Countries;

using Extraction.Recognizers.Countries;

public class CountriesGazetteerTests
{
    private static string Model => Path.Combine(TestPaths.Root, "models", "countries.tsv");
    private static string Supplement => Path.Combine(TestPaths.Root, "models", "countries-supplement.tsv");
    private static string Data => Path.Combine(TestPaths.SharedData, "countries", "countries.json");

    [Test]
    public void Committed_model_is_what_the_builder_makes_from_the_data()
    {
        if (!File.Exists(Data)) Assert.Ignore($"{Data} not present");
        var built = CountriesGazetteerBuilder.Build(Data, Supplement);
        Assert.That(built.Text, Is.EqualTo(File.ReadAllText(Model)), "models/countries.tsv is stale: run `extract train countries`");
    }

    [Test]
    public void Builder_merges_data_and_supplement()
    {
        if (!File.Exists(Data)) Assert.Ignore($"{Data} not present");
        var lines = CountriesGazetteerBuilder.Build(Data, Supplement).Lines;
        Assert.That(lines, Does.Contain("name\trepublique de coree\tKOR"));
        Assert.That(lines, Does.Contain("demonym\tcanadiennes\tCAN"));
        Assert.That(lines, Does.Contain("demonym\tcoreen\tKOR|PRK"));
        Assert.That(lines, Does.Contain("acronym\trdc\tCOD"));
        Assert.That(lines, Does.Contain("cue\tseoul\tKOR"));
        Assert.That(lines, Does.Contain("block\tfleuve niger\t-"));
        Assert.That(lines.Any(l => l.Contains("\tmaurice\t")), Is.False, "bare Maurice is dropped as a first name");
        Assert.That(lines.Any(l => l.Contains("\tpalestine\tPSE")), Is.True, "Palestine is included by the supplement");
        Assert.That(lines.Any(l => l.Contains("\tguam\t")), Is.False, "dependent territories are left out");
    }

    [Test]
    public void Lexicon_lists_candidates_longest_first()
    {
        var lexicon = CountriesLexicon.Parse(["name\tcoree\tKOR|PRK", "name\tcoree du sud\tKOR", "block\tcoree du\t-"], "test");
        var entries = lexicon.CandidatesFor("coree");
        Assert.That(entries, Is.Not.Null);
        Assert.That(entries!.Select(e => e.Tokens.Length), Is.EqualTo(new[] { 3, 2, 1 }));
    }

    [Test]
    public void Lexicon_rejects_a_malformed_line() =>
        Assert.That(() => CountriesLexicon.Parse(["name\tcanada"], "models/x.tsv"),
            Throws.TypeOf<FormatException>().With.Message.Contains("models/x.tsv:1"));
}
