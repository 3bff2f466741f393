using System.Text;

namespace TrainingSim.Cli.Tests.Support;

/// <summary>Scenario files no loader should choke on, written into a folder.</summary>
public static class HostileFiles
{
    public static IReadOnlyList<string> WriteAll(TempFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var deep = new StringBuilder("format: 1\nsteps: ");
        for (var i = 0; i < 5000; i++)
            deep.Append('[');
        deep.Append(new string(']', 5000)).Append('\n');

        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
            bomb.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}]\n");

        var huge = new StringBuilder("format: 1\nbrief: |\n");
        while (huge.Length < 1_100_000)
            huge.Append("  这是一段很长很长的简介，用来把文件撑到一兆字节以上。\n");

        return
        [
            folder.Write("empty.yaml", ""),
            folder.WriteBytes("binary.yaml", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00]),
            folder.WriteBytes("gbk.yaml", [.. "format: 1\ntitle: "u8, 0xC4, 0xE3, 0xBA, 0xC3, 0x0A]),
            folder.Write("deep.yaml", deep.ToString()),
            folder.Write("alias-bomb.yaml", bomb.ToString()),
            folder.Write("huge.yaml", huge.ToString()),
            folder.Write("list.yaml", "- just\n- a list\n"),
            folder.Write("broken-syntax.yaml", "format: 1\nid: [unclosed\ntitle: \"also unclosed\n"),
            folder.Write("tabs.yaml", "format: 1\n\tid: tabbed\n"),
            folder.Write("scalar.yaml", "just some words\n"),
        ];
    }
}
