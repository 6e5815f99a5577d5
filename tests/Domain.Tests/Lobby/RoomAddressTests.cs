using Keel.Domain.Lobby;

namespace Keel.Domain.Tests;

public class RoomAddressTests
{
    [Theory]
    [InlineData("friends:new:2", 2)]
    [InlineData("friends:new:6", 6)]
    [InlineData(" friends:new:4 ", 4)]
    public void ANewFriendsRoomHasTwoToSixSeats(string text, int seats)
    {
        Assert.True(RoomAddress.TryParse(text, out var address, out _));
        Assert.Equal(new RoomAddress.NewFriendsRoom(seats), address);
    }

    [Fact]
    public void AFriendsCodeIsReadInUpperCase()
    {
        Assert.True(RoomAddress.TryParse("friends:k7qx2m", out var address, out _));
        Assert.Equal("K7QX2M", Assert.IsType<RoomAddress.FriendsRoom>(address).Code.Value);
    }

    [Fact]
    public void GlobalTwoIsTheSharedRoom()
    {
        Assert.True(RoomAddress.TryParse("global:2", out var address, out _));
        Assert.IsType<RoomAddress.GlobalRoom>(address);
    }

    [Theory]
    [InlineData("friends:new:1")]
    [InlineData("friends:new:7")]
    [InlineData("friends:new:x")]
    [InlineData("friends:new:")]
    [InlineData("friends:new:+3")]
    [InlineData("friends:ABC")]
    [InlineData("friends:ABCDE0")]
    [InlineData("global:3")]
    [InlineData("global:1")]
    [InlineData("global:")]
    [InlineData("global")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("casino:2")]
    [InlineData("friends:new:2:extra")]
    public void AnythingElseIsABadAddress(string? text)
    {
        Assert.False(RoomAddress.TryParse(text, out _, out var rejection));
        Assert.Equal(text ?? "", rejection.Address);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Reason));
    }

    [Fact]
    public void CodesAreSixUnambiguousCharacters()
    {
        Assert.Equal("222222", RoomCode.From(0).Value);
        var last = RoomCode.From(RoomCode.Count - 1).Value;
        Assert.Equal("ZZZZZZ", last);
        Assert.DoesNotContain(RoomCode.Alphabet, c => c is '0' or 'O' or '1' or 'I' or 'L');
        Assert.Throws<ArgumentOutOfRangeException>(() => RoomCode.From(RoomCode.Count));
    }

    [Theory]
    [InlineData("friends-K7QX2M", true)]
    [InlineData("global2-17", true)]
    [InlineData("friends-k7qx2m", false)]
    [InlineData("global2-017", false)]
    [InlineData("global2-0", false)]
    [InlineData("global-17", false)]
    public void ARoomIdHasOneSpelling(string text, bool valid) => Assert.Equal(valid, RoomId.TryParse(text, out _));

    [Fact]
    public void ARoomIsJoinedByItsAddress()
    {
        Assert.Equal("friends:K7QX2M", RoomId.Parse("friends-K7QX2M").Address);
        Assert.Equal("global:2", RoomId.Global(3).Address);
    }

    [Theory]
    [InlineData("ada", true)]
    [InlineData("0196f7a2-5b1c-7d3e-8f00-1a2b3c4d5e6f", true)]
    [InlineData("", false)]
    [InlineData("a b", false)]
    [InlineData("a/b", false)]
    public void PlayerIdsAreShortAndPlain(string text, bool valid) => Assert.Equal(valid, PlayerId.TryParse(text, out _));
}
