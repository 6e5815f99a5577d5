using Keel.Grains.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Keel.Silo.Hosting;

/// <summary>Chooses the mail transport: SMTP when <c>Keel:Mail:Smtp:Host</c> is set, the pickup directory otherwise.</summary>
public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddKeelMail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MailOptions.Section);
        services.Configure<MailOptions>(section);
        if (string.IsNullOrWhiteSpace(section["Smtp:Host"]))
        {
            services.AddSingleton<IMailSender, PickupDirectoryMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        return services;
    }
}
