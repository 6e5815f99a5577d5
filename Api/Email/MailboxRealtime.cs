using Keel.Domain.Email;
using Keel.Grains.Interfaces.Email;

namespace Keel.Api.Email;

/// <summary>The Email service's realtime edge: a signed-in user watches their own mailbox, each mail as it is sent.</summary>
[ServiceEndpoints]
public static class MailboxRealtime
{
    private static readonly Watch<IMailboxGrain, Mailbox, MailEvent> Mailboxes = new Watch<IMailboxGrain, Mailbox, MailEvent>()
        .Snapshot("mailbox", (_, box) => box.Sent)
        .On<MailEvent.Sent>("mail-sent", e => new MailMessage(e.MessageId, e.To, e.Subject, e.Kind, e.SentAt))
        .Complete();

    public static RouteGroupBuilder MapMailboxRealtime(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/email/mailbox").WithTags("Email")
            .MapWatch(Mailboxes, new("MailboxEvents", "MailboxSocket", "the caller's own mailbox",
                "The mails sent to the signed-in user's address: `mailbox` (the mails so far, oldest first), then `mail-sent` "
                + "(MailMessage) for each new one."), OwnMailboxAsync);

    /// <summary>The caller's mailbox is the one of the address their user registered (and holds).</summary>
    private static async ValueTask<WatchTarget> OwnMailboxAsync(HttpContext http) =>
        await MailboxOwners.OwnAddressAsync(http.User, http.RequestServices.GetRequiredService<IGrainFactory>()) is { } own
            ? WatchTarget.Of(own.Canonical)
            : WatchTarget.Refused(Problems.Forbidden("A mailbox is watched by its user: the token's subject must be a registered user's id, holding their address."));
}
