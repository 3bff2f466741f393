using System.Text;

namespace TrainingSim.Core.Tests.TestSupport;

/// <summary>Builds replies for property tests from arbitrary integers: Chinese, full-width and
/// half-width letters and digits, punctuation, spaces, and a surrogate pair.</summary>
internal static class ReplyText
{
    private static readonly string[] Pieces =
    [
        "您", "好", "抱", "歉", "理", "解", "别", "着", "急", "不", "归", "我", "管", "新", "年", "马", "上",
        "，", "。", "！", "？", " ", "\t", "\n", "…",
        "Sorry", "sorry", "apologise", "you", "your", "thank", "ＳＯＲＲＹ", "１２３", "10086", "é", "e\u0301",
        "😀", "ﬁ", "Ⅻ", "㍿", "İ", "ß", "ẞ", "Σ", "ς", "\u2764\uFE0F", "・", "･", "\u0301",
    ];

    public static string From(int[]? picks)
    {
        var text = new StringBuilder();
        foreach (var pick in picks ?? [])
            text.Append(Pieces[((pick % Pieces.Length) + Pieces.Length) % Pieces.Length]);
        return text.ToString();
    }
}
