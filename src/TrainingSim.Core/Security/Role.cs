namespace TrainingSim.Core.Security;

/// <summary>The staff roles whose views sit behind a passphrase. Trainees need none.</summary>
public enum Role
{
    Trainer,
    Lead,
}
