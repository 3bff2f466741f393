using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Conversations;

/// <summary>A rubric item that matched a reply, with where in the original reply text the evidence stands
/// (character ranges, for highlighting).</summary>
public sealed record ItemMatch(RubricItem Item, IReadOnlyList<Range> Evidence);
