using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Keel.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer authentication (issuer, audience and keys from <c>Keel:Auth</c>) and the admin policy. Endpoints
    /// under <c>/api/v1</c> require an authenticated caller unless they opt out (<c>AllowAnonymous</c>).
    /// </summary>
    public static IServiceCollection AddKeelAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = AuthSettings.Read(configuration, environment);
        services.AddSingleton(settings);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Authority = settings.Authority;
            options.RequireHttpsMetadata = !environment.IsDevelopment();
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = settings.SigningKey,
                ValidateIssuerSigningKey = true,
                NameClaimType = KeelAuth.SubjectClaim,
                RoleClaimType = KeelAuth.RoleClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            options.Events = new JwtBearerEvents { OnMessageReceived = DashboardToken.ReadAsync };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(KeelAuth.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(KeelAuth.AdminRole));
        return services;
    }
}
