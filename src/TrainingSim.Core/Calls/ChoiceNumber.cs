using System.Globalization;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Core.Calls;

/// <summary>The one reading of a choice reply: a plain decimal number 1..the step's choice count, spaces
/// around it ignored (no sign, no other digits than 0-9).</summary>
public static class ChoiceNumber
{
    public static bool TryParse(string text, ChoiceStep step, out int number)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(step);
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number >= 1
            && number <= step.Choices.Count;
    }
}
