namespace Extraction.Tests.Training;

/// <summary>
/// `extract train all` rebuilds every model from ../shared/data and the corpus into a scratch copy of
/// models/, and each file comes out byte-identical to the committed one: a change to folding, features or
/// training data cannot ship with a stale model.
/// </summary>
[Category("Long")]
public class RetrainTests
{
    [Test]
    public void Train_all_reproduces_every_committed_model()
    {
        var models = Path.Combine(TestPaths.Root, "models");
        var scratch = Path.Combine(Path.GetTempPath(), $"models-{Guid.NewGuid():N}");
        Directory.CreateDirectory(scratch);
        try
        {
            foreach (var file in Directory.GetFiles(models))
                File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
            var before = Directory.GetFiles(scratch).ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc);

            var result = CliRunner.Run($"train all --models {scratch}");
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);

            var rebuilt = Directory.GetFiles(scratch).Where(f => File.GetLastWriteTimeUtc(f) != before[Path.GetFileName(f)]).Select(f => Path.GetFileName(f)).Order().ToList();
            Assert.That(rebuilt, Is.EqualTo(new[] { "commitments.bin", "countries.tsv", "first-names-fr.txt", "ner-fr.bin" }));
            foreach (var name in rebuilt)
                Assert.That(File.ReadAllBytes(Path.Combine(scratch, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(models, name))), $"{name} differs from models/{name}");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
