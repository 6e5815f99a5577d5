namespace Keel.Testing.Fuzz;

/// <summary>
/// Valid credentials for the share of fuzz requests the run authorizes: an admin's token or an ordinary caller's (so
/// both the admin paths and the 403s are reached); the other requests carry no token or the generator's garbage.
/// </summary>
public static class FuzzAuth
{
    private static readonly string UserToken = TestAuth.TokenFor("0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f");

    public static Task<FuzzRequest> AuthorizeAsync(FuzzRequest request) => Task.FromResult(request.WithHeader(
        "Authorization", $"Bearer {((request.Target.Length + request.Method.Length) % 3 == 0 ? UserToken : TestAuth.AdminToken)}"));
}
