using System.Security.Cryptography;
using System.Text;

namespace TrainingSim.Interchange.Export;

/// <summary>Name-based UUIDs, version 5 (SHA-1) of RFC 9562: the same namespace and name always give the same id.</summary>
public static class NameBasedUuid
{
    /// <summary>The RFC's namespace for URLs.</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    public static Guid Create(Guid namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        Span<byte> input = nameBytes.Length <= 512 ? stackalloc byte[16 + nameBytes.Length] : new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input[16..]);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
#pragma warning disable CA5350 // SHA-1 is what version 5 is defined with; it names, it does not protect.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
