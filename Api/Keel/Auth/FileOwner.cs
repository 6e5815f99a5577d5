using System.Runtime.InteropServices;

namespace Keel.Api.Auth;

/// <summary>Who owns a file, on Linux (statx: one layout on every architecture); null elsewhere or when it cannot be told.</summary>
internal static class FileOwner
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint UidMask = 0x8; // STATX_UID
    private const int UidOffset = 20; // struct statx: stx_mask, stx_blksize (u32), stx_attributes (u64), stx_nlink (u32), stx_uid

    public static (uint Owner, uint Me)? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var buffer = new byte[256]; // sizeof(struct statx) is 256
        try
        {
            return statx(CurrentDirectory, path, 0, UidMask, buffer) == 0 ? (BitConverter.ToUInt32(buffer, UidOffset), geteuid()) : null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null; // a C library without statx (glibc before 2.28)
        }
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint geteuid();
}
