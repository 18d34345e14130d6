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
}
