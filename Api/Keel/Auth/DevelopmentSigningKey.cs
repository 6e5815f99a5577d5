using System.Security.Cryptography;

namespace Keel.Api.Auth;

/// <summary>
/// Development only: a random signing key kept in this user's profile (<c>~/.config/keel/dev-signing-key</c>, readable
/// by the owner only), created on first use and shared by every Keel process of this user, so a token printed by
/// <c>dotnet run --project Api -- token</c> works against any Api started in Development on this machine.
/// </summary>
public static class DevelopmentSigningKey
{
    public static string FilePath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create),
        "keel", "dev-signing-key");

    public static byte[] LoadOrCreate()
    {
        var path = FilePath;
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
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
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
