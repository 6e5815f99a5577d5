using System.Globalization;

namespace Keel.Grains.Postgres;

/// <summary>A schema script owned by this repository; its version is the number its file name starts with.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql);

/// <summary>The embedded <c>Postgres/Migrations/NNNN_name.sql</c> scripts, in version order.</summary>
public static class MigrationScripts
{
    private const string Prefix = "Keel.Migrations.";

    public static IReadOnlyList<MigrationScript> All { get; } = Load();

    private static MigrationScript[] Load()
    {
        var assembly = typeof(MigrationScripts).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var fileName = name[Prefix.Length..^".sql".Length];
                var version = int.Parse(fileName[..fileName.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new MigrationScript(version, fileName, reader.ReadToEnd());
            })
            .OrderBy(script => script.Version)];
    }
}
