using TrainingSim.Core.Courses;

namespace TrainingSim.Core.Tests.Courses;

public sealed class InMemoryCourseStoreTests : CourseStoreContract
{
    private readonly InMemoryCourseStore _store = new();

    protected override ICourseStore Store => _store;

    protected override ICourseStore Reopen() => _store;
}
