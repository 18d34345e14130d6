namespace Extraction.Recognizers.Commitments;

using Extraction.Core;
using Extraction.Pipeline;
using Extraction.Recognizers.Countries;
using Extraction.Recognizers.Counts;
using Extraction.Recognizers.Officials;
using Extraction.Tokenize;
using Newtonsoft.Json.Linq;

/// <summary>
/// The "commitments" stage: the rules read clauses, then the trained reader decides sentence by sentence (see
/// <see cref="CommitmentReader"/>). It reads the "countries" and "counts" lists, and "officials" when that stage runs.
/// </summary>
public sealed class CommitmentsStage(CommitmentModel model, string modelVersion) : IModelStage
{
    public string Name => CommitmentsExtension.Commitments.Name;
    public string ModelVersion { get; } = modelVersion;

    public void Process(Document document)
    {
        var rules = new List<Mention>();
        CommitmentsRecognizer.Recognize(document, rules);
        CommitmentReader.Read(document, rules, model, document.MentionsOf(CommitmentsExtension.Commitments));
    }
}

public static class CommitmentsExtension
{
    public static readonly IReadOnlyList<string> Statuses = [CommitmentsNormalizer.Made, CommitmentsNormalizer.Expected, CommitmentsNormalizer.CalledFor];

    public static readonly MentionField Status = new("status", new JObject { ["enum"] = new JArray(Statuses) }, Required: true);

    public static readonly MentionField Actor = new("actor", new JObject
    {
        ["description"] = "Who pledges or is asked to: an ISO alpha-3 code, an organisation's acronym, or member_states for a group of states.",
        ["type"] = new JArray("string", "null"),
        ["pattern"] = $"^([A-Z]{{2,10}}|{CommitmentsLexicon.MemberStates})$",
    }, Required: true);

    public static readonly MentionField ActorCount = new("actor_count",
        new JObject { ["description"] = "How many states a counted group holds (\"36 pays\").", ["type"] = new JArray("integer", "null"), ["minimum"] = 1 },
        ColumnType.Integer);

    public static readonly MentionField Quantity = new("quantity",
        new JObject { ["description"] = "The count attached to what is pledged (16 for \"16 hélicoptères\").", ["type"] = new JArray("number", "null") },
        ColumnType.Integer);

    public static readonly MentionField ClauseStart = new("clause_start",
        new JObject { ["description"] = "Start of the clause the commitment was read from (UTF-16 offset).", ["type"] = "integer", ["minimum"] = 0 }, ColumnType.Integer);

    public static readonly MentionField ClauseEnd = new("clause_end",
        new JObject { ["description"] = "End of that clause, exclusive.", ["type"] = "integer", ["minimum"] = 0 }, ColumnType.Integer);

    public static readonly MentionType Commitments = new()
    {
        Name = "commitments",
        Description = "Pledged, expected or requested contributions by a state, a group of states or an organisation (SPEC §6).",
        Value = new JObject { ["enum"] = new JArray(CommitmentsLexicon.AllTypes) },
        Fields = [Status, Actor, ActorCount, Quantity, ClauseStart, ClauseEnd],
        Required = true,
        Check = CheckActorCount,
        Label = "COMMITMENT",
        Colour = "#ff9561",
    };

    private static IEnumerable<(string, string)> CheckActorCount(JObject mention)
    {
        if (mention["actor_count"] is { Type: JTokenType.Integer } && (string?)mention["actor"] != CommitmentsLexicon.MemberStates)
            yield return ("actor_count", $"only a counted group (actor {CommitmentsLexicon.MemberStates}) has a count; actor is {mention["actor"]?.ToString(Newtonsoft.Json.Formatting.None) ?? "missing"}");
    }

    /// <summary>Settings: "model", the trained reader (models/commitments.bin), which also records how it combines with the rules.</summary>
    public static PipelineBuilder UseCommitments(this PipelineBuilder builder) => builder.Register(new Feature(Commitments.Name, context =>
    {
        var path = context.RequireModel();
        return new CommitmentsStage(CommitmentModel.Load(path), ModelFiles.Version(path));
    })
    {
        Reads = [TokenizeExtension.Tokens, CountriesExtension.Countries.Name, CountsExtension.Counts.Name],
        Uses = [OfficialsExtension.Officials.Name],
        Writes = [Commitments],
    });
}
