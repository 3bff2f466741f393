namespace TrainingSim.Core.Security;

/// <summary>Where trainees' PINs, their lockout state and the machine's PIN setting live. A save is durable
/// when the call returns.</summary>
public interface IPinStore
{
    TraineePin? Find(string trainee);

    void Save(TraineePin pin);

    /// <summary>Forgets the trainee's PIN (a reset, or the trainee removed); false when there was none.</summary>
    bool Remove(string trainee);

    /// <summary>True on a machine set to sign trainees in without a PIN (single user).</summary>
    bool PinsOff { get; }

    void SetPinsOff(bool off);
}
