namespace Extraction.Ner;

using System.Collections.Immutable;

/// <summary>
/// The BIO tag set of the entity recogniser, as bytes so tag sequences are plain spans. Ids are fixed:
/// they index the weight table of a saved model.
/// </summary>
public static class NerTags
{
    public const byte O = 0;
    public const int Count = 7;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];

    /// <summary>Entity labels in tag-id order: label k has B = 2k+1, I = 2k+2.</summary>
    public static readonly ImmutableArray<string> Labels = ["PER", "LOC", "ORG"];

    public const byte BeginPer = 1, InsidePer = 2, BeginLoc = 3;

    public static string Name(byte tag) => Names[tag];

    public static bool IsInside(byte tag) => tag != O && (tag & 1) == 0;

    /// <summary>Label index (0 PER, 1 LOC, 2 ORG) of a non-O tag.</summary>
    public static int LabelOf(byte tag) => (tag - 1) / 2;

    public static byte Begin(int label) => (byte)(2 * label + 1);
    public static byte Inside(int label) => (byte)(2 * label + 2);

    /// <summary>BIO forbids I-X unless the previous tag is B-X or I-X.</summary>
    public static bool CanFollow(byte previous, byte tag) =>
        !IsInside(tag) || (previous != O && LabelOf(previous) == LabelOf(tag));

    public static byte Parse(ReadOnlySpan<char> name)
    {
        for (byte t = 0; t < Names.Length; t++)
            if (name.SequenceEqual(Names[t])) return t;
        throw new FormatException($"unknown NER tag \"{name}\"; expected one of {string.Join(", ", Names)}");
    }
}
