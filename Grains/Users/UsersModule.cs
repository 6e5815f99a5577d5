using Keel.Grains.Interfaces.Users;
using Keel.Grains.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Users;

/// <summary>The Users service: accounts, and the ownership of their addresses.</summary>
internal sealed class UsersModule() : KeelModule(UsersService.Name)
{
    public override void AddTo(IServiceCollection services, IConfiguration configuration) =>
        services.Configure<UsersOptions>(configuration.GetSection(UsersOptions.Section));
}

/// <summary>Settings under <c>Keel:Users</c>.</summary>
public sealed class UsersOptions
{
    public const string Section = "Keel:Users";

    /// <summary>How long a registration that did not complete (a crash) holds its address before another may claim it.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);
}
