using System.Text;

namespace TrainingSim.Cli;

/// <summary>Asks for a passphrase or PIN on standard error and reads it without echo when standard input is a
/// terminal (a line from standard input otherwise, for scripts and tests). Null when the input has ended.</summary>
public static class SecretPrompt
{
    public static string? Read(CliContext context, string prompt)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Error.Write(prompt + " ");
        context.Error.Flush();
        if (!context.Console.InputIsTerminal)
        {
            var line = context.Console.In.ReadLine();
            context.Error.WriteLine();
            return line;
        }

        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    context.Error.WriteLine();
                    return typed.ToString();
                case ConsoleKey.Backspace:
                    if (typed.Length > 0)
                        typed.Length--;
                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                        typed.Append(key.KeyChar);
                    else if (key.KeyChar == '\u0004' && typed.Length == 0)
                        return null;
                    break;
            }
        }
    }
}
