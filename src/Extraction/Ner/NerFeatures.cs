namespace Extraction.Ner;

using System.Runtime.CompilerServices;
using Extraction.Core;

/// <summary>What the feature templates need of one token, hashed once per token and shared by its neighbours.</summary>
public struct TokenFeatures
{
    public uint Word, Shape, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4;
    public byte Length, Flags;
}

/// <summary>
/// Turns a token in its sentence into hashed feature ids. Each token's strings (folded word, shape, affixes)
/// are hashed once by <see cref="Prepare"/>; a feature is then a template number mixed with those hashes, so
/// no feature string is ever built and decoding allocates nothing.
/// </summary>
public static class NerFeatures
{
    public const int MaxFeatures = 48;

    public const byte FirstName = 1, Honorific = 2, RoleWord = 4, Hyphenated = 8;

    private const uint Offset = 2166136261, Prime = 16777619;

    /// <summary>Hashes the strings of every token of a sentence; <paramref name="folded"/> is the lower-cased, accent-free copy of <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, NerLexicon lexicon, Span<TokenFeatures> output) =>
        Prepare(text, folded, tokens, lexicon, output, 0, tokens.Length);

    /// <summary>The same for tokens <paramref name="from"/> to <paramref name="to"/> only, for a decoder that reads part of a sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, NerLexicon lexicon, Span<TokenFeatures> output, int from, int to)
    {
        Span<char> shape = stackalloc char[8];
        for (int i = from; i < to; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            var lower = folded.Slice(tokens[i].Start, tokens[i].Length);
            byte flags = lexicon.Flags(word, lower);
            if (word.Contains('-')) flags |= Hyphenated;
            output[i] = new TokenFeatures
            {
                Word = Hash(lower),
                Shape = Hash(Shape(word, shape)),
                Prefix2 = Hash(lower[..Math.Min(2, lower.Length)]),
                Prefix3 = Hash(lower[..Math.Min(3, lower.Length)]),
                Suffix2 = Hash(lower[Math.Max(0, lower.Length - 2)..]),
                Suffix3 = Hash(lower[Math.Max(0, lower.Length - 3)..]),
                Suffix4 = Hash(lower[Math.Max(0, lower.Length - 4)..]),
                Length = (byte)Math.Min(word.Length, 12),
                Flags = flags,
            };
        }
    }

    /// <summary>Writes the features of token <paramref name="i"/> given the two tags before it; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(ReadOnlySpan<TokenFeatures> tokens, int i, byte previous, byte beforePrevious, Span<uint> output)
    {
        int n = 0;
        ref readonly var t = ref tokens[i];
        output[n++] = Mix(1, 0);
        output[n++] = Mix(2, t.Word);
        output[n++] = Mix(3, t.Prefix2);
        output[n++] = Mix(4, t.Prefix3);
        output[n++] = Mix(5, t.Suffix2);
        output[n++] = Mix(6, t.Suffix3);
        output[n++] = Mix(7, t.Suffix4);
        output[n++] = Mix(8, t.Shape);
        output[n++] = Mix(9, previous);
        output[n++] = Mix(10, (uint)(previous << 8 | beforePrevious));
        output[n++] = Mix(Mix(11, t.Word), previous);
        output[n++] = Mix(Mix(12, t.Shape), previous);
        output[n++] = Mix(13, t.Length);
        if (i == 0) output[n++] = Mix(14, t.Shape);
        for (int flag = 0; flag < 4; flag++)
            if ((t.Flags & (1 << flag)) != 0) output[n++] = Mix(15, (uint)flag);

        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            uint template = (uint)(20 + (d + 2) * 8);
            if (j < 0 || j >= tokens.Length)
            {
                output[n++] = Mix(template, j < 0 ? 1u : 2u);
                continue;
            }
            ref readonly var other = ref tokens[j];
            output[n++] = Mix(template + 1, other.Word);
            if (d is -1 or 1)
            {
                output[n++] = Mix(template + 2, other.Shape);
                output[n++] = Mix(Mix(template + 3, t.Word), other.Word);
            }
            for (int flag = 0; flag < 3; flag++)
                if ((other.Flags & (1 << flag)) != 0) output[n++] = Mix(template + 4, (uint)flag);
        }
        return n;
    }

    /// <summary>Word shape with runs collapsed: "Jean-Pierre" → "Xx-Xx", "OTAN" → "X", "1325" → "d".</summary>
    private static ReadOnlySpan<char> Shape(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in word)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (n > 0 && buffer[n - 1] == k) continue;
            if (n == buffer.Length) break;
            buffer[n++] = k;
        }
        return buffer[..n];
    }

    private static uint Hash(ReadOnlySpan<char> text)
    {
        uint h = Offset;
        foreach (char c in text)
            h = (h ^ c) * Prime;
        return h;
    }

    /// <summary>Combines a template or hash with a value (murmur3's finaliser), so nearby inputs land in distant buckets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint a, uint b)
    {
        uint h = a * 0x9E3779B1u ^ b;
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        return h ^ (h >> 16);
    }
}
