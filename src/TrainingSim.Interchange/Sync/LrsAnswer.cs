namespace TrainingSim.Interchange.Sync;

/// <summary>How an LRS answered one POST of statements.</summary>
public enum LrsAnswerKind
{
    /// <summary>200 or 204: the LRS has them.</summary>
    Stored,
    /// <summary>409: a statement with the same id and other content is there already.</summary>
    Conflict,
    /// <summary>Another 4xx about the statements (400, 413, 422): some statement (or the batch's size) is refused.</summary>
    Refused,
    /// <summary>401, 403, 404, 405: not the statements' fault (credentials, the endpoint); sending more is useless.</summary>
    Denied,
    /// <summary>5xx, a timeout, a refused or broken connection: try again later.</summary>
    Unavailable,
}

/// <summary>The answer: its kind, the HTTP status (0 without one) and a one-line reason.</summary>
public sealed record LrsAnswer(LrsAnswerKind Kind, int Status, string Reason);
