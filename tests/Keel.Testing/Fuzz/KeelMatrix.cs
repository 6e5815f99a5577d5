using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Keel.Domain.Lobby;

namespace Keel.Testing.Fuzz;

/// <summary>
/// Keel's routes in the <see cref="AuthorizationMatrix"/>: a registered caller who sits in a filled room (whose game
/// started), another user who sits in another, and what each route parameter takes. A new route whose parameter is
/// named here is in the matrix at once; a new parameter name fails it until it is described.
/// </summary>
public static class KeelMatrix
{
    public static async Task<AuthorizationMatrix> ArrangeAsync(IServiceProvider services, HttpClient anonymous, HttpClient admin, Action<string> writeLine)
    {
        var caller = await RegisterAsync(anonymous, "matrix-caller");
        var other = await RegisterAsync(anonymous, "matrix-other");
        var own = await FillRoomAsync(admin, caller, $"matrix-partner-{Guid.NewGuid():N}");
        var theirs = await FillRoomAsync(admin, other, $"matrix-another-{Guid.NewGuid():N}");
        var nobodys = RoomId.Friends(RoomCode.From(RandomNumberGenerator.GetInt32(RoomCode.Count))).Value;
        var room = new MatrixValues(own,
            [
                new("a room the caller does not sit in", theirs),
                new("a room nobody opened", nobodys),
                new("the code in lower case", own.ToLowerInvariant()),
                new("a global room", "global2-1"),
            ],
            [new("percent-encoded throughout", MatrixValues.Encoded(own))]);
        return new AuthorizationMatrix
        {
            Services = services,
            Http = anonymous,
            CallerToken = TestAuth.TokenFor(caller),
            AdminToken = TestAuth.AdminToken,
            LookAlikeCallers =
            [
                ("the caller's sub in upper case", TestAuth.TokenFor(caller.ToUpperInvariant())),
                ("the caller's sub in braces", TestAuth.TokenFor($"{{{caller}}}")),
                ("the caller's sub with a trailing space", TestAuth.TokenFor(caller + " ")),
            ],
            RefusedTokens = WrongTokens.Refused(caller),
            Parameters = new Dictionary<string, MatrixValues>
            {
                ["userId"] = MatrixValues.OwnId(caller,
                    new MatrixVariant("another user's id", other), new MatrixVariant("an id nobody registered", Guid.NewGuid().ToString()),
                    new MatrixVariant("the id in braces", $"{{{caller}}}")),
                ["playerId"] = MatrixValues.OwnId(caller, new MatrixVariant("another player's id", other)),
                ["roomId"] = room,
                ["gameId"] = room,
                // Admin routes: the admin may name any service or dead letter; everyone else is refused whatever the values.
                ["service"] = new("users", [], []),
                ["id"] = new("1", [], []),
                ["name"] = new("statistics", [], []),
                // The public OpenAPI document and its Scalar page.
                ["documentName"] = new("v1", [], []),
            },
            Bodies = new Dictionary<string, string>
            {
                ["PUT /api/v1/users/{userId}/name"] = """{"name":"Matrix Caller"}""",
                ["POST /api/v1/users/{userId}/email/confirm"] = """{"code":"22222222222222222222222222"}""",
                ["POST /api/v1/lobby/players/{playerId}/join"] = $$"""{"address":"friends:{{own[^6..]}}"}""",
                ["PUT /api/v1/lobby/players/{playerId}/wait-mode"] = """{"mode":"OnlineAndOffline"}""",
            },
            WriteLine = writeLine,
        };
    }

    private static async Task<string> RegisterAsync(HttpClient anonymous, string name)
    {
        var response = await anonymous.PostAsJsonAsync("/api/v1/users", new { email = $"{name}-{Guid.NewGuid():N}@example.com", name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString()!;
    }

    /// <summary>Two players fill a friends room (an admin acts for them); returns its id once its game has started.</summary>
    private static async Task<string> FillRoomAsync(HttpClient admin, string first, string second)
    {
        var opened = await admin.PostAsJsonAsync($"/api/v1/lobby/players/{first}/join", new { address = "friends:new:2" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var room = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roomId").GetString()!;
        var joined = await admin.PostAsJsonAsync($"/api/v1/lobby/players/{second}/join", new { address = $"friends:{room[^6..]}" });
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        await Eventually.GetAsync(() => admin.GetAsync($"/api/v1/games/{room}"), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(20), $"the game of {room}");
        return room;
    }
}
