namespace Extraction.Ingest;

/// <summary>
/// Cuts a byte stream into lines at '\n' only (a bare '\r' is JSON white space, not a line end), without a
/// leading UTF-8 byte-order mark. A line longer than the limit is not kept: its bytes are dropped up to its
/// end, so no input grows memory past the limit. An overlong line that holds NUL bytes is binary data, not
/// JSON Lines, and is reported at once instead of read to an end that may never come (/dev/zero).
/// </summary>
public sealed class LineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] block = new byte[1 << 16];
    private readonly MemoryStream line = new();
    private int position, filled;
    private bool first = true;

    /// <summary>The next line without its '\n' (empty when <paramref name="tooLong"/>); false at the end of the stream.</summary>
    public bool Next(out byte[] bytes, out bool tooLong, out bool binary)
    {
        line.SetLength(0);
        tooLong = binary = false;
        long length = 0;
        bool any = false;
        while (true)
        {
            if (position == filled)
            {
                filled = stream.Read(block, 0, block.Length);
                position = 0;
                if (filled == 0) break;
            }
            any = true;
            var rest = block.AsSpan(position, filled - position);
            int newline = rest.IndexOf((byte)'\n');
            var chunk = newline < 0 ? rest : rest[..newline];
            if (!tooLong && length + chunk.Length > maxLineBytes)
            {
                tooLong = true;
                line.SetLength(0);
            }
            if (tooLong) binary |= chunk.Contains((byte)0);
            else line.Write(chunk);
            length += chunk.Length;
            position += newline < 0 ? rest.Length : newline + 1;
            if (newline >= 0 || binary) break;
        }
        bytes = tooLong ? [] : line.ToArray();
        if (first && bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        first = false;
        return any;
    }
}
