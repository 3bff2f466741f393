using System.Globalization;
using System.Resources;
using TrainingSim.Core.Content;

namespace TrainingSim.Wording;

/// <summary>The wording of one interface language: content names, a turn's feedback and the stars, for the CLI,
/// the text UI and the staff views alike.</summary>
public sealed class InterfaceWording
{
    internal static readonly ResourceManager Resources =
        new("TrainingSim.Wording.Localization.WordingStrings", typeof(InterfaceWording).Assembly);

    public InterfaceWording(CultureInfo culture, TrainingContent content)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(content);
        Text = new ResourceText(Resources, culture);
        Names = new ContentNames(content, Text);
        Feedback = new FeedbackWording(Text, Names);
        Stars = new StarWording(Text, Names);
    }

    public ResourceText Text { get; }

    public ContentNames Names { get; }

    public FeedbackWording Feedback { get; }

    public StarWording Stars { get; }

    /// <summary>Every key of one language's own file (completeness tests).</summary>
    internal static IReadOnlyList<string> Keys(CultureInfo culture) => ResourceText.Keys(Resources, culture);
}
