using TrainingSim.Core.Security;

namespace TrainingSim.Core.Tests.Security;

public class PassphraseHasherTests
{
    [Fact]
    public void Hash_Passphrase_StoresSchemeIterationsSaltAndHash()
    {
        var stored = PassphraseHasher.Hash("长城宽带客服2026");

        var parts = stored.Split('$');
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("600000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.True(PassphraseHasher.Verify("长城宽带客服2026", stored));
        Assert.False(PassphraseHasher.Verify("长城宽带客服2025", stored));
    }

    [Fact]
    public void Hash_SamePassphraseTwice_DifferentSalt()
    {
        var stored = PassphraseHasher.Hash("same passphrase", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], 1000);
        var again = PassphraseHasher.Hash("same passphrase", [16, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 1], 1000);

        Assert.NotEqual(stored, again);
        Assert.True(PassphraseHasher.Verify("same passphrase", again));
    }

    [Fact]
    public void Verify_KnownVector_MatchesPbkdf2Sha256()
    {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, first 32 bytes.
        var stored = "pbkdf2-sha256$1$" + Convert.ToBase64String("salt"u8.ToArray()) + "$" +
            Convert.ToBase64String(Convert.FromHexString("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));

        Assert.True(PassphraseHasher.Verify("passwd", stored));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha1$1000$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("pbkdf2-sha256$1000$AAAA$")]
    public void Verify_MalformedStoredText_IsFalse(string stored) => Assert.False(PassphraseHasher.Verify("anything", stored));
}
