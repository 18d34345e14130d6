namespace Extraction.Ner;

/// <summary>Entity-level exact-match scores (CoNLL convention): an entity counts only with the same label and the same first and last token.</summary>
public sealed class NerEvaluation
{
    private readonly int[] truePositives = new int[NerTags.Labels.Length];
    private readonly int[] falsePositives = new int[NerTags.Labels.Length];
    private readonly int[] falseNegatives = new int[NerTags.Labels.Length];

    public static NerEvaluation Evaluate(NerModel model, IEnumerable<NerSentence> sentences)
    {
        var evaluation = new NerEvaluation();
        foreach (var sentence in sentences)
        {
            var predicted = new byte[sentence.Tokens.Length];
            model.Tag(sentence.Text, sentence.Folded, sentence.Tokens, predicted);
            evaluation.Add(sentence.Tags, predicted);
        }
        return evaluation;
    }

    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        var goldEntities = Entities(gold);
        var predictedEntities = Entities(predicted);
        foreach (var entity in predictedEntities)
        {
            if (goldEntities.Contains(entity)) truePositives[entity.Label]++;
            else falsePositives[entity.Label]++;
        }
        foreach (var entity in goldEntities)
            if (!predictedEntities.Contains(entity)) falseNegatives[entity.Label]++;
    }

    public static HashSet<(int Label, int Start, int End)> Entities(ReadOnlySpan<byte> tags)
    {
        var entities = new HashSet<(int, int, int)>();
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] == NerTags.O) continue;
            int label = NerTags.LabelOf(tags[i]);
            int end = i + 1;
            while (end < tags.Length && tags[end] == NerTags.Inside(label)) end++;
            entities.Add((label, i, end));
            i = end - 1;
        }
        return entities;
    }

    public (double Precision, double Recall, double F1, int Support) Score(int label)
    {
        int tp = label < 0 ? truePositives.Sum() : truePositives[label];
        int fp = label < 0 ? falsePositives.Sum() : falsePositives[label];
        int fn = label < 0 ? falseNegatives.Sum() : falseNegatives[label];
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f, tp + fn);
    }

    /// <summary>A table with one row per label and a micro-averaged "all" row.</summary>
    public string Report()
    {
        var lines = new List<string> { "  label  precision  recall     F1  support" };
        for (int label = 0; label <= NerTags.Labels.Length; label++)
        {
            int index = label < NerTags.Labels.Length ? label : -1;
            var (p, r, f, support) = Score(index);
            string name = index < 0 ? "all" : NerTags.Labels[index];
            lines.Add($"  {name,-5}  {100 * p,9:0.0}  {100 * r,6:0.0}  {100 * f,5:0.0}  {support,7}");
        }
        return string.Join('\n', lines);
    }
}
