namespace Extraction.Ner;

/// <summary>
/// Trains an averaged perceptron (Collins 2002) over hashed features, decoding greedily during training as
/// at inference. Averages are kept lazily: each weight remembers when it last changed. The result is an
/// immutable <see cref="NerModel"/>; the trainer's own state is thrown away.
/// </summary>
public sealed class NerTrainer(int bucketBits, int epochs, int seed, NerLexicon lexicon)
{
    public NerModel Train(IReadOnlyList<NerSentence> sentences, Action<string>? log = null)
    {
        int size = (1 << bucketBits) * NerModel.Stride;
        uint mask = (1u << bucketBits) - 1;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        int step = 1;

        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        var prepared = sentences.Select(sentence =>
        {
            var tokens = new TokenFeatures[sentence.Tokens.Length];
            NerFeatures.Prepare(sentence.Text, sentence.Folded, sentence.Tokens, lexicon, tokens);
            return tokens;
        }).ToArray();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int s in order)
            {
                var sentence = prepared[s];
                var gold = sentences[s].Tags;
                byte previous = NerTags.O, beforePrevious = NerTags.O;
                for (int i = 0; i < sentence.Length; i++)
                {
                    int n = NerFeatures.Extract(sentence, i, previous, beforePrevious, features);
                    var active = features[..n];
                    byte guess = NerModel.Best(NerModel.Score(weights, mask, active), previous);
                    if (guess != gold[i])
                    {
                        errors++;
                        foreach (uint f in active)
                        {
                            int row = (int)(f & mask) * NerModel.Stride;
                            Update(row + gold[i], +1f);
                            Update(row + guess, -1f);
                        }
                    }
                    step++;
                    tokens++;
                    // Later tags see the gold history in training, the usual choice for a greedy perceptron tagger.
                    beforePrevious = previous;
                    previous = gold[i];
                }
            }
            log?.Invoke($"  epoch {epoch + 1}/{epochs}: {errors} token errors of {tokens} ({100.0 * errors / tokens:0.00}%)");
        }

        var averaged = new float[size];
        for (int k = 0; k < size; k++)
            averaged[k] = (float)((totals[k] + (double)(step - stamps[k]) * weights[k]) / step);
        return new NerModel(averaged, bucketBits, lexicon);

        void Update(int index, float delta)
        {
            totals[index] += (double)(step - stamps[index]) * weights[index];
            stamps[index] = step;
            weights[index] += delta;
        }
    }
}
