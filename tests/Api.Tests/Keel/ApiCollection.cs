namespace Keel.Api.Tests;

/// <summary>The Api tests share one co-hosted Api (the kit's <see cref="KeelApiFactory"/>).</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<KeelApiFactory>
{
    public const string Name = "api";
}
