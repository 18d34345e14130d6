namespace Extraction.Recognizers.Officials;

using System.Collections.Frozen;
using Extraction.Text;

/// <summary>
/// Officials the press names without writing their office ("Emmanuel Macron", "Angela Merkel"), read once from
/// a hand-written list (models/officials-known.tsv): a full name found in a document and on the list is an
/// official even when no role or office cue stands beside it. The title stays what the document writes.
/// </summary>
public sealed class KnownOfficials
{
    private readonly FrozenSet<string> names;

    private KnownOfficials(FrozenSet<string> names) => this.names = names;

    public static KnownOfficials Load(string path) =>
        new(TsvReader.Read(path).Select(row => OfficialsNormalizer.NameKey(row[0])).ToFrozenSet(StringComparer.Ordinal));

    public bool Contains(string name) => names.Contains(OfficialsNormalizer.NameKey(name));
}
