namespace Extraction.Measure;

/// <summary>
/// The UD French splits the tokeniser is measured on, as paths below the shared data folder: the GSD test
/// split is the goal; the others are for information (GSD dev shows how the rules tuned on test generalise).
/// </summary>
public static class Treebanks
{
    public static readonly (string Name, string Path)[] Splits =
    [
        ("UD French-GSD test", "ud-french-gsd/fr_gsd-ud-test.conllu"),
        ("UD French-PUD test", "ud-french-pud/fr_pud-ud-test.conllu"),
        ("UD French-Sequoia test", "ud-french-sequoia/fr_sequoia-ud-test.conllu"),
        ("UD French-GSD dev", "ud-french-gsd/fr_gsd-ud-dev.conllu"),
    ];
}
