namespace TrainingSim.Cli.Play;

/// <summary>One reply from the replies file, with the (one-based) line it came from.</summary>
public sealed record Reply(string Text, int Line);
