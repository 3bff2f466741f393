using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrainingSim.Core.Security;

/// <summary>PBKDF2-HMAC-SHA256 passphrase hashes stored with their parameters:
/// <c>pbkdf2-sha256$600000$SALT$HASH</c> (salt and hash in base64). Verification reads the iteration count
/// from the stored text and compares in constant time.</summary>
public static class PassphraseHasher
{
    public const string Scheme = "pbkdf2-sha256";
    public const int Iterations = 600_000;
    public const int SaltBytes = 16;
    public const int HashBytes = 32;
    /// <summary>The fewest characters a new passphrase may have (older, shorter ones still unlock).</summary>
    public const int MinimumLength = 12;

    public static bool IsLongEnough(string passphrase) =>
        passphrase.EnumerateRunes().Count() >= MinimumLength;

    public static string Hash(string passphrase) => Hash(passphrase, RandomNumberGenerator.GetBytes(SaltBytes), Iterations);

    internal static string Hash(string passphrase, byte[] salt, int iterations)
    {
        var hash = Derive(passphrase, salt, iterations, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>False for a wrong passphrase and for stored text that is not a hash of this scheme.</summary>
    public static bool Verify(string passphrase, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
            return false;
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (expected.Length == 0)
            return false;
        var actual = Derive(passphrase, salt, iterations, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static byte[] Derive(string passphrase, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, iterations, HashAlgorithmName.SHA256, length);
}
