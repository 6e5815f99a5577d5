using System.Net;
using System.Net.Sockets;

namespace Keel.Api.Edge;

/// <summary>
/// Who a client is when it has no token: its address as the connection (or a trusted proxy, <see cref="TrustedProxies"/>)
/// says, an IPv4 address whole and an IPv6 address by its /64 network, the smallest block one subscriber usually holds.
/// A client cannot choose it.
/// </summary>
public static class ClientIdentity
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
