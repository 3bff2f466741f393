namespace TrainingSim.Core.Security;

/// <summary>Who is using the program: a trainee (sees only their own attempts) or unlocked staff.</summary>
public sealed record Session
{
    private Session(string? trainee, Role? role)
    {
        Trainee = trainee;
        Role = role;
    }

    /// <summary>The trainee's name for a trainee session; null for staff.</summary>
    public string? Trainee { get; }

    /// <summary>The unlocked role for a staff session; null for a trainee.</summary>
    public Role? Role { get; }

    public bool IsTrainee => Trainee is not null;

    public static Session ForTrainee(string name) => new(name, null);

    /// <summary>A staff session; create it only after <see cref="RoleGate.Unlock"/> granted the role.</summary>
    public static Session ForStaff(Role role) => new(null, role);
}
