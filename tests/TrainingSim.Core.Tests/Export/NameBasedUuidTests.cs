using TrainingSim.Interchange.Export;

namespace TrainingSim.Core.Tests.Export;

public class NameBasedUuidTests
{
    private static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    [Fact]
    public void Create_KnownVector_MatchesRfc() =>
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), NameBasedUuid.Create(DnsNamespace, "python.org"));

    [Fact]
    public void Create_SameName_SameId_DifferentName_DifferentId()
    {
        Assert.Equal(NameBasedUuid.Create(DnsNamespace, "a/answered/1"), NameBasedUuid.Create(DnsNamespace, "a/answered/1"));
        Assert.NotEqual(NameBasedUuid.Create(DnsNamespace, "a/answered/1"), NameBasedUuid.Create(DnsNamespace, "a/answered/2"));
    }
}
