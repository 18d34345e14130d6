namespace Extraction.Evaluation;

/// <summary>True positives, false positives and false negatives, and the precision, recall and F1 they give.</summary>
public readonly record struct Prf(int Tp, int Fp, int Fn)
{
    /// <summary>0 when nothing was predicted, so a type the pipeline never emits scores 0, not NaN.</summary>
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);
}

/// <summary>One type's scores summed over documents (micro-average).</summary>
public sealed record TypeScore(
    string Type,
    int GoldMentions,
    int PredictedMentions,
    Prf Values,
    Prf Strict,
    Prf Partial,
    int ValueChecked,
    int ValueCorrect)
{
    /// <summary>Share of strictly matched spans whose value is also right; 0 when no span matched.</summary>
    public double ValueAccuracy => ValueChecked == 0 ? 0 : (double)ValueCorrect / ValueChecked;

    public static TypeScore operator +(TypeScore a, TypeScore b) => new(
        a.Type,
        a.GoldMentions + b.GoldMentions,
        a.PredictedMentions + b.PredictedMentions,
        a.Values + b.Values,
        a.Strict + b.Strict,
        a.Partial + b.Partial,
        a.ValueChecked + b.ValueChecked,
        a.ValueCorrect + b.ValueCorrect);

    public static TypeScore Empty(string type) => new(type, 0, 0, default, default, default, 0, 0);
}

public enum ErrorKind
{
    Miss,
    FalsePositive,
    WrongValue,
}

/// <summary>
/// One scoring error: at the value level a key missed or invented (shown at the first mention carrying
/// it), at the span level a gold span with no strict match, a predicted one with none, or a matched span
/// with a different value.
/// </summary>
public sealed record EvaluationError(
    string DocumentId,
    string Type,
    string Level,
    ErrorKind Kind,
    Core.Mention Mention,
    string? Expected,
    string Sentence);

public sealed record EvaluationReport(
    int Documents,
    IReadOnlyList<TypeScore> Types,
    TypeScore Overall,
    IReadOnlyList<string> ScoredTypes,
    IReadOnlyList<EvaluationError> Errors,
    IReadOnlyList<string> Warnings);
