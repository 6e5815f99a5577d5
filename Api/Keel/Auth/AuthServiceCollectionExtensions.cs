using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Keel.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer authentication (issuer, audience, keys, algorithms and the longest lifetime from <c>Keel:Auth</c>; a
    /// <c>sub</c> and a <c>typ</c> of JWT or at+jwt required) and the admin policy. Endpoints
    /// under <c>/api/v1</c> require an authenticated caller unless they opt out (<c>AllowAnonymous</c>).
    /// </summary>
    public static IServiceCollection AddKeelAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = AuthSettings.Read(configuration, environment);
        services.AddSingleton(settings);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.SaveToken = false;   // nothing reads the token back; a stream would keep it as long as it lives
            options.Authority = settings.Authority;
            options.RequireHttpsMetadata = !environment.IsDevelopment();
            // Why a token was refused stays out of WWW-Authenticate outside Development.
            options.IncludeErrorDetails = environment.IsDevelopment();
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = settings.SigningKey,
                ValidateIssuerSigningKey = true,
                ValidAlgorithms = settings.Algorithms,
                ValidTypes = TokenRules.ValidTypes,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                NameClaimType = KeelAuth.SubjectClaim,
                RoleClaimType = KeelAuth.RoleClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = DashboardToken.ReadAsync,
                OnTokenValidated = context => TokenRules.CheckAsync(context, settings),
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(KeelAuth.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(KeelAuth.AdminRole));
        return services;
    }
}
