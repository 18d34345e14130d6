namespace Extraction.Tests.Cli;

/// <summary>The command-line contract of the README: usage errors exit 2 with the parser's message, and run nothing.</summary>
public class CommandLineTests
{
    [TestCase("run corpus/seeds --bogus", "unknown option '--bogus'")]
    [TestCase("run", "Required argument missing for command: 'run'.")]
    [TestCase("frobnicate", "Unrecognized command or argument 'frobnicate'.")]
    [TestCase("train ner --epochs 3", "Unrecognized command or argument '--epochs'.")]
    public void A_command_line_the_parser_cannot_read_exits_2(string arguments, string message)
    {
        var result = CliRunner.Run(arguments);
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((2, "")));
        Assert.That(result.Stderr, Does.Contain(message));
    }

    [Test]
    public void A_wrong_pipeline_configuration_exits_2_naming_both_stages()
    {
        var config = Path.Combine(Path.GetTempPath(), $"pipeline-{Guid.NewGuid():N}.json");
        File.WriteAllText(config, """{"stages": [{"name": "text"}, {"name": "tokenize"}, {"name": "commitments", "settings": {"model": "x"}}]}""");
        try
        {
            var result = CliRunner.Run($"run corpus/seeds -q --config {config}");
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("stage \"commitments\" reads \"countries\", which stage \"countries\" writes; add \"countries\" before \"commitments\""));
        }
        finally
        {
            File.Delete(config);
        }
    }
}
