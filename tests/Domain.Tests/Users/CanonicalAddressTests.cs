using Keel.Domain.Users;

namespace Keel.Domain.Tests;

/// <summary>
/// One canonical form of an address (issue 20, #10): the whole address in lower case is its identity, local part
/// included; the address keeps the spelling it was written in for display and delivery.
/// </summary>
public class CanonicalAddressTests
{
    [Theory]
    [InlineData(" Leaky.Person@Example.COM ", "Leaky.Person@example.com", "leaky.person@example.com")]
    [InlineData("leaky.person@example.com", "leaky.person@example.com", "leaky.person@example.com")]
    [InlineData("ADA+Tag_1@SUB.Example.co.UK", "ADA+Tag_1@sub.example.co.uk", "ada+tag_1@sub.example.co.uk")]
    public void TheCanonicalFormIsTheWholeAddressInLowerCaseAndTheValueKeepsTheLocalPartsCase(string input, string value, string canonical)
    {
        var address = EmailAddress.Parse(input);

        Assert.Equal(value, address.Value);
        Assert.Equal(canonical, address.Canonical);
    }

    [Fact]
    public void AddressesThatDifferOnlyInTheLocalPartsCaseAreOneAddress()
    {
        var (mixed, lower, upper) = (EmailAddress.Parse("Leaky.Person@example.com"), EmailAddress.Parse("leaky.person@example.com"), EmailAddress.Parse("LEAKY.PERSON@EXAMPLE.COM"));

        Assert.Equal(mixed, lower);
        Assert.True(lower == upper);
        Assert.Equal(mixed.GetHashCode(), upper.GetHashCode());
        Assert.Single(new HashSet<EmailAddress> { mixed, lower, upper });
        Assert.NotEqual(EmailAddress.Parse("leaky.person2@example.com"), lower);
    }

    [Fact]
    public void TheCanonicalFormIsTheSameInEveryCulture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("iris@example.com", EmailAddress.Parse("IRIS@example.com").Canonical);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("Ada.Lovelace@example.com", "ada.lovelace@example.com")]
    [InlineData("ada@example.com", "ada@example.com")]
    [InlineData("not an address", "not an address")]
    public void AStoredKeyIsCanonicalizedWhenItHoldsAnAddress(string key, string canonical) =>
        Assert.Equal(canonical, EmailAddress.CanonicalKey(key));
}
