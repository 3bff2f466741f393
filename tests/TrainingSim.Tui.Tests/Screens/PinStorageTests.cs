using TrainingSim.Core.Security;
using TrainingSim.Storage;
using TrainingSim.Tui.Models;

namespace TrainingSim.Tui.Tests.Screens;

public sealed class PinStorageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trainingsim-pin-");

    private string DatabasePath => Path.Combine(_folder.FullName, "progress.db");

    [Fact]
    public void FirstPin_DatabaseCannotStoreIt_RecordStaysClosedSaysSoAndNoPinIsSet()
    {
        using (var store = LiteDbProgressStore.Open(DatabasePath))
            store.AddTrainee("陈静", "2026-11");
        bool opened;
        PinModel model;
        using (var readOnly = LiteDbProgressStore.Open(DatabasePath, readOnly: true))
        {
            model = new PinModel(new PinGate(readOnly.Pins, TimeProvider.System), readOnly.FindTrainee("陈静")!);
            opened = model.Submit("2468", "2468");
        }

        Assert.False(opened);
        Assert.Equal("PinNotStored", model.Message?.Key);
        using var reopened = LiteDbProgressStore.Open(DatabasePath);
        Assert.Null(reopened.Pins.Find("陈静"));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
