using System.Security.Cryptography;

namespace Keel.Grains.Games;

/// <summary>The Games service's entropy: two dice for a roll. The engine draws nothing; tests script the dice.</summary>
internal interface IDice
{
    (int First, int Second) Roll();
}

/// <summary>Fair dice from the operating system's cryptographic generator: no player can predict the next roll.</summary>
internal sealed class RandomDice : IDice
{
    public static RandomDice Instance { get; } = new();

    public (int First, int Second) Roll() => (RandomNumberGenerator.GetInt32(1, 7), RandomNumberGenerator.GetInt32(1, 7));
}
