using Microsoft.AspNetCore.Mvc;

namespace Keel.Api.Http;

/// <summary>The one place where rejections become RFC 9457 problem details.</summary>
public static class Problems
{
    public static ProblemHttpResult From(Rejection rejection)
    {
        var status = StatusFor(rejection.Kind);
        var details = rejection.Errors is { } errors
            ? new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        details.Status = status;
        details.Title = TitleFor(rejection.Kind);
        details.Detail = rejection.Detail;
        details.Type = TypeFor(rejection.Code);
        details.Extensions["code"] = rejection.Code;
        return TypedResults.Problem(details);
    }

    public static ProblemHttpResult Invalid(string field, string message) =>
        From(Rejection.Invalid(new Dictionary<string, string[]> { [field] = [message] }));

    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors) => From(Rejection.Invalid(errors));

    public static ProblemHttpResult NotFound(string code, string detail) =>
        From(new Rejection(code, detail, RejectionKind.NotFound));

    /// <summary>A problem of the edge itself (not a command's rejection): its status, code and detail.</summary>
    public static ProblemHttpResult Of(int status, string code, string detail)
    {
        var details = new ProblemDetails { Status = status, Detail = detail, Type = TypeFor(code) };
        details.Extensions["code"] = code;
        return TypedResults.Problem(details);
    }

    public static ProblemHttpResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, "forbidden", detail);

    public static string TypeFor(string code) => $"urn:keel:problem:{code}";

    public static int StatusFor(RejectionKind kind) => kind switch
    {
        RejectionKind.Invalid => StatusCodes.Status400BadRequest,
        RejectionKind.NotFound => StatusCodes.Status404NotFound,
        RejectionKind.Conflict => StatusCodes.Status409Conflict,
        RejectionKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static string TitleFor(RejectionKind kind) => kind switch
    {
        RejectionKind.Invalid => "The request is invalid.",
        RejectionKind.NotFound => "Not found.",
        RejectionKind.Conflict => "The request conflicts with the current state.",
        RejectionKind.Unavailable => "The service is unavailable.",
        _ => "The request failed.",
    };
}
