namespace Extraction.Ner;

using Extraction.Core;

/// <summary>
/// Turns a token in its sentence into hashed feature ids: each feature is a template number plus some
/// text, hashed (FNV-1a) straight from spans of the text, so no feature string is ever built.
/// </summary>
public static class NerFeatures
{
    public const int MaxFeatures = 48;

    private const uint Offset = 2166136261, Prime = 16777619;

    /// <summary>
    /// Writes the features of token <paramref name="i"/> of <paramref name="tokens"/> (one sentence) into
    /// <paramref name="output"/> and returns how many there are. <paramref name="folded"/> is the lower-cased,
    /// accent-free copy of <paramref name="text"/> at the same offsets.
    /// </summary>
    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int i,
        byte previous, byte beforePrevious, NerLexicon lexicon, Span<uint> output)
    {
        int n = 0;
        var word = Slice(text, tokens[i]);
        var lower = Slice(folded, tokens[i]);
        Span<char> shapeBuffer = stackalloc char[8];
        Span<char> otherShapeBuffer = stackalloc char[8];
        var shape = Shape(word, shapeBuffer);

        output[n++] = Hash(1, default);
        output[n++] = Hash(2, lower);
        output[n++] = Hash(3, lower[..Math.Min(2, lower.Length)]);
        output[n++] = Hash(4, lower[..Math.Min(3, lower.Length)]);
        output[n++] = Hash(5, lower[Math.Max(0, lower.Length - 2)..]);
        output[n++] = Hash(6, lower[Math.Max(0, lower.Length - 3)..]);
        output[n++] = Hash(7, lower[Math.Max(0, lower.Length - 4)..]);
        output[n++] = Hash(8, shape);
        output[n++] = Hash(9, previous);
        output[n++] = Hash(10, previous, beforePrevious);
        output[n++] = Mix(Hash(11, lower), previous);
        output[n++] = Mix(Hash(12, shape), previous);
        output[n++] = Hash(13, (byte)Math.Min(word.Length, 12));
        if (i == 0) output[n++] = Mix(Hash(14, shape), 1);
        if (word.Contains('-')) output[n++] = Hash(15, default);
        if (lexicon.IsFirstName(lower)) output[n++] = Hash(16, default);
        if (NerLexicon.IsRoleWord(lower)) output[n++] = Hash(17, default);

        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            uint template = (uint)(20 + (d + 2) * 4);
            if (j < 0 || j >= tokens.Length)
            {
                output[n++] = Hash(template, j < 0 ? "<s>" : "</s>");
                continue;
            }
            var other = Slice(text, tokens[j]);
            var otherLower = Slice(folded, tokens[j]);
            output[n++] = Hash(template, otherLower);
            if (d is -1 or 1)
            {
                output[n++] = Hash(template + 1, Shape(other, otherShapeBuffer));
                output[n++] = Mix(Hash(template + 2, lower), Hash(0, otherLower));
            }
            if (lexicon.IsFirstName(otherLower)) output[n++] = Hash(template + 3, default);
            if (d < 0 && NerLexicon.IsHonorific(other)) output[n++] = Hash(50 + (uint)d, default);
            if (d < 0 && NerLexicon.IsRoleWord(otherLower)) output[n++] = Hash(60 + (uint)d, default);
        }
        return n;
    }

    private static ReadOnlySpan<char> Slice(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);

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

    private static uint Hash(uint template, ReadOnlySpan<char> text)
    {
        uint h = (Offset ^ template) * Prime;
        foreach (char c in text)
            h = (h ^ c) * Prime;
        return h;
    }

    private static uint Hash(uint template, byte a, byte b = 255) => ((((Offset ^ template) * Prime) ^ a) * Prime ^ b) * Prime;

    private static uint Mix(uint h, uint value) => ((h ^ value) * Prime) ^ (value >> 16);
}
