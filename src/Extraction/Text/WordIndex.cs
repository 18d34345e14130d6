namespace Extraction.Text;

using System.Numerics;

/// <summary>
/// A fixed set of words, each with its number (its place in the list it was built from), looked up by span.
/// The lexicons that every word of every sentence meets use it instead of a dictionary's alternate look-up,
/// which goes through a shared generic body and an interface call to the comparer for every probe: here one
/// hash of the characters, then one or two array reads.
/// </summary>
public sealed class WordIndex
{
    private readonly string[] words;
    // Open addressing with linear probing, each slot the word's hash (high half) and its number + 1 (low half,
    // 0 for an empty slot): a probe compares hashes in the slot array and reads a word only when they agree, so
    // the many misses (most words are in no lexicon) never leave that one array.
    private readonly ulong[] slots;
    private readonly int mask;

    // A bit per hashed word, about eight bits per word, read before the slots: it answers most misses from a
    // few kilobytes that stay in cache, where the slot array of a large lexicon (first names) does not.
    private readonly ulong[] filter;
    private readonly int filterMask;

    /// <summary>Numbers the distinct words in order of first appearance.</summary>
    public WordIndex(IEnumerable<string> list)
    {
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in list)
            if (seen.Add(word)) distinct.Add(word);
        words = [.. distinct];
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, words.Length * 2));
        slots = new ulong[size];
        mask = size - 1;
        int filterBits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, words.Length * 8));
        filter = new ulong[filterBits / 64];
        filterMask = filterBits - 1;
        for (int i = 0; i < words.Length; i++)
        {
            uint hash = Hash(words[i]);
            int bit = FilterBit(hash);
            filter[bit >> 6] |= 1UL << bit;
            int slot = (int)hash & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = (ulong)hash << 32 | (uint)(i + 1);
        }
    }

    public int Count => words.Length;

    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    /// <summary>The word's number, or -1 when it is not in the set.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        uint hash = Hash(word);
        int bit = FilterBit(hash);
        if ((filter[bit >> 6] & (1UL << bit)) == 0) return -1;
        int slot = (int)hash & mask;
        while (true)
        {
            ulong entry = slots[slot];
            if (entry == 0) return -1;
            int number = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && word.SequenceEqual(words[number])) return number;
            slot = (slot + 1) & mask;
        }
    }

    // The slot takes the hash's low bits; the filter takes other bits, so the two do not fail together.
    private int FilterBit(uint hash) => (int)BitOperations.RotateRight(hash, 16) & filterMask;

    // FNV-1a over the UTF-16 code units, then murmur3's finaliser: FNV's low bits, which the mask keeps, depend
    // only on the characters' low bits until the finaliser folds the high bits down.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ c) * 16777619;
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        return hash ^ (hash >> 16);
    }
}
