namespace Extraction.Recognizers.Countries;

using Extraction.Text;

/// <summary>What a gazetteer entry is, which decides how it may match and whether it becomes a mention.</summary>
public enum CountryEntryKind : byte
{
    /// <summary>A country name; matches only with a capital initial ("Chine", not "chine"; "Grenade", not "grenade").</summary>
    Name,

    /// <summary>A demonym or national adjective; matches in any case ("canadiens", "les Français").</summary>
    Demonym,

    /// <summary>An acronym ("RDC", "RCA"); matches only when written in capitals.</summary>
    Acronym,

    /// <summary>A capital city that tells which state an ambiguous mention means (Séoul → KOR); never a mention.</summary>
    Cue,

    /// <summary>A phrase whose country word does not denote the state ("fleuve Niger", "Irlande du Nord"); consumed, never a mention.</summary>
    Block,
}

/// <summary>One gazetteer line: a folded token sequence and the states it may denote, the default first.</summary>
public sealed record CountryEntry(CountryEntryKind Kind, string[] Tokens, string[] Codes)
{
    public bool IsAmbiguous => Codes.Length > 1;
}

/// <summary>
/// The compiled gazetteer (models/countries.tsv), indexed by the folded first token so the recogniser does
/// one dictionary look-up per word and compares the rest of a candidate only when the first token hits.
/// </summary>
public sealed class CountriesLexicon
{
    public const string Header = "kind\tform\tcodes";

    private readonly WordMap<CountryEntry[]> byFirstToken;

    private CountriesLexicon(Dictionary<string, CountryEntry[]> byFirstToken, int count)
    {
        this.byFirstToken = new WordMap<CountryEntry[]>(byFirstToken);
        Count = count;
    }

    public int Count { get; }

    /// <summary>The entries whose folded first token this is, longest first, so the first that matches is the longest; null for none.</summary>
    public CountryEntry[]? CandidatesFor(ReadOnlySpan<char> firstToken) =>
        byFirstToken.TryGetValue(firstToken, out var entries) ? entries : null;

    /// <summary>
    /// Lower-case words after which a lower-case demonym is a noun for the language, not the state:
    /// "en français", "le chinois", "du russe", "l'arabe". (A demonym for the people is capitalised: "les Français".)
    /// </summary>
    public static bool IsLanguageDeterminer(ReadOnlySpan<char> folded) =>
        folded is "en" or "le" or "l'" or "du" or "au";

    /// <summary>
    /// Names that are also given names: followed by a capitalised word they are a person ("Salvador Romero").
    /// </summary>
    public static bool IsGivenName(ReadOnlySpan<char> folded) =>
        folded is "salvador" or "israel";

    public static CountriesLexicon Load(string path) => Parse(File.ReadLines(path), path);

    public static CountriesLexicon Parse(IEnumerable<string> lines, string source)
    {
        var lists = new Dictionary<string, List<CountryEntry>>(StringComparer.Ordinal);
        int count = 0;
        foreach (var row in TsvReader.Parse(lines, source, header: Header))
        {
            if (row.Count != 3 || !Enum.TryParse<CountryEntryKind>(row[0], ignoreCase: true, out var kind) || row[1].Length == 0)
                throw row.Error("\"kind<TAB>folded form<TAB>codes\" with kind name, demonym, acronym, cue or block");
            var tokens = row[1].Split(' ');
            var codes = kind == CountryEntryKind.Block ? [] : row[2].Split('|');
            if (kind != CountryEntryKind.Block && codes.Any(c => c.Length != 3))
                throw row.Error("ISO 3166-1 alpha-3 codes separated by |");
            if (!lists.TryGetValue(tokens[0], out var list))
                lists[tokens[0]] = list = [];
            list.Add(new CountryEntry(kind, tokens, codes));
            count++;
        }

        var index = new Dictionary<string, CountryEntry[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (first, list) in lists)
            index[first] = [.. list.OrderByDescending(e => e.Tokens.Length).ThenBy(e => e.Kind)];
        return new CountriesLexicon(index, count);
    }
}
