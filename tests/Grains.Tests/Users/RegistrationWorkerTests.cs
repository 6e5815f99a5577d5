using Keel.Domain.Users;
using Keel.Grains.EventLog;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Tests;

/// <summary>
/// New users are registered by a stateless worker (<see cref="IUserRegistrationGrain"/>), with no activation of
/// their own grain: what the log holds still decides (a user that exists is registered by their grain), and a grain
/// activation that looked before the registration sees it after.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RegistrationWorkerTests(ClusterFixture fixture)
{
    private IEventLog Log => fixture.Silo(0).SiloHost.Services.GetRequiredService<IEventLog>();

    private IUserRegistrationGrain Worker => fixture.Client.GetGrain<IUserRegistrationGrain>(0);

    private static EmailAddress NewAddress() => EmailAddress.Parse($"worker-{Guid.NewGuid():N}@example.com");

    [Fact]
    public async Task ARegistrationThroughTheWorkerActivatesNoUserGrain()
    {
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        var id = Guid.CreateVersion7();

        var result = await Worker.RegisterAsync(id, new RegisterUser(NewAddress(), PersonName.Parse("Ada")));

        Assert.True(result.IsAccepted, result.Rejection?.Code);
        Assert.Null(await management.GetActivationAddress(fixture.Client.GetGrain<IUserGrain>(id)));
        // The probe sees an activation where there is one: reading the user keeps theirs.
        Assert.Equal(result.Value, await fixture.Client.GetGrain<IUserGrain>(id).GetAsync());
        Assert.NotNull(await management.GetActivationAddress(fixture.Client.GetGrain<IUserGrain>(id)));
    }

    [Fact]
    public async Task AUserActivationThatFoundNobodySeesTheRegistrationTheWorkerAppended()
    {
        var id = Guid.CreateVersion7();
        var user = fixture.Client.GetGrain<IUserGrain>(id);
        Assert.Null(await user.GetAsync()); // active, and its stream empty

        var registered = await Worker.RegisterAsync(id, new RegisterUser(NewAddress(), PersonName.Parse("Ada")));

        Assert.Equal(registered.Value, await user.GetAsync());
        var renamed = await user.ChangeNameAsync(new UserCommand.ChangeName(PersonName.Parse("Ada L.")));
        Assert.True(renamed.IsAccepted, renamed.Rejection?.Code); // on a stale empty state it would be "not found"
        Assert.Equal([1L, 2L], (await Log.LoadAsync(UserStreams.User(id))).Events.Select(e => e.Version));
    }

    [Fact]
    public async Task TheWorkerHandsAUserThatExistsToTheirGrain()
    {
        var id = Guid.CreateVersion7();
        var first = await Worker.RegisterAsync(id, new RegisterUser(NewAddress(), PersonName.Parse("Ada")));
        var other = NewAddress();

        var again = await Worker.RegisterAsync(id, new RegisterUser(first.Value!.Email, first.Value.Name));
        var another = await Worker.RegisterAsync(id, new RegisterUser(other, PersonName.Parse("Eve")));

        Assert.True(again.IsAccepted, again.Rejection?.Code); // a repeat: the same user, nothing appended
        Assert.Equal(first.Value, again.Value);
        Assert.Equal("users.already-registered", another.Rejection?.Code);
        Assert.Single((await Log.LoadAsync(UserStreams.User(id))).Events);
        Assert.Empty((await Log.LoadAsync(UserStreams.Address(other))).Events);
    }

    [Fact]
    public async Task ConcurrentRegistrationsOfOneAddressThroughTheWorkerRegisterOneUser()
    {
        var address = NewAddress();
        var ids = Enumerable.Range(0, 12).Select(_ => Guid.CreateVersion7()).ToArray();

        var results = await Task.WhenAll(ids.Select(id => Worker.RegisterAsync(id, new RegisterUser(address, PersonName.Parse("Ada")))));

        var winner = Assert.Single(results, r => r.IsAccepted);
        Assert.All(results.Where(r => !r.IsAccepted), r => Assert.Equal("users.email-taken", r.Rejection?.Code));
        Assert.Single((await Log.LoadAsync(UserStreams.Address(address))).Events);
        foreach (var id in ids.Where(id => id != winner.Value!.UserId.Value))
        {
            Assert.Empty((await Log.LoadAsync(UserStreams.User(id))).Events);
        }
    }
}
