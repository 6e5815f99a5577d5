namespace Keel.Architecture.Tests;

/// <summary>Each rule of <see cref="ArchitectureTests"/> fails on a bad input, and says which type references what.</summary>
public class ArchitectureRuleFailureTests
{
    private const string SamplesAssembly = "Keel.Architecture.Tests";
    private static readonly KeelLayout Layout = KeelLayout.Current;

    [Fact]
    public void TheScannerSeesATypesReferencesWhereverTheyAre()
    {
        var found = TypeDependencies.Of(ArchitectureTests.PathOf(SamplesAssembly), t => t.FullName.EndsWith(".UsesEverywhere", StringComparison.Ordinal))
            .Select(d => d.To.FullName.Split('.').Last())
            .ToHashSet();

        Assert.Superset(
            new HashSet<string> { "InBase", "IInInterface", "InAttributeAttribute", "InTypeof", "InField", "InProperty", "InParameter", "InReturn", "InBody", "InLambda", "InAsync", "InCatchException", "InGenericArgument" },
            found);
    }

    [Fact]
    public void TheDomainRuleReportsAFrameworkTypeAndWhoUsesIt()
    {
        var dependencies = TypeDependencies.Of(ArchitectureTests.PathOf(SamplesAssembly), t => t.Namespace.EndsWith(".Samples.ImpureDomain", StringComparison.Ordinal));

        var violations = ArchitectureRules.DomainUsesOnlyTheBaseClassLibrary(dependencies, SamplesAssembly);

        Assert.Contains(violations, v => v.StartsWith("Keel.Architecture.Tests.Samples.ImpureDomain.ImpureDecider references Microsoft.Extensions.Logging.ILogger`1 (Microsoft.Extensions.Logging.Abstractions", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Keel.Architecture.Tests.Samples.ImpureDomain.ImpureDecider references Orleans.IGrainFactory (", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("System.TimeProvider", StringComparison.Ordinal));
        Assert.Equal(
            ["Keel.Domain references the assembly Npgsql, not the base class library"],
            ArchitectureRules.AssemblyReferencesOnlyTheBaseClassLibrary("Keel.Domain", ["System.Runtime", "System.Collections", "Npgsql"]));
    }

    [Fact]
    public void TheBrowserRuleReportsAServerAssembly()
    {
        Assert.Equal(
            [
                "Keel.Browser references the assembly Keel.Grains, which is neither Domain, the base class library nor Blazor",
                "Keel.Browser references the assembly Orleans.Core.Abstractions, which is neither Domain, the base class library nor Blazor",
            ],
            ArchitectureRules.BrowserReferencesOnlyDomainAndBlazor("Keel.Browser",
                ["Keel.Domain", "System.Runtime", "Microsoft.AspNetCore.Components.Web", "Keel.Grains", "Orleans.Core.Abstractions"]));
    }

    [Fact]
    public void TheMachineryRuleReportsAServiceTypeAndWhoUsesIt()
    {
        Dependency[] dependencies =
        [
            Uses("Keel.Grains.Hosting.SiloSetup", "Keel.Grains", "Keel.Grains.Users.UserGrain", "Keel.Grains"),
            Uses("Keel.Api.Http.Problems", "Keel.Api", "Keel.Domain.Lobby.RoomRejection+Full", "Keel.Domain"),
            Uses("Keel.Grains.Users.UserGrain", "Keel.Grains", "Keel.Grains.Messaging.AggregateServices", "Keel.Grains"),
            Uses("Keel.Grains.Hosting.SiloSetup", "Keel.Grains", "Keel.Grains.Messaging.AggregateServices", "Keel.Grains"),
        ];

        Assert.Equal(
        [
            "The machinery's Keel.Grains.Hosting.SiloSetup references Keel.Grains.Users.UserGrain of the users service in a sample",
            "The machinery's Keel.Api.Http.Problems references Keel.Domain.Lobby.RoomRejection+Full of the lobby service in a sample",
        ], ArchitectureRules.MachineryUsesNoService(dependencies, Layout));
    }

    [Fact]
    public void TheServiceRuleReportsWhatIsNotInTheOtherServicesContract()
    {
        var contracts = ServiceContracts.Of(Layout, ArchitectureTests.PathOf(KeelLayout.Domain), ArchitectureTests.PathOf(KeelLayout.Contracts));
        string[] outside = ["Keel.Domain.Users.UserDecider", "Keel.Domain.Users.UserCommand+Register", "Keel.Domain.Users.UserRejection"];
        // An event and what it carries; the state IUserGrain's read returns (it crosses the wire through the contract).
        string[] inside = ["Keel.Domain.Users.UserEvent+Registered", "Keel.Domain.Users.EmailAddress", "Keel.Domain.Users.PersonName", "Keel.Domain.Users.UserId", "Keel.Domain.Users.User+Registered"];
        Dependency[] dependencies =
        [
            .. outside.Concat(inside).Select(to => Uses("Keel.Grains.Email.WelcomeMailSubscription", "Keel.Grains", to, "Keel.Domain")),
            Uses("Keel.Grains.Email.WelcomeMailSubscription", "Keel.Grains", "Keel.Grains.Users.UserGrain", "Keel.Grains"),
            Uses("Keel.Grains.Email.WelcomeMailSubscription", "Keel.Grains", "Keel.Api.Users.UserEndpoints", "Keel.Api"),
            Uses("Keel.Grains.Email.WelcomeMailSubscription", "Keel.Grains", "Keel.Grains.Interfaces.Users.IUserGrain", "Keel.Grains.Interfaces"),
            Uses("Keel.Grains.Users.UserGrain", "Keel.Grains", "Keel.Domain.Users.UserDecider", "Keel.Domain"),
        ];

        var violations = ArchitectureRules.ServicesMeetThroughContracts(dependencies, Layout, contracts);

        Assert.Equal(
            [.. outside, "Keel.Grains.Users.UserGrain", "Keel.Api.Users.UserEndpoints"],
            violations.Select(v => v.Split(' ')[3]));
        Assert.StartsWith(
            "Keel.Grains.Email.WelcomeMailSubscription (email) references Keel.Domain.Users.UserDecider of the users service, which is not in its public contract",
            violations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TheHostRuleReportsATypeBesideTheEntryPoint()
    {
        var api = new HostAssembly("Keel.Api", "Program",
        [
            new HostType("Program", Files("/src/Api/Program.cs")),
            new HostType("Helpers", Files("/src/Api/Program.cs")),
            new HostType("Keel.Api.Hosting.ApiApplicationExtensions", Files("/src/Api/Keel/Hosting/ApiApplicationExtensions.cs")),
        ], ComposesOnly: false);
        var silo = new HostAssembly("Keel.Silo", "Keel.Silo.SiloProgram",
        [
            new HostType("Keel.Silo.SiloProgram", Files("/src/Silo/Program.cs")),
            new HostType("Keel.Silo.SiloSetup", Files("/src/Silo/SiloSetup.cs")),
        ], ComposesOnly: true);

        Assert.Equal(["Keel.Api: Program.cs declares Helpers besides the entry point Program"], ArchitectureRules.HostsOnlyCompose(api));
        Assert.Equal(["Keel.Silo declares Keel.Silo.SiloSetup (SiloSetup.cs) besides the entry point Keel.Silo.SiloProgram; a host only composes"],
            ArchitectureRules.HostsOnlyCompose(silo));
    }

    private static HashSet<string> Files(params string[] files) => [.. files];

    private static Dependency Uses(string from, string fromAssembly, string to, string toAssembly) =>
        new(Name(from, fromAssembly), Name(to, toAssembly), "a sample");

    private static TypeName Name(string fullName, string assembly)
    {
        var top = fullName.Split('+')[0];
        return new TypeName(fullName, top[..top.LastIndexOf('.')], assembly);
    }
}
