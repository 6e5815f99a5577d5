// What every service's endpoints use from Keel, imported once.
global using Keel.Api.Auth;
global using Keel.Api.Http;
global using Keel.Api.Realtime;
global using Keel.Domain;
global using Keel.Grains.Interfaces;
global using Microsoft.AspNetCore.Http.HttpResults;
