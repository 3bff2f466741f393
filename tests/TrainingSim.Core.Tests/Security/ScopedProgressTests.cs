using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;
using TrainingSim.Core.Tests.Reports;

namespace TrainingSim.Core.Tests.Security;

public class ScopedProgressTests
{
    private static readonly InMemoryProgressStore Store = RecordedClass.Fill();

    [Fact]
    public void Trainees_TraineeSession_OnlyThemselves()
    {
        var scope = new ScopedProgress(Store, Session.ForTrainee("alice"));

        Assert.Equal(["alice"], scope.Trainees().Select(t => t.Name));
    }

    [Fact]
    public void Attempts_TraineeSession_OnlyTheirOwn_EvenWhenAskingForAnother()
    {
        var scope = new ScopedProgress(Store, Session.ForTrainee("alice"));

        Assert.All(scope.Attempts(AttemptQuery.All), a => Assert.Equal("alice", a.Trainee));
        Assert.Equal(2, scope.Attempts(AttemptQuery.All).Count);
        Assert.Empty(scope.Attempts(new AttemptQuery(Trainee: "王小明")));
        Assert.Empty(scope.Attempts(new AttemptQuery(Cohort: "2026-12")));
    }

    [Fact]
    public void FindAttempt_AnotherTraineesTranscript_NotFound()
    {
        var others = Store.Attempts(new AttemptQuery(Trainee: "王小明"))[0].Id;
        var own = Store.Attempts(new AttemptQuery(Trainee: "alice"))[0].Id;
        var scope = new ScopedProgress(Store, Session.ForTrainee("alice"));

        Assert.Null(scope.FindAttempt(others));
        Assert.NotNull(scope.FindAttempt(own));
    }

    [Fact]
    public void Attempts_LeadSession_Everyone()
    {
        var scope = new ScopedProgress(Store, Session.ForStaff(Role.Lead));

        Assert.Equal(Store.Attempts(AttemptQuery.All).Count, scope.Attempts(AttemptQuery.All).Count);
        Assert.Equal(4, scope.Trainees().Count);
    }
}
