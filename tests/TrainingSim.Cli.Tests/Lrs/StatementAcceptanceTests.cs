using System.Net;
using System.Text.Json.Nodes;
using TrainingSim.Cli.Tests.Support;

namespace TrainingSim.Cli.Tests.Lrs;

/// <summary>Statements others accept: every exported statement passes Learning Locker's validator, and the LRS
/// takes them and gives them back as sent (adding only <c>stored</c> and <c>authority</c>).</summary>
public class StatementAcceptanceTests
{
    private static (TempFolder Folder, string Export) PlayedClass()
    {
        var folder = new TempFolder();
        var db = folder.File("class.db");
        Classroom.PlayAll(db, "李娜-" + Guid.NewGuid().ToString("N")[..6], "alice-" + Guid.NewGuid().ToString("N")[..6]);
        var export = InProcessCli.Run(TestFiles.With("export", "--db", db, "--out", "-"));
        Assert.Equal(0, export.ExitCode);
        return (folder, export.Out);
    }

    [LrsFact(shared: false)]
    public void Export_EveryStatement_PassesLearningLockersValidator()
    {
        var (folder, export) = PlayedClass();
        using (folder)
        {
            var count = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

            Assert.Equal($"{count} valid, 0 invalid", XapiValidation.Validate(export));
        }
    }

    [LrsFact(shared: false)]
    public void Validator_BrokenStatement_IsReported()
    {
        var (folder, export) = PlayedClass();
        using (folder)
        {
            var first = JsonNode.Parse(export.Split('\n')[0])!.AsObject();
            first["object"]!["definition"]!["interactionType"] = "essay";

            Assert.EndsWith("0 valid, 1 invalid", XapiValidation.Validate(first.ToJsonString()));
        }
    }

    [LrsFact]
    public void Export_PostedToTheLrs_AcceptedAndReturnedUnchanged()
    {
        var (folder, export) = PlayedClass();
        using (folder)
        using (var lrs = new LrsProbe(TestLrs.Shared))
        {
            var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(HttpStatusCode.OK, lrs.Post("[" + string.Join(',', lines) + "]"));
            Assert.Equal(HttpStatusCode.OK, lrs.Post("[" + string.Join(',', lines) + "]"));
            foreach (var line in lines)
            {
                var sent = JsonNode.Parse(line)!.AsObject();
                var back = lrs.Find(sent["id"]!.GetValue<string>());
                Assert.NotNull(back);
                Assert.NotNull(back.Remove("stored") ? back : null);
                back.Remove("authority");
                Assert.True(JsonNode.DeepEquals(sent, back), $"sent {sent.ToJsonString()}\nback {back.ToJsonString()}");
            }
        }
    }
}
