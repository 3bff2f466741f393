using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;

namespace TrainingSim.Interchange.Sync;

/// <summary>The two xAPI requests sync makes: POST a batch of statements (their stored bytes, as a JSON array)
/// and GET a page of statements. Every request carries <c>X-Experience-API-Version: 1.0.3</c>.</summary>
public sealed class LrsClient : IDisposable
{
    private const string VersionHeader = "X-Experience-API-Version";
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _http;
    private readonly LrsEndpoint _lrs;

    public LrsClient(LrsEndpoint lrs, TimeSpan timeout, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(lrs);
        _lrs = lrs;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.Timeout = timeout;
        _http.DefaultRequestHeaders.Authorization = lrs.Authorization;
        _http.DefaultRequestHeaders.Add(VersionHeader, Export.XapiVocabulary.Version);
    }

    /// <summary>POSTs the statements, byte for byte, as one array.</summary>
    public async Task<LrsAnswer> PostAsync(IReadOnlyList<OutboxEntry> statements, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var body = new MemoryStream();
        body.WriteByte((byte)'[');
        for (var i = 0; i < statements.Count; i++)
        {
            if (i > 0)
                body.WriteByte((byte)',');
            body.Write(statements[i].Json);
        }

        body.WriteByte((byte)']');
        using var content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
        content.Headers.ContentType = Json;
        try
        {
            using var response = await _http.PostAsync(_lrs.Statements, content, cancel).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            return Classify(response.StatusCode, text);
        }
        catch (Exception e) when (Unreachable(e, cancel))
        {
            return new LrsAnswer(LrsAnswerKind.Unavailable, 0, Reason(e));
        }
    }

    /// <summary>GETs one page: the statements (as raw JSON) and the <c>more</c> link (null on the last page);
    /// null with the answer when the LRS did not give a page.</summary>
    public async Task<(LrsPage? Page, LrsAnswer? Failure)> GetAsync(Uri page, CancellationToken cancel)
    {
        try
        {
            using var response = await _http.GetAsync(page, cancel).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                return (null, Classify(response.StatusCode, text));
            return (LrsPage.Parse(text), null);
        }
        catch (JsonException e)
        {
            return (null, new LrsAnswer(LrsAnswerKind.Unavailable, 200, "not an xAPI statement result: " + e.Message));
        }
        catch (Exception e) when (Unreachable(e, cancel))
        {
            return (null, new LrsAnswer(LrsAnswerKind.Unavailable, 0, Reason(e)));
        }
    }

    public void Dispose() => _http.Dispose();

    private static LrsAnswer Classify(HttpStatusCode status, string body)
    {
        var code = (int)status;
        var reason = $"{code} {OneLine(Message(body) ?? status.ToString())}";
        return code switch
        {
            200 or 204 => new LrsAnswer(LrsAnswerKind.Stored, code, reason),
            409 => new LrsAnswer(LrsAnswerKind.Conflict, code, reason),
            401 or 403 or 404 or 405 => new LrsAnswer(LrsAnswerKind.Denied, code, reason),
            >= 400 and < 500 => new LrsAnswer(LrsAnswerKind.Refused, code, reason),
            _ => new LrsAnswer(LrsAnswerKind.Unavailable, code, reason),
        };
    }

    /// <summary>The <c>message</c> (or first warning) of an LRS's JSON error body.</summary>
    private static string? Message(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return null;
            if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                return message.GetString();
            if (root.TryGetProperty("warnings", out var warnings) && warnings.ValueKind == JsonValueKind.Array)
                return string.Join("; ", warnings.EnumerateArray().Take(3).Select(w => w.ToString()));
            return null;
        }
        catch (JsonException)
        {
            return body.Length is > 0 and < 200 ? body : null;
        }
    }

    private static bool Unreachable(Exception e, CancellationToken cancel) =>
        e is HttpRequestException or IOException or SocketException
        || (e is TaskCanceledException && !cancel.IsCancellationRequested);

    private static string Reason(Exception e) => e is TaskCanceledException ? "timed out" : OneLine(e.Message);

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
