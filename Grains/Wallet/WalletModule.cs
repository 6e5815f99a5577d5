using Keel.Grains.Interfaces.Wallet;
using Microsoft.Extensions.Configuration;

namespace Keel.Grains.Wallet;

/// <summary>The Wallet service: players' wallets and games' pots, moved by the Lobby's and the Games' events.</summary>
internal sealed class WalletModule() : KeelModule(WalletService.Name)
{
    public override void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<MoneyProcess.IGrains, MoneyProcess.Grains>();
        services.AddSingleton<MoneyProcess>();
    }
}
