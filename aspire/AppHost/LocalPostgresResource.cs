namespace Keel.AppHost;

/// <summary>
/// PostgreSQL from the machine's own binaries, run by <c>scripts/postgres.sh serve</c> (which installs them when
/// missing), for machines without a container runtime. Its connection string names the database it creates.
/// </summary>
internal sealed class LocalPostgresResource(string name, string command, string workingDirectory, string database)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public string DatabaseName { get; } = database;

    public EndpointReference Endpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.TargetPort)};Username=postgres;Database={DatabaseName}");
}
