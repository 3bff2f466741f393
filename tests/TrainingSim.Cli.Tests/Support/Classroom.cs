namespace TrainingSim.Cli.Tests.Support;

/// <summary>Trainees playing the test library's holiday call into a progress database, as <c>play --trainee</c>
/// records it (each turn stored, and put in the outbox, as it is answered).</summary>
public static class Classroom
{
    /// <summary>Resolved with three stars: the expert reply, then the good choice.</summary>
    public static readonly string[] Resolved = [HolidayCall.ExpertReply, "2"];

    /// <summary>A rude opening, an apology, the poor choice, then the good one.</summary>
    public static readonly string[] Struggled = ["不归我管，你自己去营业厅", "抱歉，理解您", "1", "抱歉", "2"];

    /// <summary>Replies that run out before the end: the attempt is recorded as abandoned.</summary>
    public static readonly string[] Abandoned = ["你好"];

    public static CliResult Play(string db, string trainee, params string[] replies) =>
        InProcessCli.RunWithInput(string.Join('\n', replies) + "\n",
            TestFiles.With("play", "holiday-bill-payment", "--replies", "-", "--trainee", trainee, "--db", db));

    /// <summary>Each trainee plays every kind of call once.</summary>
    public static void PlayAll(string db, params string[] trainees)
    {
        foreach (var trainee in trainees)
        {
            Play(db, trainee, Resolved);
            Play(db, trainee, Struggled);
            Play(db, trainee, Abandoned);
        }
    }
}
