namespace Extraction.Ner;

using System.Buffers;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Extraction.Core;

/// <summary>
/// A trained entity recogniser: an immutable table of weights per hashed feature and tag, read-only at
/// inference so one instance serves every thread. Decoding is greedy left to right, each tag seeing the two
/// tags before it, with BIO-invalid tags ruled out.
/// </summary>
public sealed class NerModel
{
    private const uint Magic = 0x5245_4E58; // "XNER"
    private const int FormatVersion = 2;

    /// <summary>Floats per bucket: the seven tags padded to eight, so a bucket is one aligned 32-byte vector.</summary>
    public const int Stride = 8;

    private readonly float[] weights;
    private readonly uint mask;

    public NerModel(float[] weights, int bucketBits, NerLexicon lexicon)
    {
        if (weights.Length != (1 << bucketBits) * Stride)
            throw new ArgumentException("weight table size does not match the bucket count", nameof(weights));
        this.weights = weights;
        BucketBits = bucketBits;
        mask = (1u << bucketBits) - 1;
        Lexicon = lexicon;
    }

    public int BucketBits { get; }
    public NerLexicon Lexicon { get; }

    /// <summary>Tags one sentence's tokens; <paramref name="folded"/> is <see cref="Text.TextFolding"/>'s copy of <paramref name="text"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, Span<byte> tags)
    {
        var prepared = ArrayPool<TokenFeatures>.Shared.Rent(tokens.Length);
        try
        {
            var sentence = prepared.AsSpan(0, tokens.Length);
            NerFeatures.Prepare(text, folded, tokens, Lexicon, sentence);
            Tag(sentence, tags);
        }
        finally
        {
            ArrayPool<TokenFeatures>.Shared.Return(prepared);
        }
    }

    /// <summary>
    /// Tags the persons of one sentence, the only class a name finder needs, at about half the cost of
    /// <see cref="Tag(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{Token}, Span{byte})"/>: a French
    /// person's name holds a capital letter, so only the stretches within <see cref="PersonReach"/> tokens of a
    /// token holding one are decoded, each as if a sentence began there (after two O tags, which the words
    /// before it almost always carry); every other token is O. Places and bodies written in lower case
    /// ("les talibans") may be lost. Persons differ from a full decode's in 3 of the 5,689 sentences of the
    /// sentence corpus, where the full decode carries a body's name on through lower-case words into a
    /// person's, and records are byte-identical on unpc-fr, press-fr, the seeds and the bench corpus.
    /// </summary>
    public void TagPersons(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, Span<byte> tags)
    {
        tags[..tokens.Length].Fill(NerTags.O);
        var prepared = ArrayPool<TokenFeatures>.Shared.Rent(tokens.Length);
        try
        {
            var sentence = prepared.AsSpan(0, tokens.Length);
            int preparedEnd = 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (!HasCapital(text.Slice(tokens[i].Start, tokens[i].Length))) continue;
                // The stretch around this capital, merged with the next capitals' while they are near.
                int first = Math.Max(0, i - PersonReach), end = i + 1;
                for (int j = i + 1; j < tokens.Length && j <= end + 2 * PersonReach; j++)
                    if (HasCapital(text.Slice(tokens[j].Start, tokens[j].Length))) end = j + 1;
                end = Math.Min(tokens.Length, end + PersonReach);
                // The features of a token look two tokens to each side; only those the stretch reads are prepared.
                int from = Math.Max(preparedEnd, first - PersonReach), to = Math.Min(tokens.Length, end + PersonReach);
                NerFeatures.Prepare(text, folded, tokens, Lexicon, sentence, from, to);
                preparedEnd = to;
                Tag(sentence, tags, first, end);
                i = end - 1;
            }
        }
        finally
        {
            ArrayPool<TokenFeatures>.Shared.Return(prepared);
        }
    }

    /// <summary>How far the features see: a token two away from a capital still weighs it.</summary>
    public const int PersonReach = 2;

    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsUpper(c)) return true;
        return false;
    }

    internal void Tag(ReadOnlySpan<TokenFeatures> sentence, Span<byte> tags) => Tag(sentence, tags, 0, sentence.Length);

    // Batch runs are short: fully optimised code from the first call beats waiting for tiered compilation.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Tag(ReadOnlySpan<TokenFeatures> sentence, Span<byte> tags, int first, int end)
    {
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        byte previous = NerTags.O, beforePrevious = NerTags.O;
        for (int i = first; i < end; i++)
        {
            int n = NerFeatures.Extract(sentence, i, previous, beforePrevious, features);
            var scores = Score(weights, mask, features[..n]);
            byte best = Best(scores, previous);
            tags[i] = best;
            beforePrevious = previous;
            previous = best;
        }
    }

    /// <summary>Sums the weight rows of the features: one row of <see cref="Stride"/> floats per bucket, added as one vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> Score(float[] weights, uint mask, ReadOnlySpan<uint> features)
    {
        var sum = Vector256<float>.Zero;
        ref float first = ref MemoryMarshal.GetArrayDataReference(weights);
        foreach (uint f in features)
            sum += Vector256.LoadUnsafe(ref first, (f & mask) * Stride);
        return sum;
    }

    internal static byte Best(Vector256<float> scores, byte previous)
    {
        byte best = NerTags.O;
        for (byte c = 1; c < NerTags.Count; c++)
            if (scores[c] > scores[best] && NerTags.CanFollow(previous, c)) best = c;
        return best;
    }

    /// <summary>Saves the weights as half-precision floats, deflated: most buckets hold zero or tiny weights.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        using (var header = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(FormatVersion);
            header.Write(BucketBits);
            header.Write(NerTags.Count);
        }
        using var deflate = new DeflateStream(file, CompressionLevel.SmallestSize);
        var buffer = new byte[weights.Length * 2];
        for (int i = 0; i < weights.Length; i++)
            BitConverter.TryWriteBytes(buffer.AsSpan(i * 2), (Half)weights[i]);
        deflate.Write(buffer);
    }

    public static NerModel Load(string path, NerLexicon lexicon)
    {
        using var file = File.OpenRead(path);
        int bucketBits;
        using (var header = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            if (header.ReadUInt32() != Magic || header.ReadInt32() != FormatVersion)
                throw new InvalidDataException($"{path} is not an entity model of this version; rebuild it with `extract train ner`");
            bucketBits = header.ReadInt32();
            if (bucketBits is < 8 or > 24 || header.ReadInt32() != NerTags.Count)
                throw new InvalidDataException($"{path}: unexpected model dimensions; rebuild it with `extract train ner`");
        }
        var weights = new float[(1 << bucketBits) * Stride];
        var buffer = new byte[weights.Length * 2];
        using (var deflate = new DeflateStream(file, CompressionMode.Decompress))
            deflate.ReadExactly(buffer);
        for (int i = 0; i < weights.Length; i++)
            weights[i] = (float)BitConverter.ToHalf(buffer, i * 2);
        return new NerModel(weights, bucketBits, lexicon);
    }
}
