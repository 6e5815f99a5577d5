using Keel.Domain.Users;

namespace Keel.Grains.Interfaces.Users;

/// <summary>One user account, keyed by its user id.</summary>
[Alias("keel.users.IUserGrain")]
public interface IUserGrain : IGrainWithGuidKey
{
    /// <summary>Registers the account under this grain's id. Repeating the same registration changes nothing.</summary>
    [Alias("register")]
    Task<CommandResult<User.Registered>> RegisterAsync(RegisterUser command);

    /// <summary>Changes the registered user's display name.</summary>
    [Alias("change-name")]
    Task<CommandResult<User.Registered>> ChangeNameAsync(UserCommand.ChangeName command);

    /// <summary>Confirms the user's address with the code of their welcome mail (its ownership checks it).</summary>
    [Alias("confirm-email")]
    Task<CommandResult<User.Registered>> ConfirmEmailAsync(UserCommand.ConfirmEmail command);

    /// <summary>The user, or null when this id is not registered.</summary>
    [Alias("get"), ReadOnly]
    Task<User.Registered?> GetAsync();
}
