using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Core.Courses;
using TrainingSim.Core.Progress;

namespace TrainingSim.Authoring.Tests.Loading;

/// <summary>Each folder of TestData/Curriculum is a small library — <c>modules/</c>, <c>courses/</c> and <c>scenarios/</c>,
/// over the test content — beside its expected diagnostics (<c>name.expected</c>; <c>UPDATE_GOLDEN=1</c> writes them).</summary>
public sealed class CurriculumGoldenTests
{
    private static readonly string CasesFolder = Path.Combine(TestSupport.TestData, "Curriculum");

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateDirectories(CasesFolder).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_Case_MatchesExpectedDiagnostics(string name)
    {
        var actual = string.Join("\n", Load(name).Diagnostics) + "\n";
        var expectedPath = Path.Combine(CasesFolder, name + ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(expectedPath, actual);

        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}; the loader says:\n{actual}");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Fact]
    public void Load_GoodPlans_ExpandModulesEasiestFirstAndWeeksToTheirLastDay()
    {
        var plans = Load("plan-good").Plans;

        var week = Assert.Single(plans, p => p.Id == "desk-week");
        Assert.Equal(["desk-1", "desk-2", "desk-3", "desk-4", "desk-5", "phone-2", "desk-5"], week.Entries.Select(e => e.ScenarioId));
        Assert.All(week.Entries.Take(5), e => Assert.Equal((1, 1, "Desk", PlayMode.Practice), (e.FromDay, e.DueDay, e.Module, e.Mode)));
        Assert.Equal(new PassRequirement(null, 70), week.Entries[5].Pass);
        Assert.Equal((5, PlayMode.Exam, new PassRequirement(2, 80)), (week.Entries[6].DueDay, week.Entries[6].Mode, week.Entries[6].Pass));
        var weeks = Assert.Single(plans, p => p.Id == "by-weeks");
        Assert.Equal([(1, 7), (8, 14)], weeks.Entries.Select(e => (e.FromDay, e.DueDay)));
        Assert.Equal(14, weeks.Days);
    }

    [Fact]
    public void Load_BadPlans_LeaveOutEveryPlanWithErrors()
    {
        var result = Load("plan-bad");

        Assert.Equal(["again"], result.Plans.Select(p => p.Id));
    }

    [Fact]
    public void Load_ModulesFile_OrdersModulesAndKeepsWhatEachScenarioTeaches()
    {
        using var folder = CaseFolder("plan-good");
        var modules = ContentLoader.Load(folder.Content).Content.Modules["en"];

        Assert.Equal(["Desk", "Phone"], modules.Select(m => m.Id));
        Assert.Equal("the figure", modules[0].TeachingOf("desk-3"));
        Assert.Equal(["courtesy", "listening"], modules[0].Skills);
    }

    [Fact]
    public void Cases_CoverEveryCurriculumCode()
    {
        var expected = string.Join("\n", Directory.EnumerateFiles(CasesFolder, "*.expected").Select(File.ReadAllText));
        string[] codes =
        [
            DiagnosticCodes.UnknownModule.Code, DiagnosticCodes.DuplicateModule.Code, DiagnosticCodes.UnknownScenario.Code,
            DiagnosticCodes.ScenarioInOtherModule.Code, DiagnosticCodes.DuplicatePlan.Code, DiagnosticCodes.DayOutOfOrder.Code,
            DiagnosticCodes.ExamTwice.Code, DiagnosticCodes.OtherLanguage.Code, DiagnosticCodes.NoTeachesLine.Code,
            DiagnosticCodes.DifficultiesMissing.Code, DiagnosticCodes.EmptyModule.Code,
        ];

        Assert.All(codes, code => Assert.Contains($" {code}: ", expected, StringComparison.Ordinal));
    }

    /// <summary>The scenario files' diagnostics, then the curriculum's, with paths relative to the case folder.</summary>
    private static CurriculumLoadResult Load(string name)
    {
        using var folder = CaseFolder(name);
        var content = ContentLoader.Load(folder.Content);
        var library = LibraryLoader.Load(Path.Combine(CasesFolder, name, "scenarios"), content.Content);
        var curriculum = CurriculumLoader.Load(folder.Content, content.Content, library.Scenarios);
        var diagnostics = library.Diagnostics.Concat(content.Diagnostics).Concat(curriculum.Diagnostics)
            .Select(d => d with { Path = Relative(d.Path, folder.Content, Path.Combine(CasesFolder, name)), Message = d.Message.Replace(folder.Content + Path.DirectorySeparatorChar, "", StringComparison.Ordinal) })
            .ToList();
        return curriculum with { Diagnostics = diagnostics };
    }

    private static string Relative(string path, params string[] roots)
    {
        foreach (var root in roots)
        {
            if (path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return path[(root.Length + 1)..].Replace('\\', '/');
        }

        return path;
    }

    /// <summary>The test content with the case's <c>modules/</c> and <c>courses/</c> copied in.</summary>
    private static TempContent CaseFolder(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "ts-curriculum-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(TestSupport.TestData, "content"), root);
        foreach (var part in (string[])["modules", "courses"])
        {
            var from = Path.Combine(CasesFolder, name, part);
            if (Directory.Exists(from))
                Copy(from, Path.Combine(root, part));
        }

        return new TempContent(root);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from))
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    private sealed record TempContent(string Content) : IDisposable
    {
        public void Dispose() => Directory.Delete(Content, recursive: true);
    }
}
