namespace Extraction.Training.Commitments;

using System.Globalization;
using Extraction.Core;
using Extraction.Pipeline;
using Extraction.Recognizers.Commitments;
using Extraction.Recognizers.Countries;
using Extraction.Recognizers.Counts;
using Extraction.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

/// <summary>
/// `extract train commitments`: learns the commitment reader from the labelled sentence corpus with
/// ML.NET (L-BFGS logistic regression, one head for "holds a commitment", one per type, one per status),
/// chooses thresholds and the way it combines with the rules on the dev split, and writes the immutable
/// <see cref="CommitmentModel"/>. The test split is scored only when asked, once, at the end of the work.
/// Single-threaded with a fixed seed, so two runs write the same bytes.
/// </summary>
public static class CommitmentsTraining
{
    private const int Dimensions = 1 << CommitmentFeatures.Bits;
    private const float L2 = 0.1f;

    // Tried on dev: how much an example of the rare positive class weighs, and the L1 strength (sparsity).
    private static readonly (float PositiveWeight, float L1)[] Settings = [(1f, 0.01f), (1f, 0.1f), (4f, 0.01f), (4f, 0.1f), (16f, 0.01f), (16f, 0.1f)];

    private sealed record Example(string Split, List<uint> Features, HashSet<string> Types, string? Status, HashSet<string> RuleTypes);

