using Keel.ServiceDefaults;

namespace Keel.Grains.Tests;

public sealed class RedactionTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZGEiLCJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ";

    [Theory]
    [InlineData("Request starting HTTP/1.1 GET http://127.0.0.1:5080/api/v1/email/messages?to=ada%40example.com - - -",
        "Request starting HTTP/1.1 GET http://127.0.0.1:5080/api/v1/email/messages?<redacted> - - -")]
    [InlineData("GET /api/v1/lobby/players/ada/events?lastEventId=3&access_token=" + Jwt + " 200",
        "GET /api/v1/lobby/players/ada/events?<redacted> 200")]
    [InlineData("url.query=?access_token=Redacted", "url.query=?<redacted>")]
    [InlineData("IDX10223: token " + Jwt + " is expired", "IDX10223: token <token> is expired")]
    [InlineData("Authorization: Bearer abc-opaque.token/value==", "Authorization: Bearer <token>")]
    [InlineData("Host=db;Username=keel;Password=hunter2;Database=keel", "Host=db;Username=keel;<redacted>;Database=keel")]
    [InlineData("form: token=abc&state=1", "form: <redacted>&state=1")]
    [InlineData("Response did not arrive on time for keel.email.mailbox/Ada@example.com", "Response did not arrive on time for keel.email.mailbox/<address>")]
    [InlineData("5.1.1 <ada.lovelace+keel@mail.example.org>: Recipient address rejected", "5.1.1 <<address>>: Recipient address rejected")]
    [InlineData("Request starting HTTP/1.1 GET http://h/api/v1/users/ada%40Example.com - - -", "Request starting HTTP/1.1 GET http://h/api/v1/users/<address> - - -")]
    public void TakesOutQueriesCredentialsAndAddresses(string text, string expected) =>
        Assert.Equal(expected, Redaction.Redact(text));

    [Theory]
    [InlineData("Request starting HTTP/1.1 GET http://127.0.0.1:5080/api/v1/users/0b9c4a1e - - -")]
    [InlineData("Request finished HTTP/1.1 POST http://127.0.0.1:5080/api/v1/users - 201 - application/json 12.3ms")]
    [InlineData("Grain sys.client/hosted-127.0.0.1:30000@12345 is a client, not an address")]
    [InlineData("Partition 3: batch=20 appends, is that all?")]
    public void LeavesOrdinaryTextAsTheSameInstance(string text) =>
        Assert.Same(text, Redaction.Redact(text));

    [Fact]
    public void StructuredValuesKeepTheirTypeUnlessTheirTextNeedsRedaction()
    {
        var id = Guid.NewGuid();

        Assert.Equal(42L, Redaction.Redact((object)42L));
        Assert.Equal(id, Redaction.Redact((object)id));
        Assert.Equal("keel.email.mailbox/<address>", Redaction.Redact((object)new Uri("keel.email.mailbox/ada@example.com", UriKind.Relative)));
        Assert.Equal(new object?[] { "<address>", "plain" }, Redaction.Redact((object)new[] { "ada@example.com", "plain" }));
        var plain = new[] { "plain" };
        Assert.Same(plain, Redaction.Redact((object)plain));
    }
}
