namespace Extraction.Recognizers.Commitments;

/// <summary>
/// The trained commitment reader as inference sees it: linear heads over <see cref="CommitmentFeatures"/>
/// (whether a sentence holds a commitment, each type, each status), each with a bias, a decision threshold
/// chosen on the dev split, and its non-zero weights. Immutable once loaded; written only by
/// `extract train commitments`. <see cref="Mode"/> is how the reader combines itself with the rules, also
/// chosen on dev.
/// </summary>
public sealed class CommitmentModel
{
    private const string Magic = "EXTRACTION-COMMITMENTS-1";

    /// <summary>One linear head. Its weights are held dense (2^16 floats, 256 KB) so a feature costs one array read.</summary>
    public sealed record Head(string Name, float Bias, float Threshold, float[] Weights)
    {
        public float Score(List<uint> features)
        {
            float score = Bias;
            var weights = Weights;
            // Read through the list's span: every sentence of every document is scored, and the enumerator checks versions.
            foreach (uint f in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features)) score += weights[f];
            return score;
        }

        public int NonZero => Weights.Count(w => w != 0);

        public bool Fires(List<uint> features) => Score(features) > Threshold;
    }

    public CommitmentModel(CommitmentMode mode, Head detector, IReadOnlyList<Head> types, IReadOnlyList<Head> statuses)
    {
        Mode = mode;
        Detector = detector;
        Types = types;
        Statuses = statuses;
    }

    /// <summary>A model that defers to the rules: what the rule layer's own tests run with.</summary>
    public static CommitmentModel RulesOnly { get; } = new(CommitmentMode.Rules, Empty("detect"),
        [.. CommitmentsLexicon.AllTypes.Select(Empty)], [.. CommitmentsExtension.Statuses.Select(Empty)]);

    private static Head Empty(string name) => new(name, 0f, 0f, new float[1 << CommitmentFeatures.Bits]);

    public CommitmentMode Mode { get; }
    public Head Detector { get; }
    public IReadOnlyList<Head> Types { get; }
    public IReadOnlyList<Head> Statuses { get; }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Magic);
        writer.Write((byte)Mode);
        foreach (var head in new[] { Detector }.Concat(Types).Concat(Statuses))
        {
            writer.Write(head.Name);
            writer.Write(head.Bias);
            writer.Write(head.Threshold);
            writer.Write(head.NonZero);
            for (uint index = 0; index < head.Weights.Length; index++)
            {
                if (head.Weights[index] == 0) continue;
                writer.Write(index);
                writer.Write(head.Weights[index]);
            }
        }
    }

    public static CommitmentModel Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != Magic)
            throw new InvalidDataException($"{path} is not a commitment model of this version; rebuild it with `extract train commitments`");
        var mode = (CommitmentMode)reader.ReadByte();
        Head Read()
        {
            var name = reader.ReadString();
            float bias = reader.ReadSingle(), threshold = reader.ReadSingle();
            int count = reader.ReadInt32();
            var weights = new float[1 << CommitmentFeatures.Bits];
            for (int i = 0; i < count; i++) weights[reader.ReadUInt32()] = reader.ReadSingle();
            return new Head(name, bias, threshold, weights);
        }
        var detector = Read();
        var types = CommitmentsLexicon.AllTypes.Select(_ => Read()).ToList();
        var statuses = CommitmentsExtension.Statuses.Select(_ => Read()).ToList();
        return new CommitmentModel(mode, detector, types, statuses);
    }
}

/// <summary>How the trained reader and the rules combine; the trainer picks one on the dev split.</summary>
public enum CommitmentMode : byte
{
    /// <summary>The rules alone (the model file only records that they won).</summary>
    Rules,
    /// <summary>The model alone decides which sentences hold which types.</summary>
    Model,
    /// <summary>Everything the rules find, plus the types the model finds that the rules missed.</summary>
    Union,
    /// <summary>The rules' mentions only in sentences the model accepts, plus the model's other types there.</summary>
    Gated,
}
