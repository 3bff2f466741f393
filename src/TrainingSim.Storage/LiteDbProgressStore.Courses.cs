using LiteDB;
using TrainingSim.Core.Courses;

namespace TrainingSim.Storage;

/// <summary>Course assignments (collection <c>course_assignments</c>, one document per cohort, keyed by the cohort) and
/// exam retries (collection <c>exam_retries</c>), written like every other change: committed before the call returns.</summary>
public sealed partial class LiteDbProgressStore : ICourseStore
{
    public const string AssignmentsCollection = "course_assignments";
    public const string RetriesCollection = "exam_retries";

    public void Assign(CourseAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        Write($"the assignment of plan {assignment.PlanId} to cohort {assignment.Cohort}", () => _db.GetCollection(AssignmentsCollection).Upsert(
            new BsonDocument
            {
                ["_id"] = assignment.Cohort,
                ["plan"] = assignment.PlanId,
                ["start"] = CourseDate.Format(assignment.Start),
                ["assigned_at"] = assignment.AssignedAt.UtcDateTime,
            }));
    }

    public IReadOnlyList<CourseAssignment> Assignments() =>
        Run(() => _db.GetCollection(AssignmentsCollection).FindAll()
            .Select(d => new CourseAssignment(d["_id"].AsString, d["plan"].AsString,
                CourseDate.Parse(d["start"].AsString),
                new DateTimeOffset(DateTime.SpecifyKind(d["assigned_at"].AsDateTime, DateTimeKind.Utc))))
            .OrderBy(a => a.Cohort, StringComparer.Ordinal)
            .ToList());

    public void GrantRetry(ExamRetry retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        Write($"the retry of {retry.ScenarioId} for {retry.Trainee}", () => _db.GetCollection(RetriesCollection).Insert(
            new BsonDocument
            {
                ["_id"] = ObjectId.NewObjectId(),
                ["trainee"] = retry.Trainee,
                ["scenario"] = retry.ScenarioId,
                ["granted_at"] = retry.GrantedAt.UtcDateTime,
            }));
    }

    public IReadOnlyList<ExamRetry> Retries(string trainee) =>
        Run(() => _db.GetCollection(RetriesCollection).Find(Query.EQ("trainee", trainee))
            .Select(d => new ExamRetry(d["trainee"].AsString, d["scenario"].AsString,
                new DateTimeOffset(DateTime.SpecifyKind(d["granted_at"].AsDateTime, DateTimeKind.Utc))))
            .OrderBy(r => r.GrantedAt)
            .ToList());
}
