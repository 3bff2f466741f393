using System.Globalization;
using BenchmarkDotNet.Attributes;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;
using TrainingSim.Authoring;
using TrainingSim.Core.Progress;
using TrainingSim.Tui;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Benchmarks;

/// <summary>The text UI during a call of a shipped Chinese scenario (100×30, ANSI driver, no terminal):
/// one keystroke in the reply box and the redraw it causes (target: within 16 ms), and a whole screen
/// redraw (e.g. after a resize).</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/TrainingSim.Benchmarks -- --filter '*Tui*' --job short</c>
/// under <c>setsid … &lt; /dev/null</c> so the ANSI driver finds no terminal.</remarks>
[MemoryDiagnoser]
public class TuiBenchmarks
{
    private IApplication _app = null!;
    private GameFlow _flow = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "scenarios", "zh-CN")))
            root = root.Parent;
        if (root is null)
            throw new InvalidOperationException("No scenarios/zh-CN above the benchmark's folder.");
        var content = ContentLoader.Load(Path.Combine(root.FullName, "content")).Content;
        var files = Directory.GetFiles(Path.Combine(root.FullName, "scenarios"), "*.yaml", SearchOption.AllDirectories);
        var scenarios = LibraryLoader.Load(files, content).Scenarios.Where(s => s.Id == "sim-swap-4g").ToList();

        _app = Application.Create(new VirtualTimeProvider());
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(100, 30);
        _flow = TrainingSimApp.Attach(_app, new TuiOptions
        {
            Scenarios = scenarios,
            Content = content,
            Store = new InMemoryProgressStore(),
            Culture = CultureInfo.GetCultureInfo("zh-CN"),
            DatabasePath = "bench.db",
        });
        _app.Begin(_flow.Shell);
        _app.InjectKey(Key.F2);
        foreach (var c in "基准")
            _app.InjectKey(new Key(c));
        _app.InjectKey(Key.Enter);
        _app.InjectKey(Key.Enter);
        _app.InjectKey(Key.Enter);
        _app.InjectKey(Key.Enter);
        foreach (var c in "您好，很高兴为您服务！")
            _app.InjectKey(new Key(c));
        _app.LayoutAndDraw(true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _flow.Shell.Dispose();
        _app.Dispose();
    }

    /// <summary>Types one Chinese character and deletes it again, redrawing after each (two keystrokes).</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public void KeystrokeAndRedraw()
    {
        _app.InjectKey(new Key('好'));
        _app.LayoutAndDraw(false);
        _app.InjectKey(Key.Backspace);
        _app.LayoutAndDraw(false);
    }

    [Benchmark]
    public void FullRedraw() => _app.LayoutAndDraw(true);
}
