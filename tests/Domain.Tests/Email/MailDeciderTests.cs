using Keel.Domain;
using Keel.Domain.Email;
using Keel.Domain.Users;

namespace Keel.Domain.Tests;

public class MailDeciderTests
{
    private static readonly UserId Ada = UserId.From(Guid.Parse("0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f"));
    private static readonly UserId Grace = UserId.From(Guid.Parse("0196f7a2-5b1c-7d3e-8f00-000000000002"));
    private static readonly EmailAddress Address = EmailAddress.Parse("ada@example.com");
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static DeciderSpec<MailDecider, MailCommand, Mailbox, MailEvent, NoRejection> Spec() => new();

    private static MailEvent.Sent WelcomeSent(UserId user, string name)
    {
        var content = WelcomeMail.Compose(PersonName.Parse(name));
        return new(WelcomeMail.MessageIdFor(user), Address, MailKind.Welcome, content.Subject, content.TextBody, Monday);
    }

    [Fact]
    public void SendsAWelcomeToANewUser() =>
        Spec().When(new MailCommand.SendWelcome(Ada, Address, PersonName.Parse("Ada"), Monday))
            .Then(WelcomeSent(Ada, "Ada"));

    [Fact]
    public void ARedeliveredWelcomeSendsNothing() =>
        Spec().Given(WelcomeSent(Ada, "Ada"))
            .When(new MailCommand.SendWelcome(Ada, Address, PersonName.Parse("Ada"), Monday.AddSeconds(3)))
            .Then();

    [Fact]
    public void ANewUserAtAnAddressThatWasWelcomedBeforeIsWelcomedToo() =>
        Spec().Given(WelcomeSent(Ada, "Ada"))
            .When(new MailCommand.SendWelcome(Grace, Address, PersonName.Parse("Grace"), Monday))
            .Then(WelcomeSent(Grace, "Grace"));

    [Fact]
    public void TheMailboxListsWhatWasSentOldestFirst()
    {
        var state = new[] { WelcomeSent(Ada, "Ada"), WelcomeSent(Grace, "Grace") }
            .Aggregate(Mailbox.Initial, (box, e) => Mailbox.Evolve(box, e));

        Assert.Equal([WelcomeMail.MessageIdFor(Ada), WelcomeMail.MessageIdFor(Grace)], state.Sent.Select(m => m.Id));
    }

    [Fact]
    public void TheWelcomeMailGreetsTheUserByName()
    {
        var content = WelcomeMail.Compose(PersonName.Parse("Ada Lovelace"));

        Assert.Contains("Ada Lovelace", content.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Hello Ada Lovelace,", content.TextBody, StringComparison.Ordinal);
    }
}
