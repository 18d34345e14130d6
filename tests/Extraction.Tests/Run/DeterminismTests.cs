namespace Extraction.Tests.Run;

using Extraction.Run;

public class DeterminismTests
{
    [Test]
    public void Output_is_byte_identical_whatever_the_number_of_jobs()
    {
        string[] inputs = [TestPaths.Seeds, TestRuns.PressFr];
        var one = TestRuns.JsonLines(inputs, new RunOptions(Jobs: 1));
        var four = TestRuns.JsonLines(inputs, new RunOptions(Jobs: 4));
        Assert.That(four, Is.EqualTo(one));
        Assert.That(TestRuns.Lines(one), Has.Length.EqualTo(435), "5 seeds and 430 press-fr lines");
    }

    [Test]
    public void Unordered_output_holds_the_same_lines()
    {
        string[] inputs = [TestRuns.PressFr];
        var ordered = TestRuns.Lines(TestRuns.JsonLines(inputs, new RunOptions(Jobs: 2)));
        var unordered = TestRuns.Lines(TestRuns.JsonLines(inputs, new RunOptions(Jobs: 2, Ordered: false)));
        Assert.That(unordered, Is.EquivalentTo(ordered));
    }

    [Test]
    public void Four_shards_cover_the_corpus_exactly_once()
    {
        string[] inputs = [TestRuns.PressFr];
        var whole = TestRuns.Lines(TestRuns.JsonLines(inputs));
        var shards = Enumerable.Range(1, 4).SelectMany(k => TestRuns.Lines(TestRuns.JsonLines(inputs, new RunOptions(Jobs: 2, Shard: new Shard(k, 4))))).ToList();
        Assert.That(shards, Is.EquivalentTo(whole));
        Assert.That(Enumerable.Range(1, 4).Select(k => TestRuns.Lines(TestRuns.JsonLines(inputs, new RunOptions(Jobs: 1, Shard: new Shard(k, 4)))).Length), Has.All.LessThan(whole.Length));
    }

    [TestCase("orangesum-2632", 18131587438253856576UL)]
    [TestCase("001_b4bac96b4677f267", 14415836724341660645UL)]
    public void The_shard_hash_is_stable(string id, ulong hash) => Assert.That(Shard.StableHash(id), Is.EqualTo(hash));

    [TestCase("2/4", 2, 4)]
    [TestCase("1/1", 1, 1)]
    public void Shards_parse(string text, int k, int n) => Assert.That(Shard.Parse(text), Is.EqualTo(new Shard(k, n)));

    [TestCase("0/4")]
    [TestCase("5/4")]
    [TestCase("2")]
    public void Bad_shards_are_refused(string text) => Assert.Throws<FormatException>(() => Shard.Parse(text));
}
