namespace Extraction.Recognizers.Officials;

using Extraction.Core;
using Extraction.Ner;
using Extraction.Pipeline;

/// <summary>
/// The "officials" stage: person names that hold an office in the document. Mentions of one person (same
/// surname) share the fullest name as value; a mention with no role beside it takes the role and body of
/// the fullest mention that has one, and a surname the name finder missed ("pro-Haftar") is still a mention.
/// Names never shown in office in the document are not officials, unless their full name is on the list of
/// known officials.
/// </summary>
public sealed class OfficialsStage(OfficialsRecognizer recognizer, KnownOfficials known, string modelVersion) : IModelStage
{
    public string Name => "officials";
    public string ModelVersion { get; } = modelVersion;

    public void Process(Document document)
    {
        var names = recognizer.Find(document);
        var output = document.MentionsOf("officials");
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
                    .With("title", name.Title ?? reference?.Title)
                    .With("organization", name.Organization ?? organization));
            }
        }
        output.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}

public static class OfficialsExtension
{
    /// <summary>Settings: "model" (entity model, default models/ner-fr.bin), "firstNames" (gazetteer, default models/first-names-fr.txt) and "knownOfficials" (default models/officials-known.tsv).</summary>
    public static PipelineBuilder UseOfficials(this PipelineBuilder builder) => builder.Register("officials", ctx =>
    {
        var modelPath = ctx.RequireModel();
        var namesPath = ctx.RequireModel("firstNames");
        var knownPath = ctx.RequireModel("knownOfficials");
        var model = NerModel.Load(modelPath, NerLexicon.Load(namesPath));
        return new OfficialsStage(new OfficialsRecognizer(model), KnownOfficials.Load(knownPath), ModelFiles.Version(modelPath, namesPath, knownPath));
    });
}
