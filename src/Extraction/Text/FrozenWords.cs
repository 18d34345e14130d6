namespace Extraction.Text;

using System.Collections.Frozen;

/// <summary>
/// A fixed word list as a frozen set looked up by span: a lexicon is built once, cannot be changed by any caller,
/// and a token's slice of the text checks it without becoming a string.
/// </summary>
public static class FrozenWords
{
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Of(params IEnumerable<string> words) => Of(StringComparer.Ordinal, words);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Of(StringComparer comparer, params IEnumerable<string> words) =>
        words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
}
