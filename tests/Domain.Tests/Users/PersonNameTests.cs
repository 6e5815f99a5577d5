using Keel.Domain.Users;

namespace Keel.Domain.Tests;

public class PersonNameTests
{
    [Fact]
    public void TrimsAName() => Assert.Equal("Ada", PersonName.Parse("  Ada ").Value);

    [Fact]
    public void AcceptsTwoHundredCharacters() => Assert.True(PersonName.TryParse(new string('x', 200), out _, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Ada\u0000")]
    public void RejectsAnEmptyOrControlCharacterName(string? input) => Assert.False(PersonName.TryParse(input, out _, out _));

    [Fact]
    public void RejectsMoreThanTwoHundredCharacters()
    {
        Assert.False(PersonName.TryParse(new string('x', 201), out _, out var error));
        Assert.Contains("200", error, StringComparison.Ordinal);
    }
}
