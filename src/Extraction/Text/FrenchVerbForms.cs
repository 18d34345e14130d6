namespace Extraction.Text;

using System.Collections.Frozen;

/// <summary>
/// French verb forms told by their endings alone, on folded lower-case words: the simple future ("enverra",
/// "représenteront") and the conditional ("enverrait"). The passé simple of verbs in -rer ("déclara") and nouns
/// with the same endings ("caméra", "sierra") are not futures.
/// </summary>
public static class FrenchVerbForms
{
    // Stems before the future's "r": -e- (donnera), -i- (finira), -d- (prendra), -rr- (enverra), -tt-
    // (permettra), -v- (recevra); -u- only in the plural (conclurent is the passé simple, concluront the future).
    private static readonly string[] FutureEndings =
    [
        "era", "eront", "erons", "erez", "ira", "iront", "irons", "irez", "dra", "dront", "drons", "drez", "rra", "rront", "rrons",
        "rrez", "ttra", "ttront", "ttrons", "ttrez", "vra", "vront", "vrons", "vrez", "uront", "urons",
    ];

    private static readonly string[] ConditionalEndings =
        ["erait", "eraient", "irait", "iraient", "drait", "draient", "rrait", "rraient", "ttrait", "ttraient", "vrait", "vraient", "urait", "uraient"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotVerbs = FrozenWords.Of(
        "camera", "cameras", "opera", "operas", "cholera", "riviera", "sierra", "lira", "vera", "cedra", "hydra", "chimera",
        "livra", "ouvra", "delivra");

    // Every future ending ends in one of these, every conditional ending in "rait" or "raient": the plural
    // nouns and the present tenses that most words are fail here, before the list is read.
    public static bool IsFuture(ReadOnlySpan<char> folded) =>
        folded.Length >= 4 && (folded.EndsWith("ra") || folded.EndsWith("ront") || folded.EndsWith("rons") || folded.EndsWith("rez"))
        && Affixes.EndsWithAny(folded, FutureEndings) && !NotVerbs.Contains(folded);

    public static bool IsConditional(ReadOnlySpan<char> folded) =>
        folded.Length >= 6 && (folded.EndsWith("rait") || folded.EndsWith("raient")) && Affixes.EndsWithAny(folded, ConditionalEndings);
}
