using System.Security.Claims;
using Keel.Grains.Interfaces.Email;
using Keel.Domain.Users;

namespace Keel.Api.Email;

/// <summary>The Email service over HTTP: what it has sent.</summary>
[ServiceEndpoints]
public static class EmailEndpoints
{
    public static RouteGroupBuilder MapEmailEndpoints(this IEndpointRouteBuilder routes)
    {
        var email = routes.MapGroup("/email").WithTags("Email");
        email.MapGet("/messages", GetMessagesAsync)
            .WithName("GetMailMessages")
            .WithSummary("List the mails sent to an address")
            .WithDescription("Oldest first. An address nobody wrote to has an empty list. A user reads the mails to their own address; an admin reads anyone's.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return email;
    }

    /// <param name="to">The recipient's e-mail address.</param>
    /// <param name="grains">The cluster.</param>
    /// <param name="caller">Who asks.</param>
    public static async Task<Results<Ok<IReadOnlyList<Domain.Email.MailMessage>>, ProblemHttpResult>> GetMessagesAsync(
        string to, IGrainFactory grains, ClaimsPrincipal caller)
    {
        if (!EmailAddress.TryParse(to, out var address, out var error))
        {
            return Problems.Invalid("to", error);
        }
        if (!caller.IsAdmin() && await MailboxOwners.OwnAddressAsync(caller, grains) != address)
        {
            return Problems.Forbidden("A user reads only the mails sent to their own address (or holds the admin role).");
        }
        var messages = await grains.GetGrain<IMailboxGrain>(address.Canonical).GetMessagesAsync();
        return TypedResults.Ok(messages);
    }
}
