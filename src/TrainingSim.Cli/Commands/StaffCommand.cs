using System.CommandLine;
using TrainingSim.Core.Security;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary><c>staff passphrase --role lead|trainer</c> sets a role's passphrase in advance (typed twice, no
/// echo, at least <see cref="PassphraseHasher.MinimumLength"/> characters) or changes it (the current one
/// first). Once any role has a passphrase, setting another role's first one needs a staff passphrase, so a
/// trainee cannot add a role of their own. <c>staff pins on|off</c> turns trainee PINs on or off (staff only).</summary>
public sealed class StaffCommand : ICliCommand
{
    public Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var role = new Option<string>("--role") { Description = host.Text["HelpStaffRole"], Required = true, HelpName = "lead|trainer" };
        role.AcceptOnlyFromAmong("lead", "trainer");
        var passphrase = new Command("passphrase", host.Text["HelpStaffPassphrase"]) { role };
        passphrase.SetAction(parse => SetPassphrase(host.Context(parse), parse.GetValue(role) == "lead" ? Role.Lead : Role.Trainer));

        var setting = new Argument<string>("on|off") { Description = host.Text["HelpStaffPinsSetting"] };
        setting.AcceptOnlyFromAmong("on", "off");
        var pins = new Command("pins", host.Text["HelpStaffPins"]) { setting };
        pins.SetAction(parse => SetPins(host.Context(parse), parse.GetValue(setting) == "on"));

        return new Command("staff", host.Text["HelpStaff"]) { passphrase, pins };
    }

    private static int SetPassphrase(CliContext context, Role role)
    {
        using var store = LiteDbProgressStore.Open(context.DatabasePath);
        var gate = new RoleGate(store.Roles, TimeProvider.System);
        var roleName = context.Text[role == Role.Lead ? "StaffRoleLead" : "StaffRoleTrainer"];
        string? current = null;
        if (gate.HasPassphrase(role))
            current = Ask(context, context.Text.Format("StaffCurrentPrompt", roleName));
        else
            StaffAccess.Require(context, store);

        var replacement = Ask(context, context.Text.Format("StaffNewPrompt", roleName, PassphraseHasher.MinimumLength));
        if (!PassphraseHasher.IsLongEnough(replacement))
            throw new CliException(context.Text.Format("StaffPassphraseTooShort", PassphraseHasher.MinimumLength), ExitCodes.Problem);
        if (!string.Equals(replacement, Ask(context, context.Text["StaffConfirmPrompt"]), StringComparison.Ordinal))
            throw new CliException(context.Text["StaffPassphraseMismatch"], ExitCodes.Problem);

        if (current is null)
        {
            if (gate.SetPassphrase(role, replacement) != SetPassphraseStatus.Set)
                throw new CliException(context.Text["StaffSetMeanwhile"], ExitCodes.Problem);
        }
        else
        {
            var changed = gate.ChangePassphrase(role, current, replacement);
            if (!changed.Granted)
                throw StaffAccess.Refusal(context, changed);
        }

        context.Out.WriteLine(context.Text.Format(current is null ? "StaffPassphraseSet" : "StaffPassphraseChanged", roleName));
        return ExitCodes.Success;
    }

    private static int SetPins(CliContext context, bool required)
    {
        using var store = LiteDbProgressStore.Open(context.DatabasePath);
        var staff = StaffAccess.Require(context, store, requireSet: true)!;
        new PinGate(store.Pins, TimeProvider.System).SetRequired(staff, required);
        context.Out.WriteLine(context.Text[required ? "StaffPinsOn" : "StaffPinsOff"]);
        return ExitCodes.Success;
    }

    private static string Ask(CliContext context, string prompt) =>
        SecretPrompt.Read(context, prompt) ?? throw new CliException(context.Text["StaffNoInput"]);
}
