
namespace Keel.Grains.Interfaces.Users;

/// <summary>An e-mail address was claimed by a user. Kept by the address's ownership record; not published.</summary>
/// <param name="Owner">The user who owns the address.</param>
[GenerateSerializer, Immutable, Alias("keel.users.email-claimed.v1")]
public sealed record EmailClaimed([property: Id(0)] Guid Owner) : IEvent;
