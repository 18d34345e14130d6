namespace Extraction.Ner;

using System.Diagnostics;

/// <summary>Where `extract train ner` reads its data and writes its model.</summary>
public sealed record NerTrainingPaths(string DataFolder, string SentencesFolder, string ModelsFolder)
{
    public string Europeana => Path.Combine(DataFolder, "ner-fr-europeana", "enp_FR.bnf.bio");
    public string FirstNamesCsv => Path.Combine(DataFolder, "first-names", "firstnames.csv");
    public string FrenchNamesCsv => Path.Combine(DataFolder, "first-names", "prenoms_sorted_by_count.csv");
    public string Model => Path.Combine(ModelsFolder, "ner-fr.bin");
    public string FirstNames => Path.Combine(ModelsFolder, "first-names-fr.txt");
}

/// <summary>
/// Rebuilds the entity model and its first-name gazetteer from the corpora, with a fixed held-out split
/// (the last 10% of Europeana, every 5th press sentence) and a fixed seed, so two runs write the same files.
/// </summary>
public static class NerTraining
{
    public const int BucketBits = 18;
    public const int Epochs = 12;
    public const int Seed = 2017;

    /// <summary>The press sentences are few but in the target domain, so each is seen this many times per epoch.</summary>
    private const int PressWeight = 3;

    public static void Run(NerTrainingPaths paths, bool scoreTest, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var europeana = NerCorpora.ReadEuropeana(paths.Europeana);
        int europeanaTrain = europeana.Count - europeana.Count / 10;
        var europeanaHeldOut = europeana.GetRange(europeanaTrain, europeana.Count - europeanaTrain);
        var corpus = Training.SentenceCorpus.Load(paths.SentencesFolder, paths.DataFolder);
        var pressTrain = corpus.Where(s => s.Split == Training.SentenceCorpus.Train)
            .Concat(Training.SentenceCorpus.LoadEarlierEntities(paths.SentencesFolder, paths.DataFolder))
            .Select(NerCorpora.FromLabelled).ToList();
        var dev = corpus.Where(s => s.Split == Training.SentenceCorpus.Dev).Select(NerCorpora.FromLabelled).ToList();
        var test = corpus.Where(s => s.Split == Training.SentenceCorpus.Test).Select(NerCorpora.FromLabelled).ToList();
        log.WriteLine($"europeana: {europeanaTrain} training, {europeanaHeldOut.Count} held-out sentences");
        log.WriteLine($"news and UN sentences: {pressTrain.Count} training, {dev.Count} dev, {test.Count} test");

        if (File.Exists(paths.Model) && File.Exists(paths.FirstNames))
        {
            log.WriteLine("the model being replaced, on news and UN dev (entity-level exact match):");
            log.WriteLine(NerEvaluation.Evaluate(NerModel.Load(paths.Model, NerLexicon.Load(paths.FirstNames)), dev).Report());
        }

        var training = europeana.Take(europeanaTrain).ToList();
        for (int k = 0; k < PressWeight; k++) training.AddRange(pressTrain);

        var names = FirstNameGazetteer.Build(paths.FirstNamesCsv, paths.FrenchNamesCsv, europeana.Take(europeanaTrain).Concat(pressTrain));
        Directory.CreateDirectory(paths.ModelsFolder);
        NerLexicon.Write(paths.FirstNames, names,
            "first names, folded; built by `extract train ner` from first-names/ (GFDL 1.2+, INSEE Licence Ouverte 2.0), see models/README.md");
        log.WriteLine($"first names: {names.Count} -> {paths.FirstNames}");

        var lexicon = NerLexicon.Load(paths.FirstNames);
        var model = new NerTrainer(BucketBits, Epochs, Seed, lexicon).Train(training, log.WriteLine);
        model.Save(paths.Model);
        log.WriteLine($"trained in {clock.Elapsed.TotalSeconds:0.0} s");

        var loading = Stopwatch.StartNew();
        var loaded = NerModel.Load(paths.Model, NerLexicon.Load(paths.FirstNames));
        loading.Stop();
        log.WriteLine($"model: {new FileInfo(paths.Model).Length / 1024.0:0} KiB on disk ({paths.Model}), " +
            $"gazetteer {new FileInfo(paths.FirstNames).Length / 1024.0:0} KiB, load {loading.Elapsed.TotalMilliseconds:0} ms");

        log.WriteLine("held-out Europeana (entity-level exact match):");
        log.WriteLine(NerEvaluation.Evaluate(loaded, europeanaHeldOut).Report());
        log.WriteLine("news and UN dev (entity-level exact match):");
        log.WriteLine(NerEvaluation.Evaluate(loaded, dev).Report());
        if (!scoreTest) return;
        log.WriteLine("news and UN test, scored once (entity-level exact match):");
        log.WriteLine(NerEvaluation.Evaluate(loaded, test).Report());
    }
}
