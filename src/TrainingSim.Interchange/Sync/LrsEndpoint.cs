using System.Net.Http.Headers;
using System.Text;

namespace TrainingSim.Interchange.Sync;

/// <summary>Where and as whom to sync: the LRS's xAPI endpoint (e.g. <c>http://127.0.0.1:8081/xAPI/</c>) and
/// Basic credentials.</summary>
public sealed record LrsEndpoint(Uri Endpoint, string User, string Password)
{
    /// <summary>The endpoint with a trailing slash, so <c>statements</c> resolves under it; null when the text is
    /// not an absolute http(s) URL.</summary>
    public static Uri? Parse(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/" + uri.Query);
    }

    internal AuthenticationHeaderValue Authorization =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));

    /// <summary>The <c>statements</c> resource.</summary>
    internal Uri Statements => new(Endpoint, "statements");

    /// <summary>A <c>more</c> link: an absolute path resolved against the scheme, host and port (not against the
    /// endpoint, which would give <c>/xAPI/xAPI/…</c>).</summary>
    internal Uri More(string more) => new(new Uri(Endpoint.GetLeftPart(UriPartial.Authority)), more);
}
