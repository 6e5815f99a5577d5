using Keel.Api.Http;

namespace Keel.Api.Lobby;

/// <summary>A small page that shows the lobby live: open a friends room, share its code, watch the seats fill.</summary>
[ServiceEndpoints]
public static class LobbyPage
{
    public static IEndpointConventionBuilder MapLobbyPage(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/lobby/page", () => TypedResults.Content(Html, "text/html; charset=utf-8")).ExcludeFromDescription();

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Keel lobby</title>
          <style>
            body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; }
            section { margin: 1rem 0; } ol { padding-left: 1.5rem; } .error { color: #b00020; }
          </style>
        </head>
        <body>
          <h1>Lobby</h1>
          <p>Playing as <strong id="player"></strong></p>
          <section>
            <label>Seats <input id="seats" type="number" min="2" max="6" value="3"></label>
            <button id="open">Open a friends room</button>
          </section>
          <section>
            <label>Code <input id="code" size="8"></label>
            <button id="join">Join by code</button>
            <button id="global">Join global:2</button>
            <button id="leave">Leave</button>
          </section>
          <p class="error" id="error"></p>
          <section id="room" hidden>
            <h2>Room <span id="address"></span> (<span id="status">waiting</span>)</h2>
            <ol id="table"></ol>
          </section>
          <script>
            const params = new URLSearchParams(location.search);
            const player = params.get("player") || "guest-" + Math.random().toString(36).slice(2, 10);
            const api = `/api/v1/lobby/players/${encodeURIComponent(player)}`;
            const $ = id => document.getElementById(id);
            $("player").textContent = player;
            let seats = [];

            function render() {
              $("table").replaceChildren(...seats.map((who, i) => {
                const li = document.createElement("li");
                li.dataset.seat = i + 1;
                li.textContent = who ?? "(free)";
                return li;
              }));
            }

            async function join(address) {
              $("error").textContent = "";
              const response = await fetch(`${api}/join`, {
                method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ address }) });
              if (!response.ok) {
                $("error").textContent = (await response.json()).detail;
              }
            }

            $("open").onclick = () => join(`friends:new:${$("seats").value}`);
            $("join").onclick = () => join(`friends:${$("code").value.trim()}`);
            $("global").onclick = () => join("global:2");
            $("leave").onclick = () => fetch(`${api}/leave`, { method: "POST" });

            const events = new EventSource(`${api}/events`);
            events.addEventListener("room-created", e => {
              const room = JSON.parse(e.data);
              seats = new Array(room.seats).fill(null);
              $("address").textContent = room.roomId.startsWith("friends-") ? `friends:${room.roomId.slice(8)}` : "global:2";
              $("status").textContent = "waiting";
              $("room").hidden = false;
              render();
            });
            events.addEventListener("player-joined", e => { const m = JSON.parse(e.data); seats[m.seat - 1] = m.playerId; render(); });
            events.addEventListener("player-left", e => {
              const m = JSON.parse(e.data);
              if (m.playerId === player) { $("room").hidden = true; } else { seats[m.seat - 1] = null; render(); }
            });
            events.addEventListener("room-filled-up", () => { $("status").textContent = "playing"; });
            events.addEventListener("join-failed", e => { $("error").textContent = JSON.parse(e.data).detail; });
          </script>
        </body>
        </html>
        """;
}
