using TrainingSim.Core.Progress;

namespace TrainingSim.Core.Tests.Progress;

public class TraineeNamesTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Trainee[] Existing = [new("陈静", "2026-11", Nine), new("Anna Li", "2026-12", Nine), new("Ian", null, Nine)];

    [Theory]
    [InlineData("  李娜 ", "李娜")]
    [InlineData("Ｌｉ　Ｎａ", "Li Na")]
    [InlineData("Li   Na", "Li Na")]
    public void Normalize_NfkcTrimmedOneSpace(string typed, string stored) =>
        Assert.Equal(stored, TraineeNames.Normalize(typed));

    [Theory]
    [InlineData("陈静")]
    [InlineData(" 陈静　")]
    [InlineData("Ａｎｎａ Ｌｉ")]
    public void Check_SameNameAfterNormalising_Taken(string typed)
    {
        var check = TraineeNames.Check(typed, Existing);

        Assert.Equal(NameProblem.Taken, check.Problem);
        Assert.Equal(TraineeNames.Normalize(typed), check.Existing!.Name);
    }

    [Theory]
    [InlineData("Аnna Li")] // Cyrillic А
    [InlineData("Αnnα Li")] // Greek Alpha and alpha
    [InlineData("anna li")]
    [InlineData("AnnaLi")]
    [InlineData("lan")] // l for I
    public void Check_Lookalike_ConfusableNamesTheExisting(string typed)
    {
        var check = TraineeNames.Check(typed, Existing);

        Assert.Equal(NameProblem.Confusable, check.Problem);
        Assert.NotEqual(typed, check.Existing!.Name);
    }

    [Theory]
    [InlineData("陈\u200B静")] // zero-width space
    [InlineData("陈静\u200D")] // zero-width joiner
    [InlineData("\u202E陈静")] // right-to-left override
    [InlineData("陈静\uFE0F")] // variation selector
    [InlineData("陈\u0007静")]
    public void Check_InvisibleCharacter_Refused(string typed) =>
        Assert.Equal(NameProblem.Invisible, TraineeNames.Check(typed, []).Problem);

    [Fact]
    public void Check_Other_Usable_Empty_TooLong()
    {
        Assert.True(TraineeNames.Check("陈晶", Existing).IsUsable);
        Assert.True(TraineeNames.Check("Anna Lin", Existing).IsUsable);
        Assert.Equal(NameProblem.Empty, TraineeNames.Check(" \u3000 ", Existing).Problem);
        Assert.Equal(NameProblem.TooLong, TraineeNames.Check(new string('李', TraineeNames.MaxLength + 1), Existing).Problem);
    }

    [Fact]
    public void Order_Pinyin()
    {
        string[] names = ["张伟", "李娜", "王芳", "陈静", "安然", "白雪", "赵磊", "刘洋"];

        Assert.Equal(["安然", "白雪", "陈静", "李娜", "刘洋", "王芳", "张伟", "赵磊"], names.Order(TraineeNames.Order));
    }

    [Theory]
    [InlineData("李娜", "娜", true)]
    [InlineData("Anna Li", "anna", true)]
    [InlineData("Anna Li", "ＡＮＮＡ", true)]
    [InlineData("李娜", "王", false)]
    [InlineData("李娜", "", true)]
    public void Matches_SubstringCaseIgnored(string name, string search, bool matches) =>
        Assert.Equal(matches, TraineeNames.Matches(name, search));
}
