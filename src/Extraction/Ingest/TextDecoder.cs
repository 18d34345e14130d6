namespace Extraction.Ingest;

using System.Text;

/// <summary>Turns raw bytes into text: UTF-8 with the byte-order mark removed, refusing binary data.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Decodes <paramref name="bytes"/>. Invalid UTF-8 is decoded with U+FFFD replacements and reported in
    /// <paramref name="warning"/> rather than refused: a researcher loses one character, not the document.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes look binary (a NUL byte, or mostly control bytes).</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, out string? warning)
    {
        warning = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        if (LooksBinary(bytes))
            throw new InvalidDataException(BinaryContent);
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            warning = InvalidUtf8(e.Index);
            return Lenient.GetString(bytes);
        }
    }

    /// <summary>
    /// Reads a whole stream as one text of at most <paramref name="maxBytes"/> bytes, then decodes it as
    /// <see cref="Decode"/> does. A NUL byte stops the read at the block it is in, so /dev/zero, /dev/urandom
    /// or an archive fails at once, not after the limit.
    /// </summary>
    /// <exception cref="InvalidDataException">The content looks binary, or is longer than the limit (message from <paramref name="tooLarge"/>).</exception>
    public static string Read(Stream stream, long maxBytes, Func<string> tooLarge, out string? warning)
    {
        if (stream.CanSeek && stream.Length > maxBytes)
            throw new InvalidDataException(tooLarge());
        var buffer = new MemoryStream(stream.CanSeek ? (int)stream.Length : 0);
        var block = new byte[1 << 16];
        int read;
        while ((read = stream.Read(block, 0, block.Length)) > 0)
        {
            if (block.AsSpan(0, read).Contains((byte)0))
                throw new InvalidDataException(BinaryContent);
            if (buffer.Length + read > maxBytes)
                throw new InvalidDataException(tooLarge());
            buffer.Write(block, 0, read);
        }
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out warning);
    }

    /// <summary>The bytes of one line as valid UTF-8: the same array when they are, else a copy with U+FFFD in place of each undecodable sequence and a warning.</summary>
    public static byte[] Repair(byte[] bytes, out string? warning)
    {
        warning = null;
        try
        {
            Strict.GetCharCount(bytes);
            return bytes;
        }
        catch (DecoderFallbackException e)
        {
            warning = InvalidUtf8(e.Index);
            return Encoding.UTF8.GetBytes(Lenient.GetString(bytes));
        }
    }

    private const string BinaryContent = "binary content (NUL or control bytes), not text";

    private static string InvalidUtf8(int offset) =>
        $"invalid UTF-8 (first bad byte at offset {offset}); undecodable bytes were replaced with U+FFFD";

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
            return true;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (byte b in sample)
            if (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C)
                control++;
        return sample.Length > 0 && control * 10 > sample.Length;
    }
}
