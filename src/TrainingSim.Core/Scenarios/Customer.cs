namespace TrainingSim.Core.Scenarios;

public sealed record Customer(string? Name = null, string? Persona = null, int Mood = 50);
