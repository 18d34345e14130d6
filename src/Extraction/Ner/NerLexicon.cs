namespace Extraction.Ner;

using System.Collections.Frozen;
using Extraction.Text;

/// <summary>
/// Word lists the entity recogniser uses as features: first names (compiled into models/ by the trainer),
/// honorifics and words for roles, which in news text stand right before a person's name.
/// </summary>
public sealed class NerLexicon
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics = FrozenWords.Of(
        "M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Dr", "Dr.", "Pr", "Pr.", "Me", "Mgr", "Mgr.");

    // Folded forms: capitals often lose their accents in French text.
    private static readonly FrozenSet<string> RoleWords = FrozenSet.Create(StringComparer.Ordinal,
        "president", "presidente", "vice-president", "vice-presidente", "ministre", "secretaire", "sous-secretaire",
        "general", "generale", "ambassadeur", "ambassadrice", "porte-parole", "chef", "directeur", "directrice",
        "representant", "representante", "envoye", "envoyee", "emissaire", "commandant", "colonel", "capitaine",
        "lieutenant", "amiral", "marechal", "commissaire", "haut-commissaire", "chancelier", "chanceliere",
        "roi", "reine", "prince", "princesse", "premier", "gouverneur", "maire", "depute", "deputee", "senateur",
        "procureur", "juge", "mediateur", "coordonnateur", "coordinateur", "conseiller", "conseillere", "delegue",
        "deleguee", "administrateur", "patron", "dirigeant", "leader", "pape", "cardinal", "eveque", "general-major");

    // Most tokens are too long or start with the wrong letter to be an honorific, so they skip the hash.
    private static readonly int LongestHonorific = Honorifics.Set.Max(w => w.Length);
    private static readonly string HonorificInitials = string.Concat(Honorifics.Set.Select(w => w[0]).Distinct());

    // First names and role words in one table, so a token costs one look-up for both features.
    private readonly WordMap<byte> foldedFlags;

    public NerLexicon(IEnumerable<string> foldedFirstNames)
    {
        var flags = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var name in foldedFirstNames) flags[name] = NerFeatures.FirstName;
        foreach (var role in RoleWords) flags[role] = (byte)(flags.GetValueOrDefault(role) | NerFeatures.RoleWord);
        foldedFlags = new WordMap<byte>(flags);
    }

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

    public bool IsFirstName(ReadOnlySpan<char> folded) => (FlagsOfFolded(folded) & NerFeatures.FirstName) != 0;

    public static bool IsHonorific(ReadOnlySpan<char> word) =>
        !word.IsEmpty && word.Length <= LongestHonorific && HonorificInitials.Contains(word[0]) && Honorifics.Contains(word);

    /// <summary>The <see cref="NerFeatures"/> lexicon flags of a token: first name, honorific, role word.</summary>
    public byte Flags(ReadOnlySpan<char> word, ReadOnlySpan<char> folded) =>
        (byte)(FlagsOfFolded(folded) | (IsHonorific(word) ? NerFeatures.Honorific : 0));

    private byte FlagsOfFolded(ReadOnlySpan<char> folded) => foldedFlags.TryGetValue(folded, out var flags) ? flags : (byte)0;
}
