namespace Extraction.Recognizers.Dates;

using Extraction.Core;
using Extraction.Text;

/// <summary>
/// Whether the sentence around a bare weekday speaks of the future ("représenteront mardi", "commencera
/// mercredi", "devrait"), which makes the weekday the next one rather than the last.
/// </summary>
internal static class FutureTense
{
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "front", "affront", "camera", "opera", "era", "sera", "extra", "ultra", "sahara", "tiara", "lira",
    };

    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "sera", "seront", "devrait", "devraient", "va", "vont", "prochain", "prochaine",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotVerb = NotVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Marker = Markers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool InClauseOf(Document document, int offset)
    {
        var sentence = SentenceAt(document, offset);
        Span<char> folded = stackalloc char[32];
        for (int t = document.TokenIndexAt(sentence.Start); t < document.Tokens.Count && document.Tokens[t].Start < sentence.End; t++)
        {
            var token = document.Tokens[t];
            if (token.Kind != TokenKind.Word || token.Length > 32) continue;
            if (IsFutureForm(TextFolding.Fold(document.NormOf(token), folded))) return true;
        }
        return false;
    }

    /// <summary>A folded word in the simple future (third person) or a periphrastic future marker.</summary>
    public static bool IsFutureForm(ReadOnlySpan<char> folded)
    {
        if (Marker.Contains(folded)) return true;
        if (NotVerb.Contains(folded)) return false;
        return (folded.Length >= 6 && folded.EndsWith("ront")) || (folded.Length >= 5 && (folded.EndsWith("era") || folded.EndsWith("ira")));
    }

    private static TextSpan SentenceAt(Document document, int offset)
    {
        foreach (var sentence in document.Sentences)
            if (sentence.Start <= offset && offset < sentence.End) return sentence;
        return new TextSpan(offset, offset + 1);
    }
}
