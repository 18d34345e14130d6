namespace Extraction.Evaluation;

/// <summary>One problem in an annotation or record file: which file, which field, what is wrong.</summary>
public sealed record GoldIssue(string File, string Field, string Problem)
{
    public override string ToString() => $"{File}: {Field}: {Problem}";
}
