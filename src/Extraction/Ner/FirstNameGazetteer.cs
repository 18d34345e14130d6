namespace Extraction.Ner;

using Extraction.Text;

/// <summary>
/// Compiles the first-name gazetteer from the international list (firstnames.csv) and the French INSEE
/// counts, keeping names common enough to be worth a feature and dropping those that are mostly ordinary
/// words in running text.
/// </summary>
public static class FirstNameGazetteer
{
    /// <summary>firstnames.csv cells hold x for a share of about 2^x %; -6 keeps names used by roughly 1 in 6,400.</summary>
    private const int MinInternationalFrequency = -6;

    /// <summary>Births in France 1900–2022.</summary>
    private const int MinFrenchBirths = 500;

    public static SortedSet<string> Build(string firstNamesCsv, string frenchNamesCsv, IEnumerable<NerSentence> taggedText)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(firstNamesCsv).Skip(1))
        {
            var cells = line.Split(';');
            if (cells.Length < 3 || cells[0].Length == 0) continue;
            bool frequent = false;
            for (int c = 2; c < cells.Length && !frequent; c++)
                frequent = int.TryParse(cells[c], out int x) && (x >= MinInternationalFrequency || c == cells.Length - 1);
            if (!frequent) continue;
            // "+" stands for a hyphen, a space or nothing; only one-token forms can match a token.
            var name = cells[0];
            if (name.Contains('+'))
            {
                Add(names, name.Replace('+', '-'));
                Add(names, name.Replace("+", ""));
            }
            else Add(names, name);
        }
        foreach (var line in File.ReadLines(frenchNamesCsv))
        {
            int comma = line.LastIndexOf(',');
            if (comma <= 0 || line[0] == '_' || !int.TryParse(line.AsSpan(comma + 1), out int births) || births < MinFrenchBirths) continue;
            Add(names, line[..comma]);
        }

        // A name written in lower case more often than capitalised is a common word ("rose"); one tagged as a
        // place or body more often than as a person is mostly that ("Paris", "France").
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        var person = new Dictionary<string, int>(StringComparer.Ordinal);
        var placeOrBody = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in taggedText)
            for (int i = 0; i < sentence.Tokens.Length; i++)
            {
                var token = sentence.Tokens[i];
                var word = sentence.Text.AsSpan(token.Start, token.Length);
                if (word.Length < 2 || !char.IsLetter(word[0])) continue;
                var key = sentence.Folded.Substring(token.Start, token.Length);
                if (!names.Contains(key)) continue;
                Count(char.IsLower(word[0]) ? lower : capitalised, key);
                if (sentence.Tags[i] != NerTags.O)
                    Count(NerTags.LabelOf(sentence.Tags[i]) == 0 ? person : placeOrBody, key);
            }
        foreach (var (key, count) in lower)
            if (count >= 3 && count >= capitalised.GetValueOrDefault(key))
                names.Remove(key);
        foreach (var (key, count) in placeOrBody)
            if (count >= 2 && count > person.GetValueOrDefault(key))
                names.Remove(key);
        return names;
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static void Add(SortedSet<string> names, string name)
    {
        if (name.Length >= 2) names.Add(TextFolding.Fold(name));
    }
}
