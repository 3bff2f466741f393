using System.Net;
using System.Net.Sockets;
using Terminal.Gui.Input;
using TrainingSim.Interchange.Export;
using TrainingSim.Core.Progress;
using TrainingSim.Interchange.Sync;
using TrainingSim.Storage;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Sync;

/// <summary>What the background sync tests share: a classroom database as the program opens it (statements go
/// into its outbox), an LRS endpoint, a whole call played through the keys.</summary>
internal static class SyncPlay
{
    /// <summary>The progress database at <paramref name="path"/> with the statements the program writes.</summary>
    public static LiteDbProgressStore Open(string path)
    {
        var store = LiteDbProgressStore.Open(path);
        store.Statements = new XapiExporter(TestScenarios.All.ToDictionary(s => s.Id, StringComparer.Ordinal));
        return store;
    }

    public static LrsEndpoint Endpoint(Uri endpoint, string user = "classroom-3") => new(endpoint, user, "secret");

    /// <summary>An endpoint on 127.0.0.1 where nothing listens: connections are refused, as with the LRS down.</summary>
    public static LrsEndpoint Nowhere()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return Endpoint(new Uri($"http://127.0.0.1:{port}/xAPI/"));
    }

    /// <summary>From sign-in: a new trainee plays the billing call to its end and lands on the scorecard.</summary>
    public static GameHarness PlayBilling(this GameHarness game, string name = "张小明") =>
        game.SignInNew(name).Press(Key.Enter).Press(Key.Enter)
            .Type("您好，非常抱歉，我马上帮您查一下").Press(Key.Enter)
            .Choose(1).Press(Key.Enter).Press(Key.Enter);

    /// <summary>The ids of every statement of every attempt in the store, as <c>export</c> would write them.</summary>
    public static HashSet<string> StatementIds(IProgressStore store) =>
        [.. store.Attempts(AttemptQuery.All).SelectMany(XapiExporter.StatementIds).Select(id => id.ToString())];
}
