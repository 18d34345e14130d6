namespace Extraction.Recognizers.Officials;

using Extraction.Core;
using Extraction.Ner;
using Extraction.Pipeline;
using Extraction.Text;
using Extraction.Tokenize;
using Newtonsoft.Json.Linq;

/// <summary>
/// The "officials" stage: person names that hold an office in the document. Mentions of one person (same
/// surname) share the fullest name as value; a mention with no role beside it takes the role and body of
/// the fullest mention that has one, and a surname the name finder missed ("pro-Haftar") is still a mention.
/// Names never shown in office in the document are not officials, unless their full name is on the list of
/// known officials.
/// </summary>
public sealed class OfficialsStage(OfficialsRecognizer recognizer, KnownOfficials known, string modelVersion) : IModelStage
{
    public string Name => OfficialsExtension.Officials.Name;
    public string ModelVersion { get; } = modelVersion;

    public void Process(Document document)
    {
        var names = recognizer.Find(document);
        var output = document.MentionsOf(OfficialsExtension.Officials);
        var keys = OfficialsNormalizer.PersonKeys(names.Select(n => n.Name).ToList());
        var inOffice = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
            if (names[i].InOffice || known.Contains(names[i].Name)) inOffice.Add(keys[i]);
        // Only a person known by a full name is looked for by surname alone: a one-word "name" may be a place the
        // finder mistook ("ses homologues du G5 Sahel").
        var fullyNamed = new HashSet<string>(StringComparer.Ordinal);
        var givenNames = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            if (!inOffice.Contains(keys[i]) || OfficialsNormalizer.WordCount(names[i].Name) < 2) continue;
            fullyNamed.Add(keys[i]);
            givenNames.UnionWith(OfficialsNormalizer.GivenNameKeys(names[i].Name));
        }
        var mentions = names.Select((name, i) => (name, key: keys[i]))
            .Concat(OfficialsRecognizer.FindRepeats(document, fullyNamed, givenNames, names).Select(name => (name, key: OfficialsNormalizer.SurnameKey(name.Name))));
        foreach (var group in mentions.Where(p => inOffice.Contains(p.key)).GroupBy(p => p.key, p => p.name))
        {
            var withRole = group.Where(n => n.InOffice).ToList();
            var fullest = group.MaxBy(n => OfficialsNormalizer.WordCount(n.Name))!;
            var reference = withRole.Where(n => n.Title is not null).MaxBy(n => OfficialsNormalizer.WordCount(n.Name))
                ?? withRole.MaxBy(n => OfficialsNormalizer.WordCount(n.Name));
            string value = OfficialsNormalizer.CleanName(fullest.Name);
            // Looked up once per person, not once per mention: a page naming one official thousands of times stays linear.
            var organization = reference?.Organization ?? withRole.Select(n => n.Organization).FirstOrDefault(o => o is not null);
            foreach (var name in group)
            {
                output.Add(Mention.FromSpan(document, name.Start, name.Stop, value)
                    .With(OfficialsExtension.Title, name.Title ?? reference?.Title)
                    .With(OfficialsExtension.Organization, name.Organization ?? organization));
            }
        }
        output.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}

public static class OfficialsExtension
{
    public static readonly MentionField Title = new("title", new JObject { ["description"] = "The role as written nearest the name.", ["type"] = new JArray("string", "null") }, Required: true);

    public static readonly MentionField Organization = new("organization", new JObject
    {
        ["description"] = "The body the role belongs to: an acronym (ONU, OTAN) or a state's ISO alpha-3 code.",
        ["type"] = new JArray("string", "null"),
        ["pattern"] = "^[A-Z]{2,10}$",
    }, Required: true);

    public static readonly MentionType Officials = new()
    {
        Name = "officials",
        Description = "Named persons in an official role (SPEC §4).",
        Value = new JObject
        {
            ["description"] = "the person's fullest name in the document, without honorific (M., Mme, Dr)",
            ["type"] = "string",
            ["pattern"] = @"^(?!(M|MM|Mme|Mmes|Mlle|Dr|Pr)\.? )\S",
        },
        Fields = [Title, Organization],
        Required = true,
        // SPEC §7: the folded surname, the last word of the full name.
        Key = m => m.Value is null ? null : Surname(MentionType.ValueText(m.Value)),
        Label = "OFFICIAL",
        Colour = "#aa9cfc",
    };

    /// <summary>The last word of a full name, lower case and without accents: "Jean-Pierre Lacroix" → "lacroix".</summary>
    public static string Surname(string name)
    {
        var trimmed = name.AsSpan().Trim();
        return TextFolding.Fold(trimmed[(trimmed.LastIndexOf(' ') + 1)..].ToString());
    }

    /// <summary>Settings: "model" (entity model, default models/ner-fr.bin), "firstNames" (gazetteer, default models/first-names-fr.txt) and "knownOfficials" (default models/officials-known.tsv).</summary>
    public static PipelineBuilder UseOfficials(this PipelineBuilder builder) => builder.Register(new Feature(Officials.Name, ctx =>
    {
        var modelPath = ctx.RequireModel();
        var namesPath = ctx.RequireModel("firstNames");
        var knownPath = ctx.RequireModel("knownOfficials");
        var model = NerModel.Load(modelPath, NerLexicon.Load(namesPath));
        return new OfficialsStage(new OfficialsRecognizer(model), KnownOfficials.Load(knownPath), ModelFiles.Version(modelPath, namesPath, knownPath));
    })
    {
        Reads = [TokenizeExtension.Tokens, Text.TextExtension.Sentences],
        Uses = [Countries.CountriesExtension.Countries.Name],
        Writes = [Officials],
    });
}
