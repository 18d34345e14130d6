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
        int size = (1 << bucketBits) * NerTags.Count;
        uint mask = (1u << bucketBits) - 1;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        int step = 1;

        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int s in order)
            {
                var sentence = sentences[s];
                byte previous = NerTags.O, beforePrevious = NerTags.O;
                for (int i = 0; i < sentence.Tokens.Length; i++)
                {
                    int n = NerFeatures.Extract(sentence.Text, sentence.Folded, sentence.Tokens, i, previous, beforePrevious, lexicon, features);
                    var active = features[..n];
                    scores.Clear();
                    foreach (uint f in active)
                        for (int c = 0; c < NerTags.Count; c++)
                            scores[c] += weights[(int)(f & mask) * NerTags.Count + c];
                    byte guess = NerModel.Best(scores, previous);
                    byte gold = sentence.Tags[i];
                    if (guess != gold)
                    {
                        errors++;
                        foreach (uint f in active)
                        {
                            int row = (int)(f & mask) * NerTags.Count;
                            Update(row + gold, +1f);
                            Update(row + guess, -1f);
                        }
                    }
                    step++;
                    tokens++;
                    // Later tags see the gold history in training, the usual choice for a greedy perceptron tagger.
                    beforePrevious = previous;
                    previous = gold;
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
