using Microsoft.Extensions.Hosting;
using Keel.Silo.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo.AddKeel(builder.Configuration));
return builder.Build().RunKeel();
