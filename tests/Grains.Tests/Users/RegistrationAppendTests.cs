using Keel.Domain.Users;
using Keel.Grains.EventLog;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Tests;

/// <summary>
/// A registration appends without reading first, its user's event and its address's claim in one append: what the log
/// already holds still decides (the append conflicts, the grain reads and decides again), and a refused registration
/// leaves neither stream changed.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RegistrationAppendTests(ClusterFixture fixture)
{
    private IEventLog Log => fixture.Silo(0).SiloHost.Services.GetRequiredService<IEventLog>();

    private static EmailAddress NewAddress() => EmailAddress.Parse($"append-{Guid.NewGuid():N}@example.com");

    /// <summary>Records a user the way an earlier activation (or another silo) did, behind the back of any activation.</summary>
    private async Task<User.Registered> SeedUserAsync(Guid id, EmailAddress email)
    {
        var user = new UserEvent.Registered(UserId.From(id), email, PersonName.Parse("Seeded"), DateTimeOffset.UtcNow);
        var key = id.ToString("N");
        await Log.AppendAsync(new EventAppend(UserStreams.User(id), 0, null, [new EventEnvelope($"{key}/1", 1, DateTimeOffset.UtcNow, null, user, StreamKey: key)]));
        return new User.Registered(user.UserId, email, user.Name, user.RegisteredAt);
    }

    [Fact]
    public async Task ARegistrationOnAStreamThatExistsReadsItAndDecidesAgainLeavingTheAddressUnclaimed()
    {
        var id = Guid.CreateVersion7();
        var seeded = await SeedUserAsync(id, NewAddress());
        var other = NewAddress();

        var result = await fixture.Client.GetGrain<IUserGrain>(id).RegisterAsync(new RegisterUser(other, PersonName.Parse("Eve")));

        Assert.Equal("users.already-registered", result.Rejection?.Code);
        Assert.Single((await Log.LoadAsync(UserStreams.User(id))).Events);
        Assert.Empty((await Log.LoadAsync(UserStreams.Address(other))).Events); // the claim decided with it was not recorded either
        Assert.Equal(seeded, await fixture.Client.GetGrain<IUserGrain>(id).GetAsync());
    }

    [Fact]
    public async Task RepeatingARegistrationTheLogHoldsChangesNothing()
    {
        var id = Guid.CreateVersion7();
        var seeded = await SeedUserAsync(id, NewAddress());

        var result = await fixture.Client.GetGrain<IUserGrain>(id).RegisterAsync(new RegisterUser(seeded.Email, seeded.Name));

        Assert.True(result.IsAccepted);
        Assert.Equal(seeded, result.Value);
        Assert.Single((await Log.LoadAsync(UserStreams.User(id))).Events);
    }

    [Fact]
    public async Task AColdActivationOfAnExistingUserReadsBeforeItRefuses()
    {
        var id = Guid.CreateVersion7();
        await SeedUserAsync(id, NewAddress());

        var renamed = await fixture.Client.GetGrain<IUserGrain>(id).ChangeNameAsync(new UserCommand.ChangeName(PersonName.Parse("Renamed")));

        Assert.True(renamed.IsAccepted, renamed.Rejection?.Code); // on the initial state it would be "not found"
        Assert.Equal([1L, 2L], (await Log.LoadAsync(UserStreams.User(id))).Events.Select(e => e.Version));
    }

    [Fact]
    public async Task ARegistrationRefusedForATakenAddressRecordsNothingForItsUser()
    {
        var address = NewAddress();
        var first = fixture.Client.GetGrain<IUserGrain>(Guid.CreateVersion7());
        Assert.True((await first.RegisterAsync(new RegisterUser(address, PersonName.Parse("Ada")))).IsAccepted);
        var second = Guid.CreateVersion7();

        var result = await fixture.Client.GetGrain<IUserGrain>(second).RegisterAsync(new RegisterUser(address, PersonName.Parse("Eve")));

        Assert.Equal("users.email-taken", result.Rejection?.Code);
        Assert.Empty((await Log.LoadAsync(UserStreams.User(second))).Events);
        Assert.Single((await Log.LoadAsync(UserStreams.Address(address))).Events);
        Assert.Null(await fixture.Client.GetGrain<IUserGrain>(second).GetAsync());
    }

    [Fact]
    public async Task AnAddressActivationAlreadyRunningSeesTheClaimARegistrationAppended()
    {
        var address = NewAddress();
        var ownership = fixture.Client.GetGrain<IEmailOwnershipGrain>(address.Canonical);
        Assert.Null(await ownership.GetHolderAsync()); // active, and the address free
        var user = Guid.CreateVersion7();

        Assert.True((await fixture.Client.GetGrain<IUserGrain>(user).RegisterAsync(new RegisterUser(address, PersonName.Parse("Ada")))).IsAccepted);

        Assert.Equal(user, await ownership.GetHolderAsync());
        var code = (await Log.LoadAsync(UserStreams.Address(address))).Events.Select(e => e.Event).OfType<EmailOwnershipEvent.Claimed>().Single().Code!;
        Assert.True((await ownership.ConfirmWithCodeAsync(user, code.Value)).IsAccepted);
    }
}
