using System.Security.Cryptography;
using Keel.Grains.Hosting;

namespace Keel.Api.Auth;

/// <summary>
/// Development only: a random signing key kept in this user's profile (<c>~/.config/keel/dev-signing-key</c>, in a folder
/// only its owner may enter, readable by the owner only), created on first use and shared by every Keel process of this
/// user, so a token printed by <c>dotnet run --project Api -- token</c> works against any Api started in Development on
/// this machine. A key file that others may read or write, or that another user owns, is refused: whoever could read it
/// could sign themselves an admin token.
/// </summary>
public static class DevelopmentSigningKey
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static string FilePath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create),
        "keel", "dev-signing-key");

    public static byte[] LoadOrCreate()
    {
        var path = FilePath;
        if (File.Exists(path))
        {
            return Read(path);
        }
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
        var key = RandomNumberGenerator.GetBytes(32);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var file = new FileStream(temporary, options))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(Convert.ToBase64String(key));
        }
        try
        {
            // Two processes starting together: the first key written wins, the other reads it.
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Read(path);
        }
    }

    private static byte[] Read(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & Others) != 0)
            {
                throw new KeelStartupException(AuthSettings.SigningKeyKey,
                    $"not set, and the development key {path} is open to other users (mode {Octal(mode)}), who could sign tokens with it",
                    $"make it its owner's only (chmod 600 {path}), or delete it and a new one is made");
            }
            if (FileOwner.Of(path) is { } owner && owner.Owner != owner.Me)
            {
                throw new KeelStartupException(AuthSettings.SigningKeyKey,
                    $"not set, and the development key {path} belongs to user {owner.Owner}, not to this user ({owner.Me})",
                    "delete it and a new one is made, or set Keel:Auth:SigningKey");
            }
        }
        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
