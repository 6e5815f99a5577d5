using Keel.Contracts.Tests.Snapshot;

namespace Keel.Contracts.Tests;

/// <summary>What the gate calls breaking, and what only needs recording.</summary>
public class ContractComparerTests
{
    private const string Recorded = """
        wire-type keel.users.user-registered.v1
          field 0 = guid userId
          field 1 = string email
        grain-interface keel.users.IUserGrain
          key = guid
          method register = (keel.users.register-user.v1) -> Task<keel.users.user-view.v1>
        http POST /api/v1/users
          operationId = RegisterUser
          request = application/json #RegisterUser required
          response 201 = application/json #UserView
        schema RegisterUser
          property email = string required
          property name = string optional
        migration 0001_orleans_queries.sql
          sha256 = aa
        """;

    [Fact]
    public void TheSameContractsHaveNoChange() =>
        Assert.Empty(ContractComparer.Compare(Parse(Recorded), Parse(Recorded)));

    [Fact]
    public void ARemovedFieldIsBreaking() =>
        AssertBreaking(Recorded.Replace("  field 1 = string email\n", ""), "keel.users.user-registered.v1", "field 1 (string email) was removed");

    [Fact]
    public void ARenumberedFieldIsBreaking() =>
        AssertBreaking(Recorded.Replace("field 1 = string email", "field 2 = string email"), "keel.users.user-registered.v1", "renumbered from field 1 to field 2");

    [Fact]
    public void AFieldOfAnotherTypeIsBreaking() =>
        AssertBreaking(Recorded.Replace("field 0 = guid userId", "field 0 = string userId"), "keel.users.user-registered.v1", "changed from");

    [Fact]
    public void ARenamedFieldWithItsIdIsOnlyRecorded()
    {
        var changes = ContractComparer.Compare(Parse(Recorded), Parse(Recorded.Replace("guid userId", "guid id")));

        var change = Assert.Single(changes);
        Assert.False(change.Breaking);
    }

    [Fact]
    public void ARemovedOrRenamedEventTypeIsBreaking() =>
        AssertBreaking(Recorded.Replace("user-registered.v1", "registered.v1"), "wire-type keel.users.user-registered.v1", "was removed or renamed");

    [Fact]
    public void ARemovedGrainMethodIsBreaking() =>
        AssertBreaking(Recorded.Replace("  method register = (keel.users.register-user.v1) -> Task<keel.users.user-view.v1>\n", ""), "IUserGrain", "method register");

    [Fact]
    public void AChangedRouteIsBreaking() =>
        AssertBreaking(Recorded.Replace("POST /api/v1/users", "POST /api/v1/accounts"), "http POST /api/v1/users", "was removed or renamed");

    [Fact]
    public void AFieldMadeRequiredInARequestBodyIsBreaking() =>
        AssertBreaking(Recorded.Replace("property name = string optional", "property name = string required"), "schema RegisterUser", "was made required");

    [Fact]
    public void ANewRequiredPropertyOfARequestBodyIsBreaking() =>
        AssertBreaking(Recorded.Replace("  property name = string optional\n", "  property name = string optional\n  property age = integer required\n"),
            "schema RegisterUser", "a required 'property age' was added");

    [Fact]
    public void AChangedMigrationIsBreaking() =>
        AssertBreaking(Recorded.Replace("sha256 = aa", "sha256 = bb"), "migration 0001", "an applied migration script changed");

    [Fact]
    public void AnAdditionIsNotBreakingButMustBeRecorded()
    {
        var changes = ContractComparer.Compare(Parse(Recorded), Parse(Recorded + "\nhttp GET /api/v1/users/{userId}\n  operationId = GetUser\n"));

        var change = Assert.Single(changes);
        Assert.False(change.Breaking);
        Assert.Contains("scripts/contracts.sh record", change.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AGrainTypeThatGainsAnInterfaceOnlyNeedsRecordingButOneThatLosesOneIsBreaking()
    {
        const string grain = "\ngrain-type keel.users.user\n  interfaces = keel.users.IUserGrain\n";
        var gained = ContractComparer.Compare(Parse(Recorded + grain), Parse(Recorded + grain.Replace("= keel.users.IUserGrain", "= keel.IAlarmTarget, keel.users.IUserGrain")));
        var lost = ContractComparer.Compare(Parse(Recorded + grain), Parse(Recorded + grain.Replace("= keel.users.IUserGrain", "= keel.IAlarmTarget")));

        var change = Assert.Single(gained);
        Assert.False(change.Breaking);
        Assert.Contains("gained interface(s) keel.IAlarmTarget", change.What, StringComparison.Ordinal);
        Assert.Contains(lost, c => c.Breaking && c.Entry == "grain-type keel.users.user");
    }

    [Fact]
    public void TheSnapshotTextReadsBackAsWritten()
    {
        var snapshot = Parse(Recorded);

        Assert.Equal(snapshot.Render(), Parse(snapshot.Render()).Render());
    }

    private static void AssertBreaking(string current, string entry, string what)
    {
        var changes = ContractComparer.Compare(Parse(Recorded), Parse(current));

        Assert.Contains(changes, c => c.Breaking && c.Entry.Contains(entry, StringComparison.Ordinal) && c.What.Contains(what, StringComparison.Ordinal));
    }

    private static ContractSnapshot Parse(string text) => ContractSnapshot.Parse(text.ReplaceLineEndings("\n"));

    [Fact]
    public void ARetiredGrainInterfaceIsNotBreakingButAStoredTypeCannotBeRetired()
    {
        var current = Recorded.Replace("grain-interface keel.users.IUserGrain\n  key = guid\n  method register = (keel.users.register-user.v1) -> Task<keel.users.user-view.v1>\n", "")
            .Replace("wire-type keel.users.user-registered.v1\n  field 0 = guid userId\n  field 1 = string email\n", "");
        var retired = new HashSet<string> { "grain-interface keel.users.IUserGrain", "wire-type keel.users.user-registered.v1" };

        var changes = ContractComparer.Compare(Parse(Recorded), Parse(current), retired);

        Assert.Contains(changes, c => !c.Breaking && c.Entry == "grain-interface keel.users.IUserGrain");
        Assert.Contains(changes, c => c.Breaking && c.Entry == "wire-type keel.users.user-registered.v1");
    }
}
