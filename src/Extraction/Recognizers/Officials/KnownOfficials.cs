namespace Extraction.Recognizers.Officials;

/// <summary>
/// Officials the press names without writing their office ("Emmanuel Macron", "Angela Merkel"), read once from
/// a hand-written list (models/officials-known.tsv): a full name found in a document and on the list is an
/// official even when no role or office cue stands beside it. The title stays what the document writes.
/// </summary>
public sealed class KnownOfficials
{
    private readonly HashSet<string> names;

    private KnownOfficials(HashSet<string> names) => this.names = names;

    public static KnownOfficials Load(string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            names.Add(OfficialsNormalizer.NameKey(tab < 0 ? line : line[..tab]));
        }
        return new KnownOfficials(names);
    }

    public bool Contains(string name) => names.Contains(OfficialsNormalizer.NameKey(name));
}
