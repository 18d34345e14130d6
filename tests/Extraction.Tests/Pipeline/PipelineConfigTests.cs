namespace Extraction.Tests.Pipeline;

using Extraction.Pipeline;

public class PipelineConfigTests
{
    [Test]
    public void Unknown_stage_names_the_stage_and_the_known_ones()
    {
        var config = PipelineConfig.Parse("""{"stages": [{"name": "text"}, {"name": "tokenise"}]}""", "p.json");
        var e = Assert.Throws<PipelineConfigException>(() => StandardPipeline.CreateBuilder().Build(config));
        Assert.That(e!.Message, Does.Contain("unknown stage \"tokenise\"").And.Contain("tokenize"));
    }

    [TestCase("{\"stages\": [", "not valid JSON")]
    [TestCase("{\"stages\": []}", "non-empty \"stages\" array")]
    [TestCase("{\"stages\": [{\"nom\": \"text\"}]}", "stages[0] should be an object with a string \"name\"")]
    [TestCase("{\"stages\": [{\"name\": \"text\", \"settings\": 3}]}", "\"settings\" should be an object")]
    public void Malformed_configuration_says_what_is_expected(string json, string message)
    {
        var e = Assert.Throws<PipelineConfigException>(() => PipelineConfig.Parse(json, "p.json"));
        Assert.That(e!.Message, Does.Contain(message));
    }

    [Test]
    public void The_shipped_configuration_builds() =>
        Assert.That(StandardPipeline.Load(TestPaths.Config).Stages.Select(s => s.Name).Take(2), Is.EqualTo(new[] { "text", "tokenize" }));

    [Test]
    public void A_stage_before_the_stage_it_reads_is_refused_naming_both()
    {
        var config = PipelineConfig.Parse("""{"stages": [{"name": "text"}, {"name": "tokenize"}, {"name": "commitments"}, {"name": "counts"}]}""", "p.json");
        var e = Assert.Throws<PipelineConfigException>(() => StandardPipeline.CreateBuilder().Build(config));
        Assert.That(e!.Message, Is.EqualTo("p.json: stage \"commitments\" reads \"countries\", which stage \"countries\" writes; add \"countries\" before \"commitments\""));
    }

    [Test]
    public void A_stage_configured_after_its_reader_is_named()
    {
        var config = PipelineConfig.Parse("""{"stages": [{"name": "text"}, {"name": "tokenize"}, {"name": "countries", "settings": {"model": "x"}}, {"name": "commitments"}, {"name": "counts"}]}""", "p.json");
        var e = Assert.Throws<PipelineConfigException>(() => StandardPipeline.CreateBuilder().Build(config));
        Assert.That(e!.Message, Is.EqualTo("p.json: stage \"commitments\" reads \"counts\", which stage \"counts\" writes after it; put \"counts\" before \"commitments\""));
    }

    [Test]
    public void A_list_no_stage_writes_is_refused()
    {
        var config = PipelineConfig.Parse("""{"stages": [{"name": "text"}, {"name": "tokenize"}, {"name": "dates"}], "lists": ["dates", "counts"]}""", "p.json");
        var e = Assert.Throws<PipelineConfigException>(() => StandardPipeline.CreateBuilder().Build(config));
        Assert.That(e!.Message, Is.EqualTo("p.json: list \"counts\" is written by no configured stage; expected one of: dates, durations"));
    }

    [Test]
    public void An_unknown_key_is_refused() =>
        Assert.That(Assert.Throws<PipelineConfigException>(() => PipelineConfig.Parse("""{"stages": [{"name": "text"}], "columns": {}}""", "p.json"))!.Message,
            Does.StartWith("p.json: unknown key \"columns\""));
}
