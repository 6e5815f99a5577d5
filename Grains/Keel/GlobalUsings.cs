// What every service's grains use from Keel, imported once.
global using Keel.Domain;
global using Keel.Grains.Interfaces;
global using Keel.Grains.Messaging;
global using Keel.Grains.Services;
global using Microsoft.Extensions.DependencyInjection;
