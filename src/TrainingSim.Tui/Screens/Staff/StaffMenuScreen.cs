using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using TrainingSim.Core.Security;
using TrainingSim.Tui.Shell;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>The unlocked role's views: the lead's dashboard and item analysis; the trainer's library,
/// play-test, rubric preview and item analysis; for both, trainees' PINs, the passphrase, signing out and courses.</summary>
internal sealed class StaffMenuScreen : StaffScreen
{
    private readonly StaffTableView _table = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly List<(string Label, string Help, Action Open)> _entries;
    private readonly Action _closed;

    /// <param name="closed">Called when the menu is left (back to sign-in): the staff session ends.</param>
    public StaffMenuScreen(Role role, StaffText text, StaffFlow flow, Action closed)
        : base(text)
    {
        Role = role;
        _closed = closed;
        _entries = role == Role.Lead
            ?
            [
                (text["StaffMenuCohort"], text["StaffMenuCohortHelp"], flow.OpenCohort),
                (text["StaffMenuItems"], text["StaffMenuItemsHelp"], flow.OpenItemAnalysis),
                (text["StaffMenuPassphrase"], text["StaffMenuPassphraseHelp"], flow.OpenChangePassphrase),
                (text["StaffMenuSignOut"], text["StaffMenuSignOutHelp"], flow.SignOut),
                (text["StaffMenuPins"], text["StaffMenuPinsHelp"], flow.OpenPins),
                (text["StaffMenuCourse"], text["StaffMenuCourseHelp"], flow.OpenCourses),
            ]
            :
            [
                (text["StaffMenuLibrary"], text["StaffMenuLibraryHelp"], flow.OpenLibrary),
                (text["StaffMenuPlayTest"], text["StaffMenuPlayTestHelp"], flow.OpenPlayTest),
                (text["StaffMenuPreview"], text["StaffMenuPreviewHelp"], flow.OpenRubricPreview),
                (text["StaffMenuReview"], text["StaffMenuReviewHelp"], flow.OpenReview),
                (text["StaffMenuItems"], text["StaffMenuItemsHelp"], flow.OpenItemAnalysis),
                (text["StaffMenuPassphrase"], text["StaffMenuPassphraseHelp"], flow.OpenChangePassphrase),
                (text["StaffMenuSignOut"], text["StaffMenuSignOutHelp"], flow.SignOut),
                (text["StaffMenuPins"], text["StaffMenuPinsHelp"], flow.OpenPins),
                (text["StaffMenuCourse"], text["StaffMenuCourseHelp"], flow.OpenCourses),
            ];
        _table.SetRows([text["StaffColumnView"], text["StaffColumnWhat"]],
            [.. _entries.Select(e => (IReadOnlyList<StaffCell>)[new StaffCell(e.Label), new StaffCell(e.Help)])]);
        Add(_table);
        Bind(Key.Enter, Command.Accept, () => _entries[_table.Selected].Open(), text["StaffKeyOpen"]);
    }

    public Role Role { get; }

    protected override string ScreenTitle => Strings[Role == Role.Lead ? "StaffLeadMenuTitle" : "StaffTrainerMenuTitle"];

    public override void Shown() => _table.SetFocus();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _closed();
        base.Dispose(disposing);
    }
}
