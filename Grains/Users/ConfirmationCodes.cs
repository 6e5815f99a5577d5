using System.Security.Cryptography;
using Keel.Domain.Users;

namespace Keel.Grains.Users;

/// <summary>Draws confirmation codes: uniformly from the code's alphabet, with the operating system's cryptographic generator.</summary>
internal static class ConfirmationCodes
{
    public static ConfirmationCode Next() => ConfirmationCode.Parse(RandomNumberGenerator.GetString(ConfirmationCode.Alphabet, ConfirmationCode.Length));
}
