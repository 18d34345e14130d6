namespace Extraction.Recognizers.Commitments;

using Extraction.Core;
using Extraction.Pipeline;
using Extraction.Recognizers.Counts;
using Extraction.Text;

/// <summary>
/// The features the commitment reader weighs for one sentence, as hashed indices: its words, word pairs and
/// word beginnings (a crude stem), what the rules read in it (type and status, so their request verbs arrive as "called_for"), and whether it holds an actor, a count, money, a future or conditional verb or a
/// negation. Training and inference both call this, so they cannot drift apart.
/// </summary>
public static class CommitmentFeatures
{
    public const int Bits = 16;
    private const uint Mask = (1u << Bits) - 1;

    public static void Extract(Sentence sentence, List<uint> features)
    {
        features.Clear();
        var folded = sentence.Folded;
        var words = sentence.Words;
        features.Add(Hash("bias"));
        bool negation = false, future = false, conditional = false;
        for (int i = 0; i < words.Length; i++)
        {
            var word = folded.AsSpan()[words[i]];
            features.Add(Hash("w:", word));
            features.Add(Hash("p:", word[..Math.Min(5, word.Length)]));
            if (i + 1 < words.Length) features.Add(Pair(word, folded.AsSpan()[words[i + 1]]));
            negation |= word is "pas" or "aucun" or "aucune" or "jamais" or "ni";
            future |= word.Length > 4 && FrenchVerbForms.IsFuture(word);
            conditional |= word.Length > 4 && FrenchVerbForms.IsConditional(word);
        }
        if (negation) features.Add(Hash("neg"));
        if (future) features.Add(Hash("fut"));
        if (conditional) features.Add(Hash("cond"));
        foreach (var rule in sentence.Rules)
        {
            features.Add(Hash("r:", (string)rule.Value!));
            features.Add(Hash("rs:", rule.Get(CommitmentsExtension.Status) as string));
        }
        if (sentence.Rules.Count > 0) features.Add(Hash("r:any"));
        if (sentence.Countries > 0) features.Add(Hash("a:country"));
        foreach (var count in sentence.Counts)
        {
            features.Add(Hash("n:count"));
            if (count.Get(CountsExtension.Currency) is string) features.Add(Hash("n:money"));
            if (count.Get(CountsExtension.Unit) is string unit) features.Add(Hash("n:", CountsExtension.UnitHead(unit)));
        }
    }

    private const uint Basis = 2166136261u;

    private static uint Hash(string text) => Fnv(Basis, text) & Mask;

    private static uint Hash(string prefix, ReadOnlySpan<char> text) => Fnv(Fnv(Basis, prefix), text) & Mask;

    private static uint Pair(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => Fnv(Fnv(Fnv(Fnv(Basis, "b:"), first), " "), second) & Mask;

    private static uint Fnv(uint hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    /// <summary>One sentence as the reader sees it: the document's folded text and the sentence's words in it, the type terms in it, and what earlier stages found there.</summary>
    public sealed record Sentence(int Start, int End, string Folded, Range[] Words, List<Mention> Rules, int Countries, List<Mention> Counts)
    {
        // Only a sentence the reader accepts needs its type terms (to place a span), so they are found on demand.
        private List<TypeTerm>? terms;

        public List<TypeTerm> Terms => terms ??= CommitmentsNormalizer.TermsOf(Folded, Words, 0, Words.Length);
    }

    /// <summary>The sentence [start, end) of a document, with the rule mentions and counts that start inside it; its words are ranges of the document's folded text.</summary>
    public static Sentence Of(Document document, int start, int end, List<Mention> rules, List<Mention> counts, int countries)
    {
        var folded = document.Folded;
        var words = CommitmentsNormalizer.Words(folded, start, end);
        return new Sentence(start, end, folded, words, rules, countries, counts);
    }
}
