using Keel.Domain.Users;

namespace Keel.Grains.Interfaces.Users;

/// <summary>Turns a <see cref="RegisterUser"/> request into domain values, or names every invalid field.</summary>
public static class UserInput
{
    public static bool TryParse(
        RegisterUser request, out EmailAddress email, out PersonName name, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (!EmailAddress.TryParse(request.Email, out email, out var emailError))
        {
            errors["email"] = [emailError];
        }
        if (!PersonName.TryParse(request.Name, out name, out var nameError))
        {
            errors["name"] = [nameError];
        }
        return errors.Count == 0;
    }
}
