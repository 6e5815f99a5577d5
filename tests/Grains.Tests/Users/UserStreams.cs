using Keel.Domain.Users;

namespace Keel.Grains.Tests;

/// <summary>The log's streams of the Users service, named as its grains name them: the user's and the address's.</summary>
internal static class UserStreams
{
    public static string User(Guid id) => $"keel.users.user/{id:N}";

    public static string Address(EmailAddress address) => $"keel.users.email-ownership/{address.Canonical}";
}
