using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Screens.Staff;
using TrainingSim.Tui.Tests.TestSupport;

namespace TrainingSim.Tui.Tests.Staff;

public sealed class StaffModelTests
{
    [Theory]
    [InlineData(new[] { 0, 49, 50, 100 }, "▁▄▅█")]
    [InlineData(new[] { 12, 13, 87, 88 }, "▁▂▇█")]
    [InlineData(new int[0], "")]
    public void Sparkline_Scores_OneBlockEach(int[] scores, string expected) =>
        Assert.Equal(expected, Sparkline.Render(scores));

    [Fact]
    public void AttentionRules_ActiveTraineePassing_NoFlags()
    {
        var detail = Detail("李华");

        Assert.Empty(detail.Flags);
        Assert.Equal([64, 100, 88], detail.Trend);
    }

    [Fact]
    public void AttentionRules_ThreeFailsIdleAndWeakSkill_AllFlagged()
    {
        var detail = Detail("王芳");

        Assert.Equal(["StaffFlagBelowPass", "StaffFlagSkillLow", "StaffFlagSkillLow", "StaffFlagInactive"], detail.Flags.Select(f => f.Key));
        Assert.Equal(3, detail.Flags[^1].Args[0]);
    }

    [Fact]
    public void AttentionRules_NeverPlayedJoinedLongAgo_Inactive()
    {
        var trainee = new Trainee("赵强", "二班", StaffData.Now.AddDays(-10));

        var flags = AttentionRules.Flags(trainee, [], [], id => id, StaffData.Now);

        Assert.Equal("StaffFlagInactive", Assert.Single(flags).Key);
    }

    [Fact]
    public void Cohort_SortedByProgressThenName_AndFilteredByCohort()
    {
        var model = new CohortModel(new ScopedProgress(StaffData.Cohort(), Session.ForStaff(Role.Lead)), TestScenarios.All, new FakeTimeProvider(StaffData.Now), "zh-CN");

        Assert.Equal(["李华", "王芳", "赵强"], model.Rows.Select(r => r.Trainee.Name));
        var billing = model.Rows[0].Cells.Single();
        Assert.Equal((6, 6, 94), (billing.Stars, billing.StarsPossible, billing.Score ?? -1));
        model.NextCohort();
        model.NextCohort();
        Assert.Equal("二班", model.Cohort);
        Assert.Equal(["赵强"], model.Rows.Select(r => r.Trainee.Name));
    }

    [Fact]
    public void Cohort_TraineeSession_SeesOnlyItself()
    {
        var model = new CohortModel(new ScopedProgress(StaffData.Cohort(), Session.ForTrainee("王芳")), TestScenarios.All, new FakeTimeProvider(StaffData.Now), "zh-CN");

        Assert.Equal(["王芳"], model.Rows.Select(r => r.Trainee.Name));
    }

    [Fact]
    public void RubricPreview_NoMatch_NothingHighlightedAndBranchStillShown()
    {
        var model = new RubricPreviewModel(TestScenarios.All);
        model.Score("喂");

        Assert.Equal("喂", model.HighlightedReply());
        Assert.Equal(0, model.Evaluation!.Net);
        Assert.Equal("fix", model.NextStepId);
    }

    [Fact]
    public async Task LibraryWatcher_FileWritten_CallsBack()
    {
        var folder = Directory.CreateTempSubdirectory("staff-watch-").FullName;
        try
        {
            var changed = new TaskCompletionSource();
            using var watcher = new LibraryWatcher([folder], () => changed.TrySetResult());
            await File.WriteAllTextAsync(Path.Combine(folder, "new.yaml"), "id: x\n");

            var done = await Task.WhenAny(changed.Task, Task.Delay(TimeSpan.FromSeconds(20)));
            Assert.Same(changed.Task, done);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AttentionRules_PrivacyBreach_FlaggedWhateverTheCohortAverage()
    {
        var trainee = new Trainee("李华", "一班", StaffData.Now.AddDays(-1));
        var breach = new AttemptRecord
        {
            Id = Guid.NewGuid(), Trainee = "李华", Cohort = "一班", ScenarioId = "s", ScenarioVersion = "v", Mode = PlayMode.Exam,
            StartedAt = StaffData.Now.AddHours(-1), EndedAt = StaffData.Now.AddHours(-1), Outcome = "privacy-breach", Score = 90, Stars = 0,
        };
        SkillComparison[] skills = [new("compliance", 40, 42, 5), new("courtesy", 95, 90, 5)];

        var flags = AttentionRules.Flags(trainee, [breach], skills, id => id, StaffData.Now, id => id == "privacy-breach" ? "泄露客户信息" : id);

        Assert.Equal(["StaffFlagComplianceOutcome", "StaffFlagSkillBelowPass"], flags.Select(f => f.Key));
        Assert.Equal(["泄露客户信息", 1], flags[0].Args);
        Assert.Equal(["compliance", 40, AttentionRules.PassMark], flags[1].Args);
    }

    [Fact]
    public void AttentionRules_CohortOfOne_SkillBelowPassMarkFlagged()
    {
        var trainee = new Trainee("赵强", "二班", StaffData.Now.AddDays(-1));
        SkillComparison[] skills = [new("empathy", 30, 30, 1), new("courtesy", 70, 70, 1)];

        var flags = AttentionRules.Flags(trainee, [], skills, id => id, StaffData.Now);

        Assert.Equal(["empathy", 30, AttentionRules.PassMark], Assert.Single(flags).Args);
    }

    private static TraineeDetailModel Detail(string name)
    {
        var store = StaffData.Cohort();
        var progress = new ScopedProgress(store, Session.ForStaff(Role.Lead));
        return new TraineeDetailModel(progress, store.FindTrainee(name)!, TestScenarios.All, TestScenarios.Content, "zh-CN", new FakeTimeProvider(StaffData.Now));
    }
}
