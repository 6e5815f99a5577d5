using Keel.Grains.Streaming;
using Keel.Grains.Postgres.Streaming;

namespace Keel.Streaming.Tests;

public class StreamDeliveryFailuresTests
{
    [Theory]
    [InlineData("Response did not arrive on time for keel.email.mailbox/Ada@example.com", "keel.email.mailbox/<address>")]
    [InlineData("5.1.1 <ada.lovelace+keel@mail.example.org>: Recipient address rejected", "<<address>>: Recipient address rejected")]
    public void ReasonsKeepNoAddresses(string message, string expected)
    {
        var reason = StreamDeliveryFailures.Describe(new InvalidOperationException(message));

        Assert.DoesNotContain("@", reason, StringComparison.Ordinal);
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }
}
