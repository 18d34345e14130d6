namespace Extraction.Recognizers.Commitments;

/// <summary>A labelled sentence of corpus/training/commitments.tsv: its commitment types and their status (null when it holds none).</summary>
public sealed record LabelledSentence(string Text, IReadOnlyList<string> Types, string? Status);

/// <summary>
/// Reads the labelled sentences (types, status, sentence; "-" for none) and splits them the same way on
/// every run: every fifth sentence is held out for evaluation, the rest trains.
/// </summary>
public static class CommitmentsTrainingSet
{
    public const int HeldOutEvery = 5;

    public static List<LabelledSentence> Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"training file \"{path}\" not found; expected a TSV of types, status and sentence (corpus/training/commitments.tsv)");
        var sentences = new List<LabelledSentence>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != 3)
                throw new FormatException($"{path}:{lineNumber}: expected 3 tab-separated fields (types, status, sentence), found {fields.Length}");
            var types = fields[0] == "-" ? [] : fields[0].Split(',', StringSplitOptions.TrimEntries);
            foreach (var type in types)
                if (!CommitmentsLexicon.AllTypes.Contains(type))
                    throw new FormatException($"{path}:{lineNumber}: unknown commitment type \"{type}\"; expected one of {string.Join(", ", CommitmentsLexicon.AllTypes)}");
            var status = fields[1] == "-" ? null : fields[1];
            if (status is not (null or CommitmentsNormalizer.Made or CommitmentsNormalizer.Expected or CommitmentsNormalizer.CalledFor))
                throw new FormatException($"{path}:{lineNumber}: unknown status \"{status}\"; expected made, expected, called_for or -");
            sentences.Add(new LabelledSentence(fields[2], types, status));
        }
        return sentences;
    }

    public static (List<LabelledSentence> Train, List<LabelledSentence> HeldOut) Split(IReadOnlyList<LabelledSentence> sentences)
    {
        var train = new List<LabelledSentence>();
        var heldOut = new List<LabelledSentence>();
        for (int i = 0; i < sentences.Count; i++)
            ((i + 1) % HeldOutEvery == 0 ? heldOut : train).Add(sentences[i]);
        return (train, heldOut);
    }
}
