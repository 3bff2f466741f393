namespace TrainingSim.Tui.Models;

/// <summary>The home screen's headline figures, computed from the trainee's attempts.</summary>
internal sealed record TraineeStats(
    int Level,
    int Experience,
    int ExperienceForNextLevel,
    int StarsEarned,
    int StarsPossible,
    int StreakDays,
    DateTimeOffset? LastSession);
