using System.Net;
using System.Net.Http.Json;
using Keel.Domain;
using Keel.Domain.Email;
using Keel.Domain.Users;
using Keel.Grains.EventLog;
using Keel.Grains.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Integration.Tests;

/// <summary>
/// Addresses are keyed in lower case now (issue 20, #10). A database an earlier build wrote holds address-keyed
/// aggregates (the ownership of an address, its mailbox) under the spelling as written — and, since that build let
/// <c>Leaky.Person@</c> and <c>LEAKY.person@</c> be two accounts, possibly two of them for one address. The upgrade
/// moves them to the lower-case key; of two, the one recorded first takes it and the other stays where it was.
/// </summary>
public sealed class CanonicalKeysUpgradeTests : IAsyncLifetime
{
    private const int UpgradeVersion = 10;
    private static readonly DateTimeOffset Then = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly PostgresDatabase _database = new();
    private readonly DirectoryInfo _mail = Directory.CreateTempSubdirectory("keel-canonical-keys-mail-");

    [Fact]
    public async Task MixedCaseKeysMoveToTheAddressInLowerCaseAndOfTwoTheFirstRecordedKeepsIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (firstAddress, secondAddress) = ($"Leaky.Person.{suffix}@example.com", $"LEAKY.person.{suffix}@example.com");
        var canonical = firstAddress.ToLowerInvariant();
        await using (var earlier = new PostgresApiFactory(_database.ConnectionString, _mail.FullName))
        {
            _ = earlier.CreateClient();
            var log = earlier.Services.GetRequiredService<IEventLog>();
            foreach (var (user, address) in new[] { (first, firstAddress), (second, secondAddress) })
            {
                // As a build before canonical keys stored a registration: under the address as written.
                await StoreAsync(log, $"keel.users.email-ownership/{address}", new EmailOwnershipEvent.Claimed(UserId.From(user)));
                await StoreAsync(log, $"keel.users.user/{user:N}",
                    new UserEvent.Registered(UserId.From(user), EmailAddress.Parse(address), PersonName.Parse("Leaky Person"), Then));
                await StoreAsync(log, $"keel.email.mailbox/{address}",
                    new MailEvent.Sent($"welcome.{user}", EmailAddress.Parse(address), MailKind.Welcome, "Welcome to Keel, Leaky Person", "Hello", Then));
            }
        }
        // The database as that build left it: this upgrade not applied yet.
        await _database.ExecuteAsync($"DELETE FROM keel_schema_versions WHERE version = {UpgradeVersion}");

        await using var app = new PostgresApiFactory(_database.ConnectionString, _mail.FullName);
        var admin = app.CreateClient();

        Assert.Equal(1L, await CountAsync($"keel.users.email-ownership/{canonical}"));
        Assert.Equal(1L, await CountAsync($"keel.email.mailbox/{canonical}"));
        Assert.Equal(0L, await CountAsync($"keel.users.email-ownership/{firstAddress}"));
        Assert.Equal(1L, await CountAsync($"keel.users.email-ownership/{secondAddress}"));
        Assert.Equal(1L, await CountAsync($"keel.email.mailbox/{secondAddress}"));
        // Nobody registers the address again, in any case.
        foreach (var spelling in new[] { canonical, firstAddress, secondAddress, canonical.ToUpperInvariant() })
        {
            var again = await admin.PostAsJsonAsync("/api/v1/users", new { email = spelling, name = "Eve" });
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        // The first recorded owns the address and reads its mails, in any case; the second account is still there, but
        // the address is not theirs, so neither are its mails.
        var asFirst = app.CreateClient().As(TestAuth.TokenFor(first.ToString()));
        var mails = await asFirst.GetFromJsonAsync<MailView[]>($"/api/v1/email/messages?to={secondAddress}");
        Assert.Equal($"welcome.{first}", Assert.Single(mails!).Id);
        var asSecond = app.CreateClient().As(TestAuth.TokenFor(second.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await asSecond.GetAsync($"/api/v1/email/messages?to={secondAddress}")).StatusCode);
        Assert.Equal(secondAddress, (await asSecond.GetFromJsonAsync<UserView>($"/api/v1/users/{second}"))!.Email);
    }

    private Task<long> CountAsync(string stream) =>
        _database.ScalarAsync<long>($"SELECT count(*) FROM keel_events WHERE stream = '{stream.Replace("'", "''", StringComparison.Ordinal)}'");

    private static Task StoreAsync(IEventLog log, string stream, IEvent @event)
    {
        var key = stream[(stream.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return log.AppendAsync(new EventAppend(stream, 0, null, [new EventEnvelope($"{key}/1", 1, Then, null, @event, Actor: "anonymous", StreamKey: key)]));
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _mail.Delete(recursive: true);
    }
}
