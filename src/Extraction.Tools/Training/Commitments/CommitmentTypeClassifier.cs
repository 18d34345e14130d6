namespace Extraction.Recognizers.Commitments;

using Microsoft.ML;

/// <summary>
/// One-vs-all text classifier of commitment types: for each type a logistic regression over ML.NET's text
/// features (word and character n-grams) of the sentence, so one sentence may get several types.
/// </summary>
public sealed class CommitmentTypeClassifier
{
    private sealed class Row
    {
        public string Text { get; set; } = "";
        public bool Label { get; set; }
        public float Weight { get; set; }
    }

    private sealed class Prediction
    {
        public bool PredictedLabel { get; set; }
    }

    private readonly Dictionary<string, PredictionEngine<Row, Prediction>> engines;

    private CommitmentTypeClassifier(Dictionary<string, PredictionEngine<Row, Prediction>> engines) => this.engines = engines;

    /// <summary>Trains one model per type that has positive examples; deterministic for a given seed.</summary>
    public static CommitmentTypeClassifier Train(IReadOnlyList<LabelledSentence> sentences, int seed = 1)
    {
        var ml = new MLContext(seed);
        var engines = new Dictionary<string, PredictionEngine<Row, Prediction>>();
        foreach (var type in CommitmentsLexicon.AllTypes)
        {
            int positives = sentences.Count(s => s.Types.Contains(type));
            if (positives == 0) continue;
            // Each type has few positives among many negatives: weighting them up keeps the model from always answering no.
            float positiveWeight = (float)(sentences.Count - positives) / positives;
            var rows = sentences.Select(s => new Row { Text = s.Text, Label = s.Types.Contains(type), Weight = s.Types.Contains(type) ? positiveWeight : 1 }).ToList();
            var pipeline = ml.Transforms.Text.FeaturizeText("Features", nameof(Row.Text))
                .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(nameof(Row.Label), "Features", nameof(Row.Weight)));
            var model = pipeline.Fit(ml.Data.LoadFromEnumerable(rows));
            engines[type] = ml.Model.CreatePredictionEngine<Row, Prediction>(model);
        }
        return new CommitmentTypeClassifier(engines);
    }

    /// <summary>The types predicted for a text, in the order of the closed list. Not thread-safe: prediction engines are not.</summary>
    public List<string> Predict(string text)
    {
        var row = new Row { Text = text };
        return [.. CommitmentsLexicon.AllTypes.Where(type => engines.TryGetValue(type, out var engine) && engine.Predict(row).PredictedLabel)];
    }
}
