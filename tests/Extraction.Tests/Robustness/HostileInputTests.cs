namespace Extraction.Tests.Robustness;

using System.Text.Json;

public class HostileInputTests
{
    private string folder = "";

    [SetUp]
    public void Create() => folder = Directory.CreateTempSubdirectory("hostile-").FullName;

    [TearDown]
    public void Remove()
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(folder, "unreadable.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.Delete(folder, recursive: true);
    }

    // The 50 MB document is Long: its record holds close to two million mentions, which take 1.7 GB in the run
    // and as much again in this process, where its line is parsed. Three megabytes still make three segments.
    [TestCase(3)]
    [TestCase(50, Category = "Long")]
    public void Every_hostile_input_yields_exactly_one_line_and_nothing_crashes(int hugeMegabytes)
    {
        var inputs = HostileCorpus.Generate(folder, hugeMegabytes);
        var output = Path.Combine(folder, "..", Path.GetFileName(folder) + ".jsonl");
        var run = CliRunner.Run($"run \"{folder}\" -o \"{output}\" -q");
        var lines = File.ReadAllLines(output);
        File.Delete(output);

        int expected = inputs.Sum(i => i.Documents);
        TestContext.Out.WriteLine($"hostile corpus: {inputs.Count} inputs of {inputs.Select(i => i.Kind).Distinct().Count()} kinds, {expected} documents; {lines.Length} output lines");
        Assert.That(run.ExitCode, Is.EqualTo(1), "exit code 1 means: the run finished and some documents failed. " + run.Stderr);
        Assert.That(lines, Has.Length.EqualTo(expected));

        var byId = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string Schema(string id) => byId.Single(r => r.GetProperty("id").GetString() == id).GetProperty("schema").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(Schema("binary-nul"), Is.EqualTo("extraction.error/1"));
            Assert.That(Schema("binary-control"), Is.EqualTo("extraction.error/1"));
            Assert.That(Schema("invalid-utf8"), Is.EqualTo("extraction.record/1"));
            Assert.That(Schema("empty"), Is.EqualTo("extraction.record/1"));
            Assert.That(Schema("dangling"), Is.EqualTo("extraction.error/1"));
            Assert.That(Schema($"huge-{hugeMegabytes}mb"), Is.EqualTo("extraction.record/1"));
            Assert.That(Schema("huge"), Is.EqualTo("extraction.record/1"));
            Assert.That(Schema("inner"), Is.EqualTo("extraction.record/1"));
            Assert.That(Schema("nom avec espaces é 北京"), Is.EqualTo("extraction.record/1"));
            Assert.That(Schema("deep"), Is.EqualTo("extraction.error/1"));
            Assert.That(byId.Count(r => r.GetProperty("schema").GetString() == "extraction.error/1"), Is.EqualTo(10));
        });
        var invalid = byId.Single(r => r.GetProperty("id").GetString() == "invalid-utf8");
        Assert.That(invalid.GetProperty("warnings")[0].GetString(), Does.StartWith("invalid UTF-8 (first bad byte at offset 21)"));
        var deep = byId.Single(r => r.GetProperty("id").GetString() == "deep");
        Assert.That(deep.GetProperty("error").GetString(), Does.Contain("more than 2000 nested tags"));
        var huge = byId.Single(r => r.GetProperty("id").GetString() == $"huge-{hugeMegabytes}mb");
        Assert.That(huge.GetProperty("warnings")[0].GetString(), Does.Contain($"processed in {hugeMegabytes} segments"));
    }
}
