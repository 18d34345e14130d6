namespace Extraction.Recognizers.Commitments;

using Extraction.Core;

/// <summary>
/// `extract train commitments`: trains the type classifier on the training part of the labelled sentences
/// and compares, on the held-out part, the lexicon alone, the classifier alone, their union, and the
/// classifier as a fallback for commitment clauses where the lexicon finds no type.
/// </summary>
public static class CommitmentsTrainer
{
    public const string Lexicon = "lexicon";
    public const string Classifier = "classifier";
    public const string Union = "lexicon+classifier";
    public const string Fallback = "lexicon, else classifier";

    /// <summary>Runs the comparison, writes it to <paramref name="report"/>, and returns the scores best first.</summary>
    public static List<VariantScores> Compare(string trainingPath, Func<string, Document> prepare, TextWriter report)
    {
        var (train, heldOut) = CommitmentsTrainingSet.Split(CommitmentsTrainingSet.Read(trainingPath));
        var classifier = CommitmentTypeClassifier.Train(train);

        var variants = new List<VariantScores>
        {
            CommitmentsEvaluation.Score(Lexicon, heldOut, prepare, null, CommitmentsNormalizer.TypesOf),
            CommitmentsEvaluation.Score(Classifier, heldOut, prepare, (clause, _) => classifier.Predict(clause), classifier.Predict),
            CommitmentsEvaluation.Score(Union, heldOut, prepare,
                (clause, lexicon) => [.. lexicon.Union(classifier.Predict(clause))],
                text => [.. CommitmentsNormalizer.TypesOf(text).Union(classifier.Predict(text))]),
            CommitmentsEvaluation.Score(Fallback, heldOut, prepare,
                (clause, lexicon) => lexicon.Count > 0 ? lexicon : classifier.Predict(clause),
                text => CommitmentsNormalizer.TypesOf(text) is { Count: > 0 } lexicon ? lexicon : classifier.Predict(text)),
        };

        report.WriteLine($"commitments: {train.Count} training sentences, {heldOut.Count} held out (every {CommitmentsTrainingSet.HeldOutEvery}th line of {trainingPath})");
        report.WriteLine("micro-averaged on held-out sentences; end to end = (type, status) pairs through the stage, typing = types of the sentences labelled as commitments");
        foreach (var v in variants)
        {
            report.WriteLine($"  {v.Name,-26} end to end {v.EndToEnd}");
            report.WriteLine($"  {"",-26} typing     {v.Typing}");
        }
        report.WriteLine($"  per-type end-to-end F1: {"type",-30} {string.Join(" ", variants.Select(v => $"{v.Name,26}"))}");
        foreach (var type in CommitmentsLexicon.AllTypes)
            report.WriteLine($"  {"",24}{type,-30} {string.Join(" ", variants.Select(v => $"{v.PerType[type].F1,26:0.000}"))}");

        var ranked = variants.OrderByDescending(v => v.EndToEnd.F1).ThenByDescending(v => v.Typing.F1).ToList();
        report.WriteLine($"best: {ranked[0].Name}");
        return ranked;
    }
}
