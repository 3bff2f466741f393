using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Tests.Progress;

public sealed class InMemoryProgressStoreTests : ProgressStoreContract
{
    private readonly InMemoryProgressStore _store;

    public InMemoryProgressStoreTests() => _store = new InMemoryProgressStore(Clock);

    protected override IProgressStore Store => _store;

    protected override IProgressStore Reopen() => _store;
}
