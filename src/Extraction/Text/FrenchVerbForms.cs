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

    // The last letters of every ending, taken from the lists themselves: the plural nouns and the present tenses
    // that most words are fail one look-up here, before the lists are read.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureTails = FrozenWords.Of([.. FutureEndings.Select(e => e[^3..]).Distinct()]);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConditionalTails = FrozenWords.Of([.. ConditionalEndings.Select(e => e[^4..]).Distinct()]);

    public static bool IsFuture(ReadOnlySpan<char> folded) =>
        folded.Length >= 4 && FutureTails.Contains(folded[^3..]) && Affixes.EndsWithAny(folded, FutureEndings) && !NotVerbs.Contains(folded);

    public static bool IsConditional(ReadOnlySpan<char> folded) =>
        folded.Length >= 6 && ConditionalTails.Contains(folded[^4..]) && Affixes.EndsWithAny(folded, ConditionalEndings);
}
