namespace TrainingSim.Core.Courses;

/// <summary>Where assignments and exam retries live. Every write is durable when the call returns; cohorts, trainee
/// names and scenario ids compare ordinally.</summary>
public interface ICourseStore
{
    /// <summary>Assigns a plan to a cohort, replacing the cohort's earlier assignment (a cohort follows one plan).</summary>
    void Assign(CourseAssignment assignment);

    /// <summary>Every assignment, by cohort.</summary>
    IReadOnlyList<CourseAssignment> Assignments();

    void GrantRetry(ExamRetry retry);

    /// <summary>A trainee's retries, oldest first.</summary>
    IReadOnlyList<ExamRetry> Retries(string trainee);
}
