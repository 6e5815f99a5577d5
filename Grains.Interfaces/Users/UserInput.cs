using Keel.Domain.Users;

namespace Keel.Contracts.Users;

/// <summary>Turns a <see cref="RegisterUser"/> request into domain values, or names every invalid field.</summary>
public static class UserInput
{
    public static bool TryParse(
        RegisterUser request, out Email email, out PersonName name, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (!Email.TryParse(request.Email, out email, out var emailError))
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