    private sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        [VectorType(Dimensions)]
        public VBuffer<float> Features { get; set; }
    }

    public static void Run(PipelineConfig config, string sentencesFolder, string dataFolder, string handWritten, string modelPath, bool scoreTest, TextWriter log)
    {
        var before = StandardPipeline.CreateBuilder().Build(config.Before(CommitmentsExtension.Commitments.Name));
        var examples = Featurize(before, SentenceCorpus.Load(sentencesFolder, dataFolder));
        examples.AddRange(HandWritten(before, handWritten));
        var train = examples.Where(e => e.Split == SentenceCorpus.Train).ToList();
        var dev = examples.Where(e => e.Split == SentenceCorpus.Dev).ToList();
        var test = examples.Where(e => e.Split == SentenceCorpus.Test).ToList();
        log.WriteLine($"sentences: {train.Count} train, {dev.Count} dev, {test.Count} test; with a commitment: " +
            $"{train.Count(e => e.Types.Count > 0)} train, {dev.Count(e => e.Types.Count > 0)} dev");

        CommitmentModel.Head detector = null!, chosenDetector = null!;
        List<CommitmentModel.Head> types = null!, statuses = null!;
        var mode = CommitmentMode.Rules;
        double best = -1;
        foreach (var (positiveWeight, l1) in Settings)
        {
            var ml = new MLContext(seed: 1);
            var candidateDetector = Fit(ml, "detect", train, e => e.Types.Count > 0, positiveWeight, l1);
            var candidateTypes = CommitmentsLexicon.AllTypes.Select(t => Fit(ml, t, train, e => e.Types.Contains(t), positiveWeight, l1)).ToList();

            // Thresholds on dev: the detector's, then one shared by the type heads (each type has too few dev
            // examples for a threshold of its own).
            float detectAt = Best(Candidates(dev.Select(e => candidateDetector.Score(e.Features))), t => SentenceF1(dev, e => candidateDetector.Score(e.Features) > t));
            candidateDetector = candidateDetector with { Threshold = detectAt };
            float typeAt = Best([-6f, -4f, -3f, -2f, -1f, 0f, 1f], t =>
            {
                var shifted = candidateTypes.Select(h => h with { Threshold = t }).ToList();
                return Scores(dev, e => Decide(e, candidateDetector, shifted, CommitmentMode.Model)).Typing;
            });
            candidateTypes = candidateTypes.Select(h => h with { Threshold = typeAt }).ToList();
            log.WriteLine($"dev, sentence level, positive weight {positiveWeight}, L1 {l1.ToString(CultureInfo.InvariantCulture)} " +
                $"(detector threshold {detectAt.ToString("0.###", CultureInfo.InvariantCulture)}, type threshold {typeAt.ToString("0.#", CultureInfo.InvariantCulture)}):");
            foreach (var candidate in Enum.GetValues<CommitmentMode>())
            {
                var (detection, typing) = Scores(dev, e => Decide(e, candidateDetector, candidateTypes, candidate));
                log.WriteLine($"  {candidate,-6} detection F1 {detection:0.000}  type F1 {typing:0.000}");
                // Only a combination that keeps every reading of the rules may ship: the seeds, where the rules were written,
                // must stay right (issue 14), and a mode that drops rule readings scored 0.61 there.
                if (candidate is not (CommitmentMode.Rules or CommitmentMode.Union) || typing <= best + 1e-9) continue;
                (best, mode, chosenDetector, types) = (typing, candidate, candidateDetector, candidateTypes);
                var positives = train.Where(e => e.Status is not null).ToList();
                statuses = CommitmentsExtension.Statuses.Select(s => Fit(ml, s, positives, e => e.Status == s, 1f, l1)).ToList();
            }
        }
        detector = chosenDetector;
        log.WriteLine($"chosen on dev: {mode}, type F1 {best:0.000}");

        var model = new CommitmentModel(mode, detector, types, statuses);
        model.Save(modelPath);
        log.WriteLine($"model: {new FileInfo(modelPath).Length / 1024.0:0} KiB ({modelPath}), " +
            $"{types.Sum(h => h.NonZero) + detector.NonZero + statuses.Sum(h => h.NonZero)} non-zero weights");

        if (!scoreTest) return;
        log.WriteLine($"test, sentence level, scored once ({test.Count(e => e.Types.Count > 0)} sentences with a commitment):");
        foreach (var candidate in Enum.GetValues<CommitmentMode>())
        {
            var (detection, typing) = Scores(test, e => Decide(e, detector, types, candidate));
            log.WriteLine($"  {candidate,-6} detection F1 {detection:0.000}  type F1 {typing:0.000}{(candidate == mode ? "  (shipped)" : "")}");
        }
    }

    /// <summary>
    /// The sentences written for this project (corpus/training/commitments.tsv: types, status, sentence), each
    /// read as a document of its own; they only ever train.
    /// </summary>
    private static IEnumerable<Example> HandWritten(Extraction.Pipeline.Pipeline before, string path)
    {
        var features = new List<uint>();
        foreach (var fields in TsvReader.Read(path, columns: 3))
        {
            var document = new Document("handwritten", path, fields[2]);
            before.Process(document);
            var rules = new List<Mention>();
            CommitmentsRecognizer.Recognize(document, rules);
            var sentence = CommitmentFeatures.Of(document, 0, document.Text.Length, rules, document.MentionsOf(CountsExtension.Counts),
                document.MentionsOf(CountriesExtension.Countries).Count);
            CommitmentFeatures.Extract(sentence, features);
            var types = fields[0] == "-" ? [] : fields[0].Split(',').ToHashSet(StringComparer.Ordinal);
            yield return new Example(SentenceCorpus.Train, [.. features.Distinct().Order()], types, fields[1] == "-" ? null : fields[1],
                rules.Select(m => (string)m.Value!).ToHashSet());
        }
    }

    /// <summary>Runs the stages before commitments and the rules over each document once, then reads each labelled sentence's features.</summary>
    private static List<Example> Featurize(Extraction.Pipeline.Pipeline before, List<LabelledSentence> corpus)
    {
        var examples = new List<Example>();
        var features = new List<uint>();
        foreach (var group in corpus.GroupBy(s => s.Doc))
        {
            var first = group.First();
            var document = new Document(first.Doc, first.Doc, first.DocumentText);
            before.Process(document);
            var rules = new List<Mention>();
            CommitmentsRecognizer.Recognize(document, rules);
            var counts = document.MentionsOf(CountsExtension.Counts);
            var countries = document.MentionsOf(CountriesExtension.Countries);
            foreach (var labelled in group)
            {
                bool Inside(Mention m) => m.Start >= labelled.Start && m.Start < labelled.End;
                var inRules = rules.Where(Inside).ToList();
                var sentence = CommitmentFeatures.Of(document, labelled.Start, labelled.End, inRules, counts.Where(Inside).ToList(), countries.Count(Inside));
                CommitmentFeatures.Extract(sentence, features);
                var gold = labelled.Commitments!;
                examples.Add(new Example(labelled.Split, [.. features.Distinct().Order()], gold.Select(c => c.Type).ToHashSet(),
                    gold.Count > 0 ? gold[0].Status : null, inRules.Select(m => (string)m.Value!).ToHashSet()));
            }
        }
        return examples;
    }

    private static CommitmentModel.Head Fit(MLContext ml, string name, List<Example> examples, Func<Example, bool> label, float positiveWeight, float l1)
    {
        var rows = examples.Select(e => new Row
        {
            Label = label(e),
            Weight = label(e) ? positiveWeight : 1f,
            Features = new VBuffer<float>(Dimensions, e.Features.Count, [.. e.Features.Select(_ => 1f)], [.. e.Features.Select(f => (int)f)]),
        }).ToList();
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = l1,
            L2Regularization = L2,
            NumberOfThreads = 1,
        });
        var linear = trainer.Fit(ml.Data.LoadFromEnumerable(rows)).Model.SubModel;
        return new CommitmentModel.Head(name, linear.Bias, 0f, [.. linear.Weights]);
    }

    /// <summary>The types the reader outputs for one sentence under a mode, as <see cref="CommitmentReader"/> decides them.</summary>
    private static HashSet<string> Decide(Example e, CommitmentModel.Head detector, List<CommitmentModel.Head> types, CommitmentMode mode)
    {
        if (mode == CommitmentMode.Rules) return e.RuleTypes;
        bool accepted = detector.Fires(e.Features);
        var kept = mode switch
        {
            CommitmentMode.Union => e.RuleTypes,
            CommitmentMode.Gated when accepted => e.RuleTypes,
            _ => [],
        };
        var output = new HashSet<string>(kept, StringComparer.Ordinal);
        if (!accepted) return output;
        var fired = Enumerable.Range(0, types.Count).Where(t => types[t].Fires(e.Features)).ToList();
        if (fired.Count == 0 && kept.Count == 0)
            fired.Add(Enumerable.Range(0, types.Count).MaxBy(t => types[t].Score(e.Features)));
        foreach (int t in fired) output.Add(CommitmentsLexicon.AllTypes[t]);
        return output;
    }

    private static (double Detection, double Typing) Scores(List<Example> examples, Func<Example, HashSet<string>> decide)
    {
        // Each sentence is decided once; detection is read from the same decisions as typing.
        var decided = examples.Select(decide).ToList();
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < examples.Count; i++)
        {
            var (gold, predicted) = (examples[i].Types, decided[i]);
            tp += predicted.Count(gold.Contains);
            fp += predicted.Count(t => !gold.Contains(t));
            fn += gold.Count(t => !predicted.Contains(t));
        }
        var detected = examples.Where((_, i) => decided[i].Count > 0).ToHashSet(ReferenceEqualityComparer.Instance);
        return (SentenceF1(examples, detected.Contains), F1(tp, fp, fn));
    }

    private static double SentenceF1(List<Example> examples, Func<Example, bool> predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var e in examples)
        {
            bool gold = e.Types.Count > 0, guess = predicted(e);
            if (gold && guess) tp++;
            else if (guess) fp++;
            else if (gold) fn++;
        }
        return F1(tp, fp, fn);
    }

    private static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);

    private static IEnumerable<float> Candidates(IEnumerable<float> scores) => scores.Select(s => s - 1e-4f).Append(float.MaxValue).Distinct().Order();

    private static float Best(IEnumerable<float> candidates, Func<float, double> score)
    {
        float best = 0;
        double top = -1;
        foreach (var c in candidates)
        {
            double s = score(c);
            if (s > top + 1e-12) (top, best) = (s, c);
        }
        return best;
    }
}
