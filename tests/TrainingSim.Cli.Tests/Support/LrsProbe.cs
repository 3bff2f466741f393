using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace TrainingSim.Cli.Tests.Support;

/// <summary>Talks to an LRS directly, as a test's independent witness (not through TrainingSim's sync).</summary>
public sealed class LrsProbe : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public LrsProbe(Uri endpoint, bool withVersion = true)
    {
        _endpoint = endpoint;
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("probe:probe")));
        if (withVersion)
            _http.DefaultRequestHeaders.Add("X-Experience-API-Version", "1.0.3");
    }

    public HttpStatusCode Post(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = _http.PostAsync(new Uri(_endpoint, "statements"), content).GetAwaiter().GetResult();
        return response.StatusCode;
    }

    /// <summary>Every statement the LRS holds, oldest first (following <c>more</c> from the server's root).</summary>
    public IReadOnlyList<JsonObject> All()
    {
        var statements = new List<JsonObject>();
        var next = new Uri(_endpoint, "statements?ascending=true&limit=500");
        while (true)
        {
            var page = JsonNode.Parse(_http.GetStringAsync(next).GetAwaiter().GetResult())!.AsObject();
            statements.AddRange(page["statements"]!.AsArray().Select(s => s!.AsObject()));
            if (page["more"]?.GetValue<string>() is not { Length: > 0 } more)
                return statements;
            next = new Uri(_endpoint, more);
        }
    }

    public JsonObject? Find(string id)
    {
        using var response = _http.GetAsync(new Uri(_endpoint, "statements?statementId=" + id)).GetAwaiter().GetResult();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult())!.AsObject()
            : null;
    }

    public void Dispose() => _http.Dispose();
}
