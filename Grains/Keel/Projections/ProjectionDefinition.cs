namespace Keel.Grains.Projections;

/// <summary>
/// A read model a service declares (<see cref="Services.KeelModule.Projections"/>): its name, the services whose events
/// it reads, and its pure <see cref="IProjection"/>. Keel runs it on a silo that hosts the service.
/// </summary>
public sealed record ProjectionDefinition(string Name, IReadOnlyList<string> Reads, Func<Logged, IEnumerable<RowChange>> Project)
{
    /// <summary>Names are what operators and the tables see: lower case letters, digits and '-'.</summary>
    public static ProjectionDefinition Of<TProjection>(string name, params string[] reads) where TProjection : IProjection =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && reads.Length > 0
            ? new(name, reads, TProjection.Project)
            : throw new ArgumentException($"A projection is named with 1 to 64 lower case letters, digits or '-' and reads at least one service ('{name}').", nameof(name));

    /// <summary>The name a row type has in the projection's rows (its kind).</summary>
    public static string KindOf(Type rowType) => rowType.Name;
}
