using Keel.Domain.Users;
using Keel.Grains.Interfaces.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keel.Grains.Email;

/// <summary>
/// The Email service: mailboxes, and the mail transport — SMTP when <c>Keel:Mail:Smtp:Host</c> is set, the pickup
/// directory otherwise. A transport registered before (a test's recorder, say) wins.
/// </summary>
internal sealed class EmailModule() : KeelModule(EmailService.Name)
{
    /// <summary>Mailboxes are keyed by the address in lower case; earlier builds' mixed-case keys are moved to it.</summary>
    public override IReadOnlyList<CanonicalKeys> CanonicalKeys => [new(typeof(MailboxGrain), EmailAddress.CanonicalKey)];

    public override void AddTo(IServiceCollection services, IConfiguration configuration)
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
    }
}
