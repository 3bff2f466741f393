using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Tests.Progress;
using TrainingSim.Core.Tests.TestSupport;

namespace TrainingSim.Core.Tests.Reports;

/// <summary>A small class's progress recorded the way the game records it: the conversation engine behind
/// <see cref="AttemptRecorder"/>, into a progress store, on a clock the test moves.</summary>
internal static partial class RecordedClass
{
    public static Scenario Holiday { get; } = HolidayScenario.Create() with
    {
        Id = "holiday",
        Title = "节日缴费",
        VersionHash = "sha256:1111",
    };

    public static Scenario HolidayRevised { get; } = Holiday with { VersionHash = "sha256:2222" };

    public static IReadOnlyDictionary<string, Scenario> Scenarios { get; } =
        new Dictionary<string, Scenario> { ["holiday"] = Holiday };

    public static InMemoryProgressStore Fill()
    {
        var clock = Records.StartClock();
        var store = new InMemoryProgressStore(clock);
        var wang = store.AddTrainee("王小明", "2026-11");
        var alice = store.AddTrainee("alice", "2026-11");
        var bo = store.AddTrainee("波波", "2026-12");
        store.AddTrainee("newcomer", "2026-12");

        // 王小明: an expert call, then a rude start recovered.
        var call = Start(store, Holiday, wang, clock);
        Answer(call, clock, 15, HolidayScenario.Expert);
        Choose(call, clock, 10, 2);
        clock.Advance(TimeSpan.FromMinutes(30));
        call = Start(store, HolidayRevised, wang, clock, PlayMode.Exam);
        Answer(call, clock, 20, HolidayScenario.Rude);
        Answer(call, clock, 25, "非常抱歉，我理解您");
        Choose(call, clock, 8, 2);

        // alice: quits after the first reply; later a call that is never finished (the program was closed).
        clock.Advance(TimeSpan.FromHours(1));
        call = Start(store, Holiday, alice, clock);
        Answer(call, clock, 40, "您好，请问有什么可以帮您");
        clock.Advance(TimeSpan.FromSeconds(30));
        call.Abandon();
        clock.Advance(TimeSpan.FromMinutes(5));
        call = Start(store, HolidayRevised, alice, clock);
        Answer(call, clock, 12, "抱歉抱歉，别着急");

        // 波波: rude throughout, with the wrong choice.
        clock.Advance(TimeSpan.FromDays(1));
        call = Start(store, HolidayRevised, bo, clock);
        Answer(call, clock, 5, HolidayScenario.Rude);
        Answer(call, clock, 5, HolidayScenario.Rude);
        if (!call.IsOver)
            Choose(call, clock, 5, 1);
        if (!call.IsOver)
            Answer(call, clock, 5, HolidayScenario.Rude);
        if (!call.IsOver)
            call.Abandon();
        return store;
    }

    /// <summary>Attempt ids are random (version 7): golden files show them as <c>&lt;id-1&gt;</c>, <c>&lt;id-2&gt;</c>…
    /// in order of first appearance, and statement ids (derived from them) likewise.</summary>
    public static string ScrubIds(string text)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return Guid().Replace(text, m =>
        {
            if (!names.TryGetValue(m.Value, out var name))
            {
                name = $"<id-{names.Count + 1}>";
                names.Add(m.Value, name);
            }

            return name;
        });
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();

    private static AttemptRecorder Start(IProgressStore store, Scenario scenario, Trainee trainee, FakeTimeProvider clock,
        PlayMode mode = PlayMode.Practice) =>
        AttemptRecorder.Start(store, new Conversation(scenario), trainee, mode, clock);

    private static void Answer(AttemptRecorder call, FakeTimeProvider clock, int seconds, string reply)
    {
        clock.Advance(TimeSpan.FromSeconds(seconds));
        call.Reply(reply, TimeSpan.FromSeconds(seconds));
    }

    private static void Choose(AttemptRecorder call, FakeTimeProvider clock, int seconds, int number)
    {
        clock.Advance(TimeSpan.FromSeconds(seconds));
        call.Choose(number, TimeSpan.FromSeconds(seconds));
    }
}
