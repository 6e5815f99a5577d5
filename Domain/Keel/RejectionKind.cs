namespace Keel.Domain;

/// <summary>The family of a rejection; the HTTP edge maps each family to one status code (404, 409, 400; 503 is the edge's own).</summary>
public enum RejectionKind
{
    /// <summary>The input is not acceptable (400).</summary>
    Invalid = 1,

    /// <summary>The target does not exist (404).</summary>
    NotFound = 2,

    /// <summary>The command conflicts with the current state (409).</summary>
    Conflict = 3,

    /// <summary>What the request needs is not running right now (503); retrying later can succeed.</summary>
    Unavailable = 4,
}
