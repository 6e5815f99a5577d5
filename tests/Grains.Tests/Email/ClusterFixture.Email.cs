using Keel.Grains.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Grains.Tests;

/// <summary>The Email service's part of the grain tests' cluster: a mail transport that records every hand-over.</summary>
public sealed partial class ClusterFixture
{
    public RecordingMailSender Mail { get; } = new();

    partial void ConfigureEmail(IServiceCollection services) => services.AddSingleton<IMailSender>(Mail);
}
