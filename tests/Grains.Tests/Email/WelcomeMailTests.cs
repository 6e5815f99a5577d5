using Keel.Domain.Users;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class WelcomeMailTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static string UniqueAddress() => $"welcome-{Guid.NewGuid():N}@example.com";

    private Task<IReadOnlyList<Keel.Domain.Email.MailMessage>> MessagesTo(string address) =>
        fixture.Client.GetGrain<IMailboxGrain>(address).GetMessagesAsync();

    [Fact]
    public async Task ARegisteredUserGetsOneWelcomeMail()
    {
        var address = UniqueAddress();
        var userId = Guid.CreateVersion7();
        await fixture.Client.GetGrain<IUserGrain>(userId).RegisterAsync(new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("Ada")));

        var messages = await Eventually.GetAsync(() => MessagesTo(address), m => m.Count > 0, Deadline, $"a message in the mailbox of {address}");

        var message = Assert.Single(messages);
        Assert.Equal("welcome", message.Kind.Value);
        Assert.Equal($"welcome.{userId}", message.Id);
        var sent = Assert.Single(fixture.Mail.SentTo(address));
        Assert.Contains("Ada", sent.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameEventDeliveredTwiceSendsOneMail()
    {
        var address = UniqueAddress();
        var marker = UniqueAddress();
        var userId = Guid.CreateVersion7();
        var streamKey = userId.ToString("N");
        var envelope = new EventEnvelope(
            $"{streamKey}/1", 1, DateTimeOffset.UtcNow, null, Registered(userId, address, "Grace"));
        var publisher = fixture.Client.GetGrain<IStreamPublisherGrain>(0);

        await publisher.PublishAsync(UsersService.Name, streamKey, envelope);
        await Eventually.GetAsync(() => MessagesTo(address), m => m.Count > 0, Deadline, $"a message in the mailbox of {address}");
        await publisher.PublishAsync(UsersService.Name, streamKey, envelope);

        // The marker: a later event on the same stream that mails another address. One stream's events are delivered
        // in order, so once the marker's mail is there the duplicate has been dealt with: a wrong second mail would be too.
        await publisher.PublishAsync(UsersService.Name, streamKey, envelope with
        {
            EventId = $"{streamKey}/2",
            Version = 2,
            Event = Registered(Guid.CreateVersion7(), marker, "Marker"),
        });
        await Eventually.GetAsync(() => MessagesTo(marker), m => m.Count > 0, Deadline, $"the marker event's mail to {marker}");

        Assert.Single(await MessagesTo(address));
        Assert.Single(fixture.Mail.SentTo(address));
    }

    [Fact]
    public async Task ARepeatedWelcomeCommandSendsOneMail()
    {
        var address = UniqueAddress();
        var mailbox = fixture.Client.GetGrain<IMailboxGrain>(address);
        var command = new SendWelcomeMail(Guid.CreateVersion7(), "Grace");

        await mailbox.SendWelcomeAsync(command);
        await mailbox.SendWelcomeAsync(command);

        Assert.Single(await mailbox.GetMessagesAsync());
        Assert.Single(fixture.Mail.SentTo(address));
    }

    private static UserEvent.Registered Registered(Guid id, string address, string name) =>
        new(UserId.From(id), EmailAddress.Parse(address), PersonName.Parse(name), DateTimeOffset.UtcNow);
}
