using System.Globalization;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TrainingSim.Core.Courses;
using TrainingSim.Tui.Models.Staff;
using TrainingSim.Tui.Shell;
using TrainingSim.Tui.Widgets;

namespace TrainingSim.Tui.Screens.Staff;

/// <summary>Course plans for staff: the cohort and start date to assign to (the first cohort and today to begin with),
/// the plans with the cohorts that follow them (Enter assigns the selected one), and the failed course exams (F4 grants
/// the selected one a retry). Tab moves between the fields and the tables.</summary>
internal sealed class CourseAssignScreen : StaffScreen
{
    private readonly CourseAssignModel _model;
    private readonly TextField _cohort;
    private readonly TextField _start;
    private readonly StaffTableView _plans = new() { X = 0, Y = 3, Width = Dim.Fill(), Height = 8 };
    private readonly Label _failedTitle = new() { X = 0, Y = 12, Width = Dim.Fill() };
    private readonly StaffTableView _failed = new() { X = 0, Y = 13, Width = Dim.Fill(), Height = Dim.Fill(2) };
    private readonly TextBlock _message = new() { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 2 };

    public CourseAssignScreen(CourseAssignModel model, StaffText text)
        : base(text)
    {
        _model = model;
        var cohortLabel = new Label { X = 0, Y = 0, Text = text["StaffCourseCohort"] };
        _cohort = new TextField { X = Pos.Right(cohortLabel), Y = 0, Width = 20, Text = model.Cohorts.FirstOrDefault() ?? "" };
        var startLabel = new Label { X = Pos.Right(_cohort) + 2, Y = 0, Text = text["StaffCourseStart"] };
        _start = new TextField { X = Pos.Right(startLabel), Y = 0, Width = 12, Text = model.Today };
        var help = new Label { X = 0, Y = 1, Width = Dim.Fill(), Text = text["StaffCourseLine"] };
        Add(cohortLabel, _cohort, startLabel, _start, help, _plans, _failedTitle, _failed, _message);
        Bind(Key.Enter, Command.Accept, Assign, text["StaffKeyAssign"]);
        Bind(Key.F4, Command.Redo, Retry, text["StaffKeyRetry"]);
        Bind(Key.Tab, Command.NextTabStop, NextField, text["StaffKeyNextField"]);
        Render();
    }

    protected override string ScreenTitle => Strings["StaffCourseTitle"];

    public override void Shown()
    {
        _model.Reload();
        Render();
        _plans.SetFocus();
    }

    private void NextField()
    {
        View[] order = [_cohort, _start, _plans, _failed];
        var at = Array.FindIndex(order, v => v.HasFocus);
        order[(at + 1) % order.Length].SetFocus();
    }

    private void Assign()
    {
        if (_cohort.HasFocus || _start.HasFocus)
        {
            NextField();
            return;
        }
        Show(_model.Assign(_plans.Selected, _cohort.Text, _start.Text));
    }

    private void Retry() => Show(_model.GrantRetry(_failed.Selected));

    private void Show(StaffMessage message)
    {
        Render();
        _message.SetLines([MessageLine(message)]);
    }

    private void Render()
    {
        var plans = _model.Plans.Select(plan => (IReadOnlyList<StaffCell>)
        [
            new StaffCell(plan.Id),
            new StaffCell(plan.Title),
            new StaffCell(plan.Days.ToString(CultureInfo.InvariantCulture)),
            new StaffCell(string.Join(", ", _model.Assignments.Where(a => a.PlanId == plan.Id)
                .Select(a => $"{a.Cohort} ({CourseDate.Format(a.Start)})")), Tone.Good),
        ]).ToList();
        _plans.SetRows([Strings["StaffColumnPlan"], Strings["StaffColumnPlanTitle"], Strings["StaffColumnDays"], Strings["StaffColumnCohorts"]],
            plans, Strings["StaffCourseNoPlans"]);

        _failedTitle.Text = Strings.Format("StaffCourseFailedTitle", _model.FailedExams.Count);
        var failed = _model.FailedExams.Select(f => (IReadOnlyList<StaffCell>)
        [
            new StaffCell(f.Trainee.Name),
            new StaffCell(f.Trainee.Cohort ?? "—"),
            new StaffCell(f.Exam.Entry.ScenarioId, Tone.Bad),
        ]).ToList();
        _failed.SetRows([Strings["StaffColumnTrainee"], Strings["StaffColumnCohort"], Strings["StaffColumnScenario"]], failed);
    }
}
