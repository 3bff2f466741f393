namespace TrainingSim.Authoring.Editing;

/// <summary>Why a review edit of a file was not made. The front ends word it (<see cref="EditResult.Subject"/>
/// names the step, item, concept or file); <see cref="Invalid"/> and <see cref="Unreadable"/> carry the
/// loader's diagnostic line, which is the same in every language.</summary>
public enum EditProblem
{
    None,
    UnknownScenario,
    UnknownStep,
    NotFreeText,
    UnknownItem,
    HouseItem,
    NoAnyList,
    UnknownConcept,
    UnsupportedLayout,
    AlreadyGood,
    AlreadyBad,
    AlreadyPhrase,
    EmptyText,
    Unreadable,
    Invalid,
    Changed,
    WriteFailed,
}
