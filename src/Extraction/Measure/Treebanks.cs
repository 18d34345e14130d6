namespace Extraction.Measure;

/// <summary>The UD French test splits the tokeniser is measured on, as paths below the shared data folder.</summary>
public static class Treebanks
{
    public static readonly (string Name, string Path)[] TestSplits =
    [
        ("UD French-GSD test", "ud-french-gsd/fr_gsd-ud-test.conllu"),
        ("UD French-PUD test", "ud-french-pud/fr_pud-ud-test.conllu"),
        ("UD French-Sequoia test", "ud-french-sequoia/fr_sequoia-ud-test.conllu"),
    ];
}
