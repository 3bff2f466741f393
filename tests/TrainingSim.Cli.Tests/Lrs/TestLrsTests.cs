using System.Net;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Lrs;

/// <summary>The test LRS behaves as the sync code assumes (these are the behaviours measured in issue 10).</summary>
public class TestLrsTests
{
    private const string Template =
        """{"id":"ID","actor":{"objectType":"Agent","account":{"homePage":"https://trainingsim.example/trainees","name":"NAME"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/attempted"},"object":{"objectType":"Activity","id":"https://trainingsim.example/xapi/scenarios/probe"},"timestamp":"2026-11-23T08:15:44.6060959+00:00"}""";

    [LrsFact]
    public void Post_SameStatementTwice_OkBothTimes_ConflictWithOtherContent()
    {
        using var lrs = new LrsProbe(TestLrs.Shared);
        var id = Guid.NewGuid().ToString("D");
        var statement = Template.Replace("ID", id, StringComparison.Ordinal).Replace("NAME", "alice", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, lrs.Post($"[{statement}]"));
        Assert.Equal(HttpStatusCode.OK, lrs.Post($"[{statement}]"));
        Assert.Equal(HttpStatusCode.Conflict, lrs.Post($"[{statement.Replace("alice", "bob", StringComparison.Ordinal)}]"));
        Assert.Equal(HttpStatusCode.Conflict, lrs.Post($"[{statement.Replace(".6060959+00:00", ".606Z", StringComparison.Ordinal)}]"));
    }

    [LrsFact]
    public void Post_WithoutVersionHeader_BadRequest()
    {
        using var lrs = new LrsProbe(TestLrs.Shared, withVersion: false);
        var statement = Template.Replace("ID", Guid.NewGuid().ToString("D"), StringComparison.Ordinal).Replace("NAME", "a", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, lrs.Post($"[{statement}]"));
    }

    [LrsFact(shared: false)]
    public void PrivateLrs_ListensOnLoopbackOnly_AndStartsEmpty()
    {
        using var lrs = TestLrs.Start();
        using var probe = new LrsProbe(lrs.Endpoint);

        Assert.Equal("127.0.0.1", lrs.Endpoint.Host);
        Assert.Empty(probe.All());
        var listening = File.ReadAllText("/proc/net/tcp").Split('\n')
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 3 && f[3] == "0A" && f[1].EndsWith($":{lrs.Endpoint.Port:X4}", StringComparison.Ordinal))
            .Select(f => f[1]).ToList();
        Assert.Equal(["0100007F:" + lrs.Endpoint.Port.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)], listening);
    }
}
