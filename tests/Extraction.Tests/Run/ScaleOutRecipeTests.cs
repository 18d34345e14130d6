namespace Extraction.Tests.Run;

/// <summary>What the README shows of the scale-out recipes is what the long tests run.</summary>
public class ScaleOutRecipeTests
{
    [Test]
    public void Readme_shows_the_slurm_job_script_the_long_test_submits_byte_for_byte()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md"));
        var script = File.ReadAllText(SlurmScaleOutTests.JobScript);
        Assert.That(readme, Does.Contain("```bash\n" + script + "```\n"));
    }
}
