using Keel.Grains.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keel.Grains.Hosting;

/// <summary>
/// Chooses the mail transport: SMTP when <c>Keel:Mail:Smtp:Host</c> is set, the pickup directory otherwise.
/// A transport registered before (a test's recorder, say) wins.
/// </summary>
public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddKeelMail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MailOptions.Section);
        services.Configure<MailOptions>(section);
        if (string.IsNullOrWhiteSpace(section["Smtp:Host"]))
        {
            services.TryAddSingleton<IMailSender, PickupDirectoryMailSender>();
        }
        else
        {
            services.TryAddSingleton<IMailSender, SmtpMailSender>();
        }
        return services;
    }
}
