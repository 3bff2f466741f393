using System.Net;
using System.Net.Sockets;

namespace TrainingSim.Cli.Tests.Support;

/// <summary>What the proxy does with one request.</summary>
public enum Fault
{
    /// <summary>Forward it and return the LRS's answer.</summary>
    None,
    /// <summary>Answer 500 without forwarding.</summary>
    ServerError,
    /// <summary>Forward it (the LRS stores it), then never answer: the answer is lost (the client times out).</summary>
    DropAnswer,
    /// <summary>Wait a second, then forward (longer than a short --timeout).</summary>
    Slow,
    /// <summary>The cable is pulled: the request never reaches the LRS and is never answered.</summary>
    Cut,
}

/// <summary>An HTTP proxy on 127.0.0.1 in front of the test LRS that injects faults: a cable pulled
/// (<see cref="Stop"/>: connections refused) and plugged back (<see cref="Start"/>), 500s, slow answers, answers
/// lost after the LRS stored the statements.</summary>
public sealed class FaultyProxy : IDisposable
{
    private readonly Uri _target;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Func<int, Fault> _fault;
    private readonly CancellationTokenSource _closing = new();
    private HttpListener? _listener;
    private int _requests;

    public FaultyProxy(Uri lrsEndpoint, Func<int, Fault>? fault = null)
    {
        _target = new Uri(lrsEndpoint.GetLeftPart(UriPartial.Authority));
        _fault = fault ?? (_ => Fault.None);
        Port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{Port}{lrsEndpoint.AbsolutePath}");
        Start();
    }

    public int Port { get; }

    /// <summary>The LRS's endpoint as seen through the proxy.</summary>
    public Uri Endpoint { get; }

    /// <summary>Requests seen so far (1-based numbers are given to the fault function).</summary>
    public int Requests => Volatile.Read(ref _requests);

    public void Start()
    {
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _listener = listener;
        _ = Task.Run(() => Serve(listener));
    }

    /// <summary>Stops listening: new connections are refused.</summary>
    public void Stop()
    {
        var listener = Interlocked.Exchange(ref _listener, null);
        listener?.Abort();
    }

    public void Dispose()
    {
        Stop();
        _closing.Cancel();
        _http.Dispose();
        _closing.Dispose();
    }

    /// <summary>Holds the request unanswered until the proxy is disposed (the client gives up first).</summary>
    private async Task Unanswered(HttpListenerContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            context.Response.Abort();
        }
    }

    private async Task Serve(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        var fault = _fault(Interlocked.Increment(ref _requests));
        try
        {
            if (fault == Fault.ServerError)
            {
                context.Response.StatusCode = 500;
                context.Response.Close();
                return;
            }

            if (fault == Fault.Cut)
            {
                await Unanswered(context);
                return;
            }

            if (fault == Fault.Slow)
                await Task.Delay(TimeSpan.FromSeconds(1));
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), new Uri(_target, context.Request.RawUrl));
            foreach (var name in new[] { "Authorization", "X-Experience-API-Version" })
            {
                if (context.Request.Headers[name] is { } value)
                    request.Headers.TryAddWithoutValidation(name, value);
            }

            if (context.Request.HasEntityBody)
            {
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                request.Content = new ByteArrayContent(body.ToArray());
                request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
            }

            using var response = await _http.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (fault == Fault.DropAnswer)
            {
                await Unanswered(context);
                return;
            }

            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or HttpRequestException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            context.Response.Abort();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
