namespace Extraction.Training;

using Extraction.Run;
using Newtonsoft.Json.Linq;

/// <summary>An entity span of a labelled sentence, in document offsets.</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);

/// <summary>A commitment as labelled: the span naming what is pledged, in document offsets, and its fields.</summary>
public sealed record LabelledCommitment(int Start, int End, string Type, string Status, string? Actor, long? ActorCount, double? Quantity);

/// <summary>One labelled sentence: where it lies in its document, its split, and its labels.</summary>
public sealed record LabelledSentence(string Doc, string DocumentText, int Start, int End, string Split,
    IReadOnlyList<EntitySpan> Entities, IReadOnlyList<LabelledCommitment>? Commitments)
{
    public string Text => DocumentText[Start..End];
}

/// <summary>
/// The sentence corpus of corpus/training/sentences: ids and offsets into the data sets of ../shared/data,
/// whose texts are read here and never stored in the project. Splits are by document, fixed by a stable
/// hash of the id (70 % train, 15 % dev, 15 % test), the same rule select.py wrote down before labelling.
/// </summary>
public static class SentenceCorpus
{
    public const string Train = "train", Dev = "dev", Test = "test";

    /// <summary>The labelled corpus (commitments and entities); selection rule and counts in its README.</summary>
    public static List<LabelledSentence> Load(string corpusFolder, string dataFolder) =>
        Read(Path.Combine(corpusFolder, "labels.jsonl"), Texts(dataFolder), withCommitments: true);

    /// <summary>
    /// The 185 press sentences hand-corrected for entities in an earlier round, kept only where their document
    /// falls in the training split and outside the blind pool, so no held-out or blind document is trained on.
    /// </summary>
    public static List<LabelledSentence> LoadEarlierEntities(string corpusFolder, string dataFolder) =>
        Read(Path.Combine(corpusFolder, "ner-press-earlier.jsonl"), Texts(dataFolder), withCommitments: false)
            .Where(s => s.Split == Train && !InBlindPool(s.Doc)).ToList();

    public static string SplitOf(string doc) => (Fnv("split:" + doc) % 100) switch
    {
        < 70 => Train,
        < 85 => Dev,
        _ => Test,
    };

    /// <summary>Documents kept for blind batches (docs/ANNOTATION.md, batch 7): never trained on.</summary>
    public static bool InBlindPool(string doc) => Fnv("blind:" + doc) % 10 == 0;

    private static ulong Fnv(string text) => Shard.StableHash(text);

    private static Dictionary<string, string> Texts(string dataFolder)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new[] { Path.Combine(dataFolder, "unpc-fr", "unpc-fr.jsonl"), Path.Combine(dataFolder, "press-fr", "press-fr.jsonl") })
            foreach (var line in File.ReadLines(file))
            {
                var entry = JObject.Parse(line);
                texts[(string)entry["id"]!] = (string)entry["text"]!;
            }
        return texts;
    }

    private static List<LabelledSentence> Read(string path, Dictionary<string, string> texts, bool withCommitments)
    {
        var sentences = new List<LabelledSentence>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var row = JObject.Parse(line);
            var doc = (string)row["doc"]!;
            if (!texts.TryGetValue(doc, out var text))
                throw new FormatException($"{path}:{lineNumber}: document {doc} is not in the data sets");
            var entities = ((JArray)row["entities"]!).Select(e => new EntitySpan((int)e[0]!, (int)e[1]!, (string)e[2]!)).ToList();
            var commitments = withCommitments
                ? ((JArray)row["commitments"]!).Select(c => new LabelledCommitment((int)c["start"]!, (int)c["end"]!, (string)c["value"]!,
                    (string)c["status"]!, (string?)c["actor"], (long?)c["actor_count"], (double?)c["quantity"])).ToList()
                : null;
            sentences.Add(new LabelledSentence(doc, text, (int)row["start"]!, (int)row["end"]!, SplitOf(doc), entities, commitments));
        }
        return sentences;
    }
}
