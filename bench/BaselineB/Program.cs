using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using NpgsqlTypes;

// Baseline B: the durable work a user would write by hand without Keel. In ONE transaction: the user row
// (a unique index on the normalized address turns a duplicate into 409) and an outbox row for the event,
// the two INSERTs batched into one round trip. Default PostgreSQL durability (fsync, synchronous_commit on).
var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});
builder.Services.AddProblemDetails();

var connectionString = builder.Configuration.GetConnectionString("Postgres")
    ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required.");
var csb = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 32 };
await using var dataSource = NpgsqlDataSource.Create(csb.ConnectionString);
await Schema.CreateAsync(dataSource);

var app = builder.Build();
app.MapPost("/api/v1/users", async (RegisterUser request, CancellationToken cancellationToken) =>
{
    var errors = Validation.Check(request, out var email, out var name);
    if (errors.Count > 0)
    {
        return Results.ValidationProblem(errors);
    }
    var user = new UserView(Guid.CreateVersion7(), email, name, DateTimeOffset.UtcNow);
    return await Users.InsertAsync(dataSource, user, cancellationToken)
        ? Results.Created($"/api/v1/users/{user.UserId}", user)
        : Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The e-mail address is taken.",
            extensions: new Dictionary<string, object?> { ["code"] = "users.email-taken" });
});
app.MapGet("/alive", () => Results.Ok());
app.Run();

internal sealed record RegisterUser(string Email, string Name);

internal sealed record UserView(Guid UserId, string Email, string Name, DateTimeOffset RegisteredAt);

internal static class Schema
{
    public static async Task CreateAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            CREATE TABLE IF NOT EXISTS bench_users (
                user_id uuid PRIMARY KEY,
                email text NOT NULL,
                name text NOT NULL,
                registered_at timestamptz NOT NULL);
            CREATE UNIQUE INDEX IF NOT EXISTS bench_users_email ON bench_users (email);
            CREATE TABLE IF NOT EXISTS bench_outbox (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                aggregate_id uuid NOT NULL,
                event_type text NOT NULL,
                payload jsonb NOT NULL,
                occurred_at timestamptz NOT NULL);
            """);
        await command.ExecuteNonQueryAsync();
    }
}

internal static class Users
{
    /// <summary>Inserts the user and its event in one transaction and one round trip; false when the address is taken.</summary>
    public static async Task<bool> InsertAsync(NpgsqlDataSource dataSource, UserView user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);

        var insertUser = new NpgsqlBatchCommand(
            "INSERT INTO bench_users (user_id, email, name, registered_at) VALUES ($1, $2, $3, $4)");
        insertUser.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = user.UserId });
        insertUser.Parameters.Add(new NpgsqlParameter<string> { TypedValue = user.Email });
        insertUser.Parameters.Add(new NpgsqlParameter<string> { TypedValue = user.Name });
        insertUser.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = user.RegisteredAt });
        batch.BatchCommands.Add(insertUser);

        var insertEvent = new NpgsqlBatchCommand(
            "INSERT INTO bench_outbox (aggregate_id, event_type, payload, occurred_at) VALUES ($1, $2, $3, $4)");
        insertEvent.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = user.UserId });
        insertEvent.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "users.user-registered.v1" });
        insertEvent.Parameters.Add(new NpgsqlParameter<string>
        {
            TypedValue = JsonSerializer.Serialize(user),
            NpgsqlDbType = NpgsqlDbType.Jsonb,
        });
        insertEvent.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = user.RegisteredAt });
        batch.BatchCommands.Add(insertEvent);

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return false;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

/// <summary>The checks a user would write by hand: non-empty, an e-mail shape, a name of at most 200 characters.</summary>
internal static class Validation
{
    public static Dictionary<string, string[]> Check(RegisterUser request, out string email, out string name)
    {
        var errors = new Dictionary<string, string[]>();
        email = request.Email?.Trim() ?? "";
        name = request.Name?.Trim() ?? "";
        var at = email.IndexOf('@');
        if (email.Length is 0 or > 254 || at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1
            || !email.AsSpan(at + 1).Contains('.') || email.Any(char.IsWhiteSpace))
        {
            errors["email"] = ["An e-mail address has the form local@domain."];
        }
        else
        {
            email = string.Concat(email.AsSpan(0, at + 1), email[(at + 1)..].ToLowerInvariant());
        }
        if (name.Length is 0 or > 200 || name.Any(char.IsControl))
        {
            errors["name"] = ["A name has 1 to 200 characters and no control characters."];
        }
        return errors;
    }
}
