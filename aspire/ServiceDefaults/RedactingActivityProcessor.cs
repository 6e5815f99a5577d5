using System.Diagnostics;
using OpenTelemetry;

namespace Keel.ServiceDefaults;

/// <summary>
/// Redacts every recorded span before any exporter sees it (it is the first processor): its name, its status text and
/// its text attributes. Orleans' grain-call spans name grain ids, and an address-keyed grain's id holds the address;
/// ASP.NET Core's <c>url.query</c> keeps the parameter names (<c>access_token=Redacted</c>) and all values once
/// <c>OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION</c> is set. Span events cannot be rewritten;
/// Keel records none.
/// </summary>
internal sealed class RedactingActivityProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        var name = Redaction.Redact(data.DisplayName);
        if (!ReferenceEquals(name, data.DisplayName))
        {
            data.DisplayName = name;
        }
        if (data.StatusDescription is { } status && Redaction.Redact(status) is var redactedStatus && !ReferenceEquals(redactedStatus, status))
        {
            data.SetStatus(data.Status, redactedStatus);
        }
        List<KeyValuePair<string, string>>? changed = null;
        foreach (ref readonly var tag in data.EnumerateTagObjects())
        {
            if (tag.Value is string text && Redaction.Redact(text) is var redacted && !ReferenceEquals(redacted, text))
            {
                (changed ??= []).Add(new(tag.Key, redacted));
            }
        }
        if (changed is not null)
        {
            foreach (var (key, value) in changed)
            {
                data.SetTag(key, value);
            }
        }
    }
}
