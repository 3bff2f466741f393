using System.CommandLine;

namespace TrainingSim.Cli;

/// <summary>One command of <c>trainingsim</c>, in a file of its own under Commands/ and listed once in
/// <see cref="CommandCatalog"/>. Its action builds a <see cref="CliContext"/> with
/// <see cref="CliHost.Context"/> and returns an exit code; exceptions are the host's to report.</summary>
public interface ICliCommand
{
    Command Create(CliHost host);
}
