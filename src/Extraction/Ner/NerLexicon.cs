namespace Extraction.Ner;

/// <summary>
/// Word lists the entity recogniser uses as features: first names (compiled into models/ by the trainer),
/// honorifics and words for roles, which in news text stand right before a person's name.
/// </summary>
public sealed class NerLexicon
{
    private static readonly HashSet<string> HonorificWords = new(StringComparer.Ordinal)
    {
        "M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Dr", "Dr.", "Pr", "Pr.", "Me", "Mgr", "Mgr.",
    };

    // Folded forms: capitals often lose their accents in French text.
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "president", "presidente", "vice-president", "vice-presidente", "ministre", "secretaire", "sous-secretaire",
        "general", "generale", "ambassadeur", "ambassadrice", "porte-parole", "chef", "directeur", "directrice",
        "representant", "representante", "envoye", "envoyee", "emissaire", "commandant", "colonel", "capitaine",
        "lieutenant", "amiral", "marechal", "commissaire", "haut-commissaire", "chancelier", "chanceliere",
        "roi", "reine", "prince", "princesse", "premier", "gouverneur", "maire", "depute", "deputee", "senateur",
        "procureur", "juge", "mediateur", "coordonnateur", "coordinateur", "conseiller", "conseillere", "delegue",
        "deleguee", "administrateur", "patron", "dirigeant", "leader", "pape", "cardinal", "eveque", "general-major",
    };

    private readonly HashSet<string> firstNames;

    public NerLexicon(IEnumerable<string> foldedFirstNames) => firstNames = new HashSet<string>(foldedFirstNames, StringComparer.Ordinal);

    /// <summary>Reads a gazetteer written by <see cref="Write"/>: one folded first name a line.</summary>
    public static NerLexicon Load(string path) =>
        new(File.ReadLines(path).Where(line => line.Length > 0 && line[0] != '#'));

    public static void Write(string path, IEnumerable<string> foldedFirstNames, string header)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# " + header);
        foreach (var name in foldedFirstNames.Order(StringComparer.Ordinal))
            writer.WriteLine(name);
    }

    public bool IsFirstName(ReadOnlySpan<char> folded) => firstNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    public static bool IsHonorific(ReadOnlySpan<char> word) => HonorificWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsRoleWord(ReadOnlySpan<char> folded) => RoleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);
}
