using Keel.Browser.Games;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<HotSeat>("#app");
await builder.Build().RunAsync();
