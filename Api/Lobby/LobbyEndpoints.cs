using System.Security.Claims;
using Keel.Grains.Interfaces.Lobby;
using Keel.Domain.Lobby;

namespace Keel.Api.Lobby;

/// <summary>The Lobby service over HTTP: a player's commands and state, and the rooms.</summary>
[ServiceEndpoints]
public static class LobbyEndpoints
{
    internal const string BadPlayer = "A player id has 1 to 64 letters, digits, '-', '_' or '.'.";

    public static RouteGroupBuilder MapLobbyEndpoints(this IEndpointRouteBuilder routes)
    {
        var lobby = routes.MapGroup("/lobby").WithTags("Lobby");
        var player = lobby.MapGroup($"/players/{{{Players.RouteValue}}}").DocumentsPlayer().ForThemselves();
        player.MapPost("/join", JoinAsync)
            .WithName("JoinRoom")
            .WithSummary("Take a seat")
            .WithDescription("friends:new:{seats} opens a friends room (201), friends:{code} joins one, global:2 joins the open shared two-player room (200). A room the player waited in before is left, with the buy-in refunded.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        player.MapPost("/leave", LeaveAsync)
            .WithName("LeaveAllRooms")
            .WithSummary("Leave the room the player waits in")
            .ProducesValidationProblem();
        player.MapPut("/wait-mode", UpdateWaitModeAsync)
            .WithName("UpdateWaitMode")
            .WithSummary("Choose whether going offline gives the seat up")
            .ProducesValidationProblem();
        player.MapPost("/offline", GoOfflineAsync)
            .WithName("GoOffline")
            .WithSummary("Report the player offline")
            .WithDescription("With wait mode OnlineOnly the player leaves their waiting room; OnlineAndOffline keeps the seat.")
            .ProducesValidationProblem();
        player.MapGet("/", GetPlayerAsync)
            .WithName("GetPlayer")
            .WithSummary("Get a player's lobby state")
            .ProducesValidationProblem();
        lobby.MapGet("/rooms/{roomId}", GetRoomAsync)
            .WithName("GetRoom")
            .WithSummary("Get a room and who sits in it")
            .WithDescription("Only for the players seated in it (and admins): a room the caller does not sit in is not found, as one nobody opened, so a guessed code says nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return lobby;
    }

    public static async Task<Results<Created<RoomView>, Ok<RoomView>, ProblemHttpResult>> JoinAsync(
        JoinRoom command, HttpContext http, IGrainFactory grains)
    {
        if (Players.PlayerOf(http) is not { } player)
        {
            return Problems.Invalid(Players.RouteValue, BadPlayer);
        }
        var result = await grains.GetGrain<IPlayerGrain>(player.Value).JoinAsync(command);
        if (!result.IsAccepted)
        {
            return Problems.From(result.Rejection);
        }
        var room = result.Value.Room;
        return result.Value.Opened ? TypedResults.Created($"/api/v1/lobby/rooms/{room.RoomId}", room) : TypedResults.Ok(room);
    }

    public static Task<Results<Ok<PlayerView>, ProblemHttpResult>> LeaveAsync(HttpContext http, IGrainFactory grains) =>
        RunAsync(http, grains, player => player.LeaveAllRoomsAsync());

    public static Task<Results<Ok<PlayerView>, ProblemHttpResult>> UpdateWaitModeAsync(
        UpdateWaitMode command, HttpContext http, IGrainFactory grains) =>
        Enum.IsDefined(command.Mode)
            ? RunAsync(http, grains, player => player.UpdateWaitModeAsync(command))
            : Task.FromResult<Results<Ok<PlayerView>, ProblemHttpResult>>(Problems.Invalid("mode", "The mode is OnlineOnly or OnlineAndOffline."));

    public static Task<Results<Ok<PlayerView>, ProblemHttpResult>> GoOfflineAsync(HttpContext http, IGrainFactory grains) =>
        RunAsync(http, grains, player => player.GoOfflineAsync());

    public static Task<Results<Ok<PlayerView>, ProblemHttpResult>> GetPlayerAsync(HttpContext http, IGrainFactory grains) =>
        RunAsync(http, grains, player => player.GetAsync());

    /// <summary>Read from the log, so a guessed id activates no room; a room the caller does not sit in answers as one nobody opened.</summary>
    public static async Task<Results<Ok<RoomView>, ProblemHttpResult>> GetRoomAsync(string roomId, AggregateReads reads, ClaimsPrincipal caller)
    {
        if (!RoomId.TryParse(roomId, out var id))
        {
            return Problems.Invalid("roomId", "A room id is friends-{code} or global2-{number}.");
        }
        var room = await reads.StateOfAsync<IRoomGrain, Room, RoomEvent>(id.Value);
        return RoomView.Of(room) is { } view && (caller.IsAdmin() || (Players.CallerOf(caller) is { } player && room.IsSeated(player)))
            ? TypedResults.Ok(view)
            : Problems.NotFound("lobby.not-exist", $"Nobody opened a room at {id.Address}, or the caller does not sit in it.");
    }

    private static async Task<Results<Ok<PlayerView>, ProblemHttpResult>> RunAsync(
        HttpContext http, IGrainFactory grains, Func<IPlayerGrain, Task<PlayerView>> command) =>
        Players.PlayerOf(http) is { } player
            ? TypedResults.Ok(await command(grains.GetGrain<IPlayerGrain>(player.Value)))
            : Problems.Invalid(Players.RouteValue, BadPlayer);
}
