namespace Extraction.Measure;

/// <summary>Counts of matched, predicted and gold items, summed over a corpus (micro-averaged).</summary>
public readonly record struct SpanScore(int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanScore operator +(SpanScore a, SpanScore b) =>
        new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>Scores two span lists by exact (start, end) equality.</summary>
    public static SpanScore Compare<T>(IReadOnlyCollection<T> predicted, IReadOnlyCollection<T> gold)
    {
        var goldSet = new HashSet<T>(gold);
        int matched = predicted.Distinct().Count(goldSet.Contains);
        return new SpanScore(matched, predicted.Count, gold.Count);
    }

    public override string ToString() => $"P {Precision:P2}  R {Recall:P2}  F1 {F1:P2}  ({Matched}/{Predicted} predicted, {Gold} gold)";
}
