namespace Extraction.Recognizers.Commitments;

using Extraction.Core;

/// <summary>True positives, false positives and false negatives, with the micro-averaged measures.</summary>
public sealed class Scores
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Count<T>(ISet<T> gold, ISet<T> found)
    {
        foreach (var item in found)
            if (gold.Contains(item)) TruePositives++; else FalsePositives++;
        foreach (var item in gold)
            if (!found.Contains(item)) FalseNegatives++;
    }

    public override string ToString() => $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}

/// <summary>Scores of one way of typing commitments: on whole sentences through the stage, and per type.</summary>
public sealed record VariantScores(string Name, Scores EndToEnd, Scores Typing, IReadOnlyDictionary<string, Scores> PerType);

/// <summary>
/// Scores the commitments stage on labelled sentences the way SPEC §7 scores documents: the set of
/// (type, status) pairs found per sentence against the labelled set. "Typing" scores the type decision
/// alone, on the sentences labelled as commitments, whatever the cue and actor rules decide.
/// </summary>
public static class CommitmentsEvaluation
{
    public static VariantScores Score(
        string name,
        IReadOnlyList<LabelledSentence> sentences,
        Func<string, Document> prepare,
        CommitmentsRecognizer.ClauseTyper? typer,
        Func<string, List<string>> sentenceTypes)
    {
        var endToEnd = new Scores();
        var typing = new Scores();
        var perType = CommitmentsLexicon.AllTypes.ToDictionary(t => t, _ => new Scores());
        foreach (var sentence in sentences)
        {
            var document = prepare(sentence.Text);
            var found = new List<Mention>();
            CommitmentsRecognizer.Recognize(document, found, typer);

            var gold = sentence.Types.Select(t => (t, sentence.Status)).ToHashSet();
            var predicted = found.Select(m => ((string)m.Value!, (string?)m.Get("status"))).ToHashSet();
            endToEnd.Count(gold, predicted);
            foreach (var type in CommitmentsLexicon.AllTypes)
                perType[type].Count(gold.Where(p => p.t == type).ToHashSet(), predicted.Where(p => p.Item1 == type).ToHashSet());

            if (sentence.Types.Count > 0)
                typing.Count(sentence.Types.ToHashSet(), sentenceTypes(sentence.Text).ToHashSet());
        }
        return new VariantScores(name, endToEnd, typing, perType);
    }
}
