using Keel.Domain.Users;

namespace Keel.Domain.Tests;

public class EmailTests
{
    [Theory]
    [InlineData("ada@example.com", "ada@example.com")]
    [InlineData("  Ada@Example.COM ", "Ada@example.com")]
    [InlineData("first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk")]
    public void NormalizesAValidAddress(string input, string expected)
    {
        Assert.True(EmailAddress.TryParse(input, out var email, out _));
        Assert.Equal(expected, email.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("plainaddress")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada@@example.com")]
    [InlineData("ada@example")]
    [InlineData("ada@exa mple.com")]
    [InlineData("ada..lovelace@example.com")]
    [InlineData(".ada@example.com")]
    [InlineData("ada@-example.com")]
    [InlineData("ada@example..com")]
    [InlineData("ad(a)@example.com")]
    public void RejectsAnInvalidAddressWithAReason(string? input)
    {
        Assert.False(EmailAddress.TryParse(input, out _, out var error));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void RejectsAnAddressLongerThanTheStandardAllows()
    {
        var local = new string('a', 64);
        var domain = string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".com";

        Assert.False(EmailAddress.TryParse($"{local}@{domain}", out _, out _));
    }

    [Fact]
    public void AddressesThatDifferOnlyInTheDomainsCaseAreEqual() =>
        Assert.Equal(EmailAddress.Parse("Ada@EXAMPLE.com"), EmailAddress.Parse("Ada@example.COM"));
}
