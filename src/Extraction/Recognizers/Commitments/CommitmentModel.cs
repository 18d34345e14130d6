namespace Extraction.Recognizers.Commitments;

using System.Collections.Frozen;
using System.Runtime.InteropServices;

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

    public sealed record Head(string Name, float Bias, float Threshold, FrozenDictionary<uint, float> Weights)
    {
        // The detector scores every sentence: indexing an array by feature is several times cheaper than a hash
        // look-up, and adding the zeros of absent features leaves every sum exactly as it was.
        private readonly float[] dense = Dense(Weights);

        public float Score(List<uint> features)
        {
            float score = Bias;
            if (dense.Length == 0) return score;
            foreach (var f in CollectionsMarshal.AsSpan(features)) score += dense[f];
            return score;
        }

        private static float[] Dense(FrozenDictionary<uint, float> weights)
        {
            if (weights.Count == 0) return [];
            var dense = new float[1 << CommitmentFeatures.Bits];
            foreach (var (index, weight) in weights) dense[index] = weight;
            return dense;
        }

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

    private static Head Empty(string name) => new(name, 0f, 0f, FrozenDictionary<uint, float>.Empty);

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
            writer.Write(head.Weights.Count);
            foreach (var (index, weight) in head.Weights.OrderBy(p => p.Key))
            {
                writer.Write(index);
                writer.Write(weight);
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
            var weights = new Dictionary<uint, float>(count);
            for (int i = 0; i < count; i++) weights[reader.ReadUInt32()] = reader.ReadSingle();
            return new Head(name, bias, threshold, weights.ToFrozenDictionary());
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
