namespace Keel.Architecture.Tests;

/// <summary>Keel's layering, checked on the built assemblies. Each failure names the offending type and what it references.</summary>
public class ArchitectureTests
{
    private static readonly KeelLayout Layout = KeelLayout.Current;

    internal static string PathOf(string assembly) => Path.Combine(AppContext.BaseDirectory, assembly + ".dll");

    private static IReadOnlyList<Dependency> DependenciesOf(params string[] assemblies) =>
        [.. assemblies.SelectMany(assembly => TypeDependencies.Of(PathOf(assembly)))];

    [Fact]
    public void TheDomainReferencesNothingButTheBaseClassLibrary()
    {
        var dependencies = DependenciesOf(KeelLayout.Domain);
        using var domain = TypeDependencies.Read(PathOf(KeelLayout.Domain));

        var violations = ArchitectureRules.DomainUsesOnlyTheBaseClassLibrary(dependencies, KeelLayout.Domain)
            .Concat(ArchitectureRules.AssemblyReferencesOnlyTheBaseClassLibrary(
                KeelLayout.Domain, domain.MainModule.AssemblyReferences.Select(r => r.Name)));

        Assert.NotEmpty(dependencies);
        AssertNone(violations);
    }

    [Fact]
    public void TheBrowserBuildRunsTheSameDomainAndNothingOfTheServer()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "browser");
        using var browser = TypeDependencies.Read(Path.Combine(folder, "Keel.Browser.dll"));
        using var browsersDomain = TypeDependencies.Read(Path.Combine(folder, KeelLayout.Domain + ".dll"));
        using var serversDomain = TypeDependencies.Read(PathOf(KeelLayout.Domain));
        var references = browser.MainModule.AssemblyReferences.Select(r => r.Name).ToList();

        Assert.Contains(KeelLayout.Domain, references);
        Assert.Equal(serversDomain.MainModule.Mvid, browsersDomain.MainModule.Mvid); // one build of Domain, both sides
        AssertNone(ArchitectureRules.BrowserReferencesOnlyDomainAndBlazor("Keel.Browser", references));
    }

    [Fact]
    public void TheMachineryReferencesNoService()
    {
        var dependencies = DependenciesOf(KeelLayout.Assemblies);

        Assert.Contains(dependencies, d => Layout.ServiceOf(d.From) is null && KeelLayout.IsKeel(d.To));
        AssertNone(ArchitectureRules.MachineryUsesNoService(dependencies, Layout));
    }

    [Fact]
    public void ServicesMeetOnlyThroughEachOthersPublicContracts()
    {
        var dependencies = DependenciesOf(KeelLayout.Assemblies);
        var contracts = ServiceContracts.Of(Layout, PathOf(KeelLayout.Domain), PathOf(KeelLayout.Contracts));

        // The rule has something to judge: services do meet (Email reads Users' events, the Lobby starts games).
        Assert.Contains(dependencies, d => Layout.ServiceOf(d.From) is { } from && Layout.ServiceOf(d.To) is { } to && from != to);
        var violations = ArchitectureRules.ServicesMeetThroughContracts(dependencies, Layout, contracts);
        AssertNone(violations);
    }

    [Theory]
    [InlineData("Keel.Silo", true)]
    [InlineData("Keel.Api", false)]
    public void TheHostsOnlyCompose(string assembly, bool composesOnly)
    {
        var host = HostAssembly.Read(PathOf(assembly), composesOnly);

        Assert.NotEmpty(host.Types.Single(t => t.FullName == host.EntryPoint).Files);
        AssertNone(ArchitectureRules.HostsOnlyCompose(host));
    }

    [Fact]
    public void EveryServiceOfTheBuildIsLaidOutInItsOwnNamespaces()
    {
        var dependencies = DependenciesOf(KeelLayout.Assemblies);

        Assert.NotEmpty(Layout.Services);
        Assert.All(Layout.Services.Keys, service => Assert.Contains(dependencies, d => Layout.ServiceOf(d.From) == service));
    }

    private static void AssertNone(IEnumerable<string> violations)
    {
        var found = violations.Distinct().ToArray();
        Assert.True(found.Length == 0, $"{found.Length} violation(s):\n{string.Join("\n", found)}");
    }
}
