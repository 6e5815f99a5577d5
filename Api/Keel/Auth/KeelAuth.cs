namespace Keel.Api.Auth;

/// <summary>The names Keel's authorization uses: the admin role and its policy, and the token's claims.</summary>
public static class KeelAuth
{
    /// <summary>The role that may read every user's data, use the operator endpoints and the dashboard.</summary>
    public const string AdminRole = "admin";

    /// <summary>The policy of the operator endpoints and the dashboard: an authenticated caller in the admin role.</summary>
    public const string AdminPolicy = "keel-admin";

    /// <summary>The caller's id: the JWT <c>sub</c> claim (for a user, their user id).</summary>
    public const string SubjectClaim = "sub";

    /// <summary>Roles travel in the JWT <c>role</c> claim (one claim per role).</summary>
    public const string RoleClaim = "role";

    /// <summary>What the event log records as the actor of a request without a token (registration).</summary>
    public const string Anonymous = "anonymous";
}
