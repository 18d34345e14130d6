namespace Extraction.Evaluation;

using Extraction.Core;
using Extraction.Pipeline;

/// <summary>
/// Scores predictions against gold as SPEC §7 says: per type and per document, precision, recall and F1 on
/// the sets of normalised keys, summed over documents (micro-average); beside them span-level scores, strict
/// (same start and end) and partial (overlap), each a one-to-one matching in text order, and the value
/// accuracy of strictly matched spans. Mentions whose value is null are ignored on both sides.
/// </summary>
public static class Scorer
{
    public static EvaluationReport Score(IReadOnlyList<AnnotatedDocument> gold, IReadOnlyList<AnnotatedDocument> predicted,
        IReadOnlyList<MentionType>? mentionTypes = null)
    {
        var declared = (mentionTypes ?? StandardPipeline.Types).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var warnings = new List<string>();
        var predictions = new Dictionary<string, AnnotatedDocument>(StringComparer.Ordinal);
        foreach (var p in predicted)
            if (!predictions.TryAdd(p.Id, p))
                warnings.Add($"{p.Id}: predicted twice; the first record is scored");

        var inGold = gold.SelectMany(g => g.Lists.Keys).ToHashSet(StringComparer.Ordinal);
        var types = declared.Values.Where(t => t.Required || inGold.Contains(t.Name)).OrderBy(t => t.Scored ? 0 : 1).Select(t => t.Name)
            .Concat(inGold.Where(k => !declared.ContainsKey(k)).Order(StringComparer.Ordinal))
            .ToList();
        var scored = types.Where(t => declared.TryGetValue(t, out var d) && d.Scored).ToList();
        var totals = types.ToDictionary(t => t, TypeScore.Empty);
        var errors = new List<EvaluationError>();

        var goldIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            goldIds.Add(g.Id);
            if (!predictions.TryGetValue(g.Id, out var p))
                warnings.Add($"{g.Id}: no prediction; scored as an empty record");
            var sentences = new SentenceLocator(g.Text ?? p?.Text);
            foreach (var type in types)
            {
                var goldMentions = Valued(g.MentionsOf(type));
                var predMentions = p is null ? [] : Valued(p.MentionsOf(type));
                totals[type] += ScoreDocument(g.Id, type, KeyOf(declared, type), goldMentions, predMentions, sentences, errors);
            }
        }
        foreach (var p in predicted)
            if (!goldIds.Contains(p.Id))
                warnings.Add($"{p.Id}: not in the gold set; not scored");

        var scores = types.Select(t => totals[t]).ToList();
        var overall = scores.Where(s => scored.Contains(s.Type))
            .Aggregate(TypeScore.Empty("all"), (sum, s) => sum + s);
        return new EvaluationReport(gold.Count, scores, overall, scored, errors, warnings);
    }

    private static List<Mention> Valued(IReadOnlyList<Mention> mentions) =>
        mentions.Where(m => m.Value is not null).OrderBy(m => m.Start).ThenBy(m => m.End).ToList();

    private static Func<Mention, string?> KeyOf(Dictionary<string, MentionType> declared, string type) =>
        declared.TryGetValue(type, out var t) ? t.Key : m => m.Value is null ? null : MentionType.ValueText(m.Value);

    private static TypeScore ScoreDocument(string id, string type, Func<Mention, string?> key, List<Mention> gold, List<Mention> predicted,
        SentenceLocator sentences, List<EvaluationError> errors)
    {
        var values = ScoreKeys(id, type, key, gold, predicted, sentences, errors);

        var strict = Match(gold, predicted, (g, p) => g.Start == p.Start && g.End == p.End);
        int valueCorrect = 0;
        var strictlyMatched = new bool[predicted.Count];
        for (int i = 0; i < gold.Count; i++)
        {
            int j = strict[i];
            if (j < 0)
            {
                errors.Add(new EvaluationError(id, type, "span", ErrorKind.Miss, gold[i], null, sentences.Around(gold[i].Start)));
                continue;
            }
            strictlyMatched[j] = true;
            if (SameValue(gold[i].Value, predicted[j].Value))
                valueCorrect++;
            else
                errors.Add(new EvaluationError(id, type, "span", ErrorKind.WrongValue, predicted[j],
                    MentionType.ValueText(gold[i].Value!), sentences.Around(predicted[j].Start)));
        }
        for (int j = 0; j < predicted.Count; j++)
            if (!strictlyMatched[j])
                errors.Add(new EvaluationError(id, type, "span", ErrorKind.FalsePositive, predicted[j], null, sentences.Around(predicted[j].Start)));

        int strictTp = strict.Count(j => j >= 0);
        int partialTp = Match(gold, predicted, (g, p) => g.Start < p.End && p.Start < g.End).Count(j => j >= 0);
        return new TypeScore(
            type,
            gold.Count,
            predicted.Count,
            values,
            new Prf(strictTp, predicted.Count - strictTp, gold.Count - strictTp),
            new Prf(partialTp, predicted.Count - partialTp, gold.Count - partialTp),
            strictTp,
            valueCorrect);
    }

    /// <summary>Document-level set comparison; each missed or invented key is reported at its first mention.</summary>
    private static Prf ScoreKeys(string id, string type, Func<Mention, string?> keyOf, List<Mention> gold, List<Mention> predicted,
        SentenceLocator sentences, List<EvaluationError> errors)
    {
        var goldKeys = FirstByKey(keyOf, gold);
        var predKeys = FirstByKey(keyOf, predicted);
        int tp = 0;
        foreach (var (key, mention) in goldKeys)
        {
            if (predKeys.ContainsKey(key)) tp++;
            else errors.Add(new EvaluationError(id, type, "value", ErrorKind.Miss, mention, key, sentences.Around(mention.Start)));
        }
        foreach (var (key, mention) in predKeys)
            if (!goldKeys.ContainsKey(key))
                errors.Add(new EvaluationError(id, type, "value", ErrorKind.FalsePositive, mention, key, sentences.Around(mention.Start)));
        return new Prf(tp, predKeys.Count - tp, goldKeys.Count - tp);
    }

    private static Dictionary<string, Mention> FirstByKey(Func<Mention, string?> key, List<Mention> mentions)
    {
        var keys = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var mention in mentions)
            if (key(mention) is { } k)
                keys.TryAdd(k, mention);
        return keys;
    }

    /// <summary>
    /// Pairs each gold mention, in text order, with the first predicted mention not yet taken that satisfies
    /// <paramref name="matches"/>; returns the predicted index per gold mention, or -1.
    /// </summary>
    private static int[] Match(List<Mention> gold, List<Mention> predicted, Func<Mention, Mention, bool> matches)
    {
        var taken = new bool[predicted.Count];
        var result = new int[gold.Count];
        for (int i = 0; i < gold.Count; i++)
        {
            result[i] = -1;
            for (int j = 0; j < predicted.Count; j++)
            {
                if (taken[j] || !matches(gold[i], predicted[j])) continue;
                taken[j] = true;
                result[i] = j;
                break;
            }
        }
        return result;
    }

    private static bool SameValue(object? gold, object? predicted) =>
        gold is not null && predicted is not null && MentionType.ValueText(gold) == MentionType.ValueText(predicted);
}
