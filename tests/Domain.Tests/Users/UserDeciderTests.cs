using Keel.Domain.Users;

namespace Keel.Domain.Tests;

public class UserDeciderTests
{
    private static readonly UserId Ada = UserId.From(Guid.Parse("0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f"));
    private static readonly EmailAddress AdaMail = EmailAddress.Parse("ada@example.com");
    private static readonly PersonName AdaName = PersonName.Parse("Ada Lovelace");
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static DeciderSpec<UserDecider, UserCommand, User, UserEvent, UserRejection> Spec() => new();

    [Fact]
    public void RegistersANewUser() =>
        Spec().When(new UserCommand.Register(Ada, AdaMail, AdaName, Monday, Ada))
            .Then(new UserEvent.Registered(Ada, AdaMail, AdaName, Monday));

    [Fact]
    public void RepeatingTheSameRegistrationChangesNothing() =>
        Spec().Given(new UserEvent.Registered(Ada, AdaMail, AdaName, Monday))
            .When(new UserCommand.Register(Ada, AdaMail, AdaName, Monday.AddMinutes(5), Ada))
            .Then();

    [Fact]
    public void RejectsARegistrationOfTheSameIdWithOtherDetails() =>
        Spec().Given(new UserEvent.Registered(Ada, AdaMail, AdaName, Monday))
            .When(new UserCommand.Register(Ada, EmailAddress.Parse("other@example.com"), AdaName, Monday, Ada))
            .ThenRejected(new UserRejection.AlreadyRegistered(Ada));

    [Fact]
    public void RejectsARegistrationWhenSomeoneElseHoldsTheAddress()
    {
        var grace = UserId.From(Guid.Parse("0196f7a2-5b1c-7d3e-8f00-000000000002"));

        Spec().When(new UserCommand.Register(Ada, AdaMail, AdaName, Monday, grace))
            .ThenRejected(new UserRejection.EmailTaken(AdaMail));
    }

    [Fact]
    public void RegisteredUserKeepsWhatWasRegistered()
    {
        var state = User.Evolve(User.Initial, new UserEvent.Registered(Ada, AdaMail, AdaName, Monday));

        Assert.Equal(new User.Registered(Ada, AdaMail, AdaName, Monday), state);
    }

    [Fact]
    public void ARegisteredUserChangesTheirName() =>
        Spec().Given(new UserEvent.Registered(Ada, AdaMail, AdaName, Monday))
            .When(new UserCommand.ChangeName(PersonName.Parse("Ada King")))
            .Then(new UserEvent.NameChanged(Ada, PersonName.Parse("Ada King")));

    [Fact]
    public void ChangingANameToItselfChangesNothing() =>
        Spec().Given(new UserEvent.Registered(Ada, AdaMail, AdaName, Monday)).When(new UserCommand.ChangeName(AdaName)).Then();

    [Fact]
    public void NobodyChangesTheNameOfAnUnregisteredId() =>
        Spec().When(new UserCommand.ChangeName(AdaName)).ThenRejected(new UserRejection.NotFound());

    [Fact]
    public void TheNewNameIsTheUsersName()
    {
        var state = new UserEvent[] { new UserEvent.Registered(Ada, AdaMail, AdaName, Monday), new UserEvent.NameChanged(Ada, PersonName.Parse("Ada King")) }
            .Aggregate(User.Initial, User.Evolve);

        Assert.Equal(new User.Registered(Ada, AdaMail, PersonName.Parse("Ada King"), Monday), state);
    }
}
