namespace Extraction.Ingest;

using System.Runtime.InteropServices;

/// <summary>
/// What a path names once links are followed: a regular file, a folder, or a special file (a character device
/// such as /dev/zero, a FIFO, a socket). .NET has no public call for it, and opening a FIFO without a writer
/// blocks forever, so the type is asked of Linux's statx(2) before anything is opened.
/// </summary>
public static partial class FileKind
{
    public enum Kind { Regular, Directory, CharacterDevice, BlockDevice, Fifo, Socket, Missing }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    // struct statx is 256 bytes on every architecture, its stx_mode a 16-bit field at offset 28.
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    /// <summary>The kind of file at <paramref name="path"/>; <see cref="Kind.Regular"/> where the system cannot tell (not Linux).</summary>
    public static Kind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
            return Directory.Exists(path) ? Kind.Directory : File.Exists(path) ? Kind.Regular : Kind.Missing;
        Span<byte> buffer = stackalloc byte[StatxSize];
        if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0) return Kind.Missing;
        return (BitConverter.ToUInt16(buffer[ModeOffset..]) & 0xF000) switch
        {
            0x4000 => Kind.Directory,
            0x2000 => Kind.CharacterDevice,
            0x6000 => Kind.BlockDevice,
            0x1000 => Kind.Fifo,
            0xC000 => Kind.Socket,
            _ => Kind.Regular,
        };
    }

    /// <summary>How an error line names a kind: "a character device", "a FIFO".</summary>
    public static string Describe(Kind kind) => kind switch
    {
        Kind.Directory => "a folder",
        Kind.CharacterDevice => "a character device",
        Kind.BlockDevice => "a block device",
        Kind.Fifo => "a named pipe (FIFO)",
        Kind.Socket => "a socket",
        Kind.Missing => "missing",
        _ => "a regular file",
    };

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> buffer);
}
