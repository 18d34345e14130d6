namespace Extraction.Run;

using System.Text;

/// <summary>
/// Shard k of n (1-based): the documents whose id hashes to k-1 modulo n. The hash is FNV-1a over the id's
/// UTF-8 bytes, the same on every machine and every run, so n machines cover a corpus exactly once.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out int k) || !int.TryParse(parts[1], out int n) || n < 1 || k < 1 || k > n)
            throw new FormatException($"--shard expects k/n with 1 <= k <= n, such as 2/4; got \"{text}\"");
        return new Shard(k, n);
    }

    public bool Contains(string id) => (int)(StableHash(id) % (ulong)Count) == Index - 1;

    public static ulong StableHash(string id)
    {
        ulong hash = 14695981039346656037UL;
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in id.EnumerateRunes())
        {
            int n = rune.EncodeToUtf8(buffer);
            for (int i = 0; i < n; i++)
            {
                hash ^= buffer[i];
                hash *= 1099511628211UL;
            }
        }
        return hash;
    }
}
