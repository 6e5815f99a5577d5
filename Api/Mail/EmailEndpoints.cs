using Keel.Api.Http;
using Keel.Contracts.Mail;
using Keel.Domain.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Keel.Api.Mail;

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
            .WithDescription("Oldest first. An address nobody wrote to has an empty list.")
            .ProducesValidationProblem();
        return email;
    }

    /// <param name="to">The recipient's e-mail address.</param>
    /// <param name="grains">The cluster.</param>
    public static async Task<Results<Ok<IReadOnlyList<MailMessage>>, ProblemHttpResult>> GetMessagesAsync(
        string to, IGrainFactory grains)
    {
        if (!Email.TryParse(to, out var address, out var error))
        {
            return Problems.Invalid("to", error);
        }
        var messages = await grains.GetGrain<IMailboxGrain>(address.Value).GetMessagesAsync();
        return TypedResults.Ok(messages);
    }
}
