using System.Text.Json.Serialization;

// Baseline A: what a user would write without Keel and without a database. Same route, same JSON in and out,
// the same kind of validation, 201 with a Location. Nothing is stored and nothing is cached.
var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});
builder.Services.AddProblemDetails();

var app = builder.Build();
app.MapPost("/api/v1/users", (RegisterUser request) =>
{
    var errors = Validation.Check(request, out var email, out var name);
    if (errors.Count > 0)
    {
        return Results.ValidationProblem(errors);
    }
    var user = new UserView(Guid.CreateVersion7(), email, name, DateTimeOffset.UtcNow);
    return Results.Created($"/api/v1/users/{user.UserId}", user);
});
app.MapGet("/alive", () => Results.Ok());
app.Run();

internal sealed record RegisterUser(string Email, string Name);

internal sealed record UserView(Guid UserId, string Email, string Name, DateTimeOffset RegisteredAt);

/// <summary>The checks a user would write by hand: non-empty, an e-mail shape, a name of at most 200 characters.</summary>
internal static class Validation
{
    public static Dictionary<string, string[]> Check(RegisterUser request, out string email, out string name)
    {
        var errors = new Dictionary<string, string[]>();
        email = request.Email?.Trim() ?? "";
        name = request.Name?.Trim() ?? "";
        var at = email.IndexOf('@');
        if (email.Length is 0 or > 254 || at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1
            || !email.AsSpan(at + 1).Contains('.') || email.Any(char.IsWhiteSpace))
        {
            errors["email"] = ["An e-mail address has the form local@domain."];
        }
        else
        {
            email = string.Concat(email.AsSpan(0, at + 1), email[(at + 1)..].ToLowerInvariant());
        }
        if (name.Length is 0 or > 200 || name.Any(char.IsControl))
        {
            errors["name"] = ["A name has 1 to 200 characters and no control characters."];
        }
        return errors;
    }
}
