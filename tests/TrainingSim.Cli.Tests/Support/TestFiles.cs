namespace TrainingSim.Cli.Tests.Support;

/// <summary>The files under TestData/ (copied beside the tests): a small content folder, a valid library,
/// invalid files and a scenario whose test fails.</summary>
public static class TestFiles
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "TestData");

    public static string Content { get; } = Path.Combine(Root, "content");

    public static string Library { get; } = Path.Combine(Root, "library");

    public static string Holiday { get; } = Path.Combine(Library, "zh-CN", "complaints", "holiday-bill-payment.yaml");

    public static string PlainEnquiry { get; } = Path.Combine(Library, "en", "basics", "plain-enquiry.yaml");

    public static string Invalid { get; } = Path.Combine(Root, "invalid");

    public static string Typo { get; } = Path.Combine(Invalid, "typo.yaml");

    public static string Unreachable { get; } = Path.Combine(Invalid, "unreachable.yaml");

    public static string Failing { get; } = Path.Combine(Root, "failing", "wrong-expectation.yaml");

    /// <summary>A format-1 scenario whose model answer and test change when it moves to format 2.</summary>
    public static string Moving { get; } = Path.Combine(Root, "notes", "moving.yaml");

    /// <summary>A format-2 scenario with one good and one bad example that fail.</summary>
    public static string Examples { get; } = Path.Combine(Root, "examples", "balance.yaml");

    /// <summary>The arguments that point a command at the test content and library.</summary>
    public static string[] With(params string[] args) =>
        [.. args, "--content", Content, "--scenarios", Library, "--lang", "en"];
}
