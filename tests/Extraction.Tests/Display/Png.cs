namespace Extraction.Tests.Display;

using System.Buffers.Binary;
using System.IO.Compression;

/// <summary>
/// Just enough of PNG to read back a browser's screenshot: 8-bit RGB or RGBA, not interlaced, every scanline
/// filter. Returns the colours present as 0xRRGGBB, which is all the screenshot test asks of it.
/// </summary>
internal static class Png
{
    public static (int Width, int Height, HashSet<int> Colours) ReadRgb(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            throw new InvalidDataException("not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (int at = 8; at < file.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                if (data[8] != 8 || data[12] != 0) throw new InvalidDataException("only 8-bit, non-interlaced images");
                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new InvalidDataException("only RGB and RGBA images") };
            }
            else if (type == "IDAT") compressed.Write(data);
            at += 12 + length;
        }
        compressed.Position = 0;
        using var inflate = new ZLibStream(compressed, CompressionMode.Decompress);
        int stride = width * channels;
        var previous = new byte[stride];
        var line = new byte[stride];
        var colours = new HashSet<int>();
        for (int y = 0; y < height; y++)
        {
            int filter = inflate.ReadByte();
            inflate.ReadExactly(line);
            for (int x = 0; x < stride; x++)
            {
                int left = x >= channels ? line[x - channels] : 0, up = previous[x], upLeft = x >= channels ? previous[x - channels] : 0;
                line[x] += filter switch
                {
                    0 => 0,
                    1 => (byte)left,
                    2 => (byte)up,
                    3 => (byte)((left + up) / 2),
                    4 => (byte)Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown scanline filter {filter}"),
                };
            }
            for (int x = 0; x < stride; x += channels)
                colours.Add(line[x] << 16 | line[x + 1] << 8 | line[x + 2]);
            (previous, line) = (line, previous);
        }
        return (width, height, colours);
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        int p = left + up - upLeft, toLeft = Math.Abs(p - left), toUp = Math.Abs(p - up), toUpLeft = Math.Abs(p - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
