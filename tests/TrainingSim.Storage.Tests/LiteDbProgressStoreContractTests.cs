using TrainingSim.Core.Progress;
using TrainingSim.Core.Tests.Progress;

namespace TrainingSim.Storage.Tests;

/// <summary>The store contract on a real LiteDB file; <see cref="Reopen"/> opens the file anew.</summary>
public sealed class LiteDbProgressStoreContractTests : ProgressStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<LiteDbProgressStore> _stores = [];
    private readonly LiteDbProgressStore _store;

    public LiteDbProgressStoreContractTests() => _store = Track(LiteDbProgressStore.Open(_folder.File("progress.db"), Clock));

    protected override IProgressStore Store => _store;

    protected override IProgressStore Reopen() => Track(LiteDbProgressStore.Open(_folder.File("progress.db"), Clock));

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
