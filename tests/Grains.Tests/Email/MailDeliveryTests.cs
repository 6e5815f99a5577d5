using Keel.Domain.Users;
using Keel.Grains.Interfaces;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;

namespace Keel.Grains.Tests;

/// <summary>
/// Welcome mails go out through a stateless worker (<see cref="IMailDeliveryGrain"/>): a mailbox with no mail is
/// decided on there, one with mail by its own grain, and a mailbox activation that looked first sees the mail after.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MailDeliveryTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static string UniqueAddress() => $"delivery-{Guid.NewGuid():N}@example.com";

    private IMailDeliveryGrain Worker => fixture.Client.GetGrain<IMailDeliveryGrain>(0);

    [Fact]
    public async Task AMailboxActivationThatFoundNoMailSeesTheWelcomeMailTheWorkerSent()
    {
        var address = UniqueAddress();
        var mailbox = fixture.Client.GetGrain<IMailboxGrain>(address);
        Assert.Empty(await mailbox.GetMessagesAsync()); // active, and empty

        await fixture.Client.GetGrain<IUserRegistrationGrain>(0).RegisterAsync(
            Guid.CreateVersion7(), new RegisterUser(EmailAddress.Parse(address), PersonName.Parse("Ada")));

        var messages = await Eventually.GetAsync(mailbox.GetMessagesAsync, m => m.Count > 0, Deadline, $"the welcome mail in the mailbox of {address}");
        Assert.Single(messages);
        Assert.Single(fixture.Mail.SentTo(address));
    }

    [Fact]
    public async Task TheWorkerHandsAMailboxWithMailToItsGrain()
    {
        var address = UniqueAddress();
        var first = new SendWelcomeMail(Guid.CreateVersion7(), "Ada");
        var second = new SendWelcomeMail(Guid.CreateVersion7(), "Grace");

        await Worker.SendWelcomeAsync(address, first);
        await Worker.SendWelcomeAsync(address, first); // the mailbox has it: its grain decides, and sends nothing
        await Worker.SendWelcomeAsync(address, second); // another user of the address: its grain sends theirs

        var messages = await fixture.Client.GetGrain<IMailboxGrain>(address).GetMessagesAsync();
        Assert.Equal([$"welcome.{first.UserId}", $"welcome.{second.UserId}"], messages.Select(m => m.Id));
        Assert.Equal(2, fixture.Mail.SentTo(address).Count);
    }
}
