namespace TrainingSim.Interchange.Export;

/// <summary>One statement as composed once: its id, its verb, the turn it is about (null for the attempt's
/// own statements) and its UTF-8 JSON, the exact bytes that are stored, sent and exported.</summary>
public sealed record XapiStatement(Guid Id, string Verb, int? Turn, byte[] Json);
