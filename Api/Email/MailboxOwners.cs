using System.Security.Claims;
using Keel.Domain.Users;
using Keel.Grains.Interfaces.Users;

namespace Keel.Api.Email;

/// <summary>Whose mails a caller may read: those of the address their user registered, while that user holds it.</summary>
internal static class MailboxOwners
{
    /// <summary>
    /// The caller's own address: the token's <c>sub</c> is exactly a user id (in its one spelling), the user is
    /// registered, and the address is theirs still — not taken over by someone else after their claim lapsed, nor
    /// owned by another account an earlier build registered under another case of it.
    /// </summary>
    public static async Task<EmailAddress?> OwnAddressAsync(ClaimsPrincipal caller, IGrainFactory grains)
    {
        var subject = Callers.IdOf(caller);
        if (!UserId.TryParse(subject, out var id) || id.ToString() != subject
            || await grains.GetGrain<IUserGrain>(id.Value).GetAsync() is not { } user)
        {
            return null;
        }
        return await grains.GetGrain<IEmailOwnershipGrain>(user.Email.Canonical).GetHolderAsync() == id.Value ? user.Email : null;
    }
}
