// What every service's contracts use from Keel, imported once.
global using Keel.Domain;
global using Orleans.Concurrency;
