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
            throw new InvalidDataException("binary content (NUL or control bytes), not text");
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            warning = $"invalid UTF-8 (first bad byte at offset {e.Index}); undecodable bytes were replaced with U+FFFD";
            return Lenient.GetString(bytes);
        }
    }

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
