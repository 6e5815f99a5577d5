namespace Keel.Grains.Interfaces.Email;

/// <summary>The Email service: its name is also the stream namespace its events would be delivered on.</summary>
public static class EmailService
{
    public const string Name = "email";
}
