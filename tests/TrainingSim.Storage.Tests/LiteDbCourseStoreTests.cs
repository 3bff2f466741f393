using TrainingSim.Core.Courses;
using TrainingSim.Core.Tests.Courses;

namespace TrainingSim.Storage.Tests;

/// <summary>The course store contract on a real LiteDB file, reopened as another process would.</summary>
public sealed class LiteDbCourseStoreTests : CourseStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<LiteDbProgressStore> _stores = [];
    private readonly LiteDbProgressStore _store;

    public LiteDbCourseStoreTests() => _store = Track(LiteDbProgressStore.Open(_folder.File("progress.db")));

    protected override ICourseStore Store => _store;

    protected override ICourseStore Reopen() => Track(LiteDbProgressStore.Open(_folder.File("progress.db")));

    [Fact]
    public void RemoveTrainee_RemovesTheirRetries()
    {
        _store.AddTrainee("李娜", "2026-12");
        _store.GrantRetry(new ExamRetry("李娜", "exam", DateTimeOffset.UnixEpoch));

        _store.RemoveTrainee("李娜");

        Assert.Empty(Reopen().Retries("李娜"));
    }

    [Fact]
    public void Assignments_ReadOnlyViewOfANewFile_NoneAndNothingWritten()
    {
        var path = _folder.File("progress.db");
        _store.AddTrainee("李娜", "2026-12");

        using var view = Track(LiteDbProgressStore.OpenForReading(path));

        Assert.Empty(view.Assignments());
        Assert.Empty(view.Retries("李娜"));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
            store.Dispose();
        _folder.Dispose();
    }

    private LiteDbProgressStore Track(LiteDbProgressStore store)
    {
        _stores.Add(store);
        return store;
    }
}
