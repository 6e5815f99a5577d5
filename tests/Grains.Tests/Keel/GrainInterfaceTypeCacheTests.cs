using Keel.Grains.Hosting;
using Keel.Grains.Interfaces.Email;
using Keel.Grains.Interfaces.Users;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Orleans.Serialization.TypeSystem;

namespace Keel.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class GrainInterfaceTypeCacheTests(ClusterFixture fixture)
{
    private static readonly Type[] Interfaces = [typeof(IUserGrain), typeof(IMailboxGrain), typeof(IEmailOwnershipGrain), typeof(IManagementGrain)];

    [Fact]
    public void EachInterfaceGetsTheIdentityOrleansGivesIt()
    {
        var services = fixture.Silo(0).ServiceProvider;
        var providers = services.GetServices<IGrainInterfaceTypeProvider>().ToArray();
        var orleans = new GrainInterfaceTypeResolver(providers.Where(p => p is not GrainInterfaceTypeCache), services.GetRequiredService<TypeConverter>());
        var keel = services.GetRequiredService<GrainInterfaceTypeResolver>();

        foreach (var type in Interfaces)
        {
            Assert.Equal(orleans.GetGrainInterfaceType(type), keel.GetGrainInterfaceType(type));
            Assert.Equal(orleans.GetGrainInterfaceType(type), keel.GetGrainInterfaceType(type)); // remembered, still the same
        }
    }

    [Fact]
    public void AnIdentityIsWorkedOutOnceNotOnEveryCall()
    {
        var resolver = fixture.Silo(0).ServiceProvider.GetRequiredService<GrainInterfaceTypeResolver>();
        _ = resolver.GetGrainInterfaceType(typeof(IUserGrain));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            _ = resolver.GetGrainInterfaceType(typeof(IUserGrain));
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Worked out each time, the name is formatted and parsed again: about a kilobyte per call.
        Assert.True(allocated < 1_000, $"1,000 lookups allocated {allocated:N0} bytes");
    }
}
