namespace Extraction.Tests.Tokenize;

using Extraction.Core;
using Extraction.Ingest;
using Extraction.Measure;
using Extraction.Text;
using Extraction.Tokenize;

/// <summary>Invariants every tokenisation must keep, checked over the corpus and every UD GSD test sentence.</summary>
public class TokenOffsetPropertyTests
{
    private static IEnumerable<TestCaseData> CorpusDocuments() =>
        InputReader.FilesUnder(TestPaths.Seeds).Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));

    [TestCaseSource(nameof(CorpusDocuments))]
    public void Corpus_tokens_slice_the_original_without_overlap_or_gaps(string path)
    {
        var items = InputReader.ReadFile(path).ToList();
        Assert.That(items, Is.Not.Empty);
        foreach (var item in items)
        {
            var document = item.Document!;
            TestPipeline.Instance.Process(document);
            Assert.That(document.Tokens, Is.Not.Empty);
            AssertWellFormed(document.Text, document.Normalized, document.BodyStart, document.Tokens);
        }
    }

    [Test]
    public void Gsd_test_tokens_slice_the_original_without_overlap_or_gaps()
    {
        var sentences = ConlluReader.Read(Path.Combine(TestPaths.SharedData, Treebanks.Splits[0].Path)).ToList();
        Assert.That(sentences, Has.Count.EqualTo(416));
        foreach (var sentence in sentences)
        {
            var normalized = TextNormalizer.Normalize(sentence.Text);
            var tokens = new List<Token>();
            FrenchTokenizer.Tokenize(normalized, 0, normalized.Length, tokens);
            AssertWellFormed(sentence.Text, normalized, 0, tokens);
        }
    }

    private static void AssertWellFormed(string text, string normalized, int start, List<Token> tokens)
    {
        Assert.That(normalized, Has.Length.EqualTo(text.Length));
        var covered = new bool[text.Length];
        int previousEnd = start;
        foreach (var token in tokens)
        {
            if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
                Assert.Fail($"token [{token.Start},{token.End}) overlaps or leaves the text after {previousEnd} in: {text}");
            // The normalised slice is the original slice folded, so a token's text is the original at its offsets.
            if (TextNormalizer.Normalize(text[token.Start..token.End]) != normalized[token.Start..token.End])
                Assert.Fail($"token [{token.Start},{token.End}) does not slice the original \"{text[token.Start..token.End]}\"");
            for (int i = token.Start; i < token.End; i++) covered[i] = true;
            previousEnd = token.End;
        }
        for (int i = start; i < text.Length; i++)
            if (!covered[i] && !char.IsWhiteSpace(text[i]) && !char.IsControl(text[i]))
                Assert.Fail($"character '{text[i]}' at {i} is in no token: {text}");
    }
}
