namespace Keel.Grains.Tests;

/// <summary>The Users service's part of the grain tests' cluster: a short claim lease.</summary>
public sealed partial class ClusterFixture
{
    /// <summary>How long an unconfirmed address claim blocks the address here (the default is 24 h).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(1);

    static partial void ConfigureUsers(IDictionary<string, string?> settings) => settings["Keel:Users:ClaimLease"] = ClaimLease.ToString();
}
