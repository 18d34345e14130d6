namespace Extraction.Tests.Measure;

using Extraction.Core;
using Extraction.Measure;

public class TokenizationScorerTests
{
    private const string Conllu = """
        # newdoc id = d1
        # sent_id = d1_1
        # text = Il vient du Mali.
        1	Il	il	PRON	_	_	2	nsubj	_	_
        2	vient	venir	VERB	_	_	0	root	_	_
        3-4	du	_	_	_	_	_	_	_	_
        3	de	de	ADP	_	_	5	case	_	_
        4	le	le	DET	_	_	5	det	_	_
        5	Mali	Mali	PROPN	_	_	2	obl	_	SpaceAfter=No
        6	.	.	PUNCT	_	_	2	punct	_	_

        # sent_id = d1_2
        # text = C'est l'ONU.
        1	C'	ce	PRON	_	_	2	nsubj	_	SpaceAfter=No
        2	est	être	AUX	_	_	0	root	_	_
        3	l'	le	DET	_	_	4	det	_	SpaceAfter=No
        4	ONU	ONU	PROPN	_	_	2	attr	_	SpaceAfter=No
        5	.	.	PUNCT	_	_	2	punct	_	_

        """;

    private static List<UdSentence> Read() => ConlluReader.Read(new StringReader(Conllu)).ToList();

    [Test]
    public void Reads_surface_tokens_as_spans_of_the_text()
    {
        var sentences = Read();
        Assert.That(sentences.Select(s => s.DocumentId), Is.EqualTo(new[] { "d1", "d1" }));
        Assert.That(sentences[0].Tokens.Select(t => sentences[0].Text[t.Start..t.End]), Is.EqualTo(new[] { "Il", "vient", "du", "Mali", "." }));
        Assert.That(sentences[1].Tokens, Is.EqualTo(new[] { new TextSpan(0, 2), new TextSpan(2, 5), new TextSpan(6, 8), new TextSpan(8, 11), new TextSpan(11, 12) }));
    }

    [Test]
    public void Scores_a_perfect_tokenisation_and_split()
    {
        var sentences = Read();
        Assert.That(TokenizationScorer.ScoreTokens(sentences), Is.EqualTo(new SpanScore(10, 10, 10)));
        Assert.That(TokenizationScorer.ScoreSentences(sentences), Is.EqualTo(new SpanScore(2, 2, 2)));
    }

    [Test]
    public void Span_score_counts_partial_matches()
    {
        var score = SpanScore.Compare(new[] { new TextSpan(0, 2), new TextSpan(3, 5), new TextSpan(6, 9) }, new[] { new TextSpan(0, 2), new TextSpan(3, 9) });
        Assert.That((score.Matched, score.Precision, score.Recall), Is.EqualTo((1, 1 / 3.0, 0.5)));
        Assert.That(score.F1, Is.EqualTo(0.4).Within(1e-12));
    }

    [Test]
    public void Gsd_test_split_meets_the_token_and_sentence_goals()
    {
        var sentences = ConlluReader.Read(Path.Combine(TestPaths.SharedData, Treebanks.Splits[0].Path)).ToList();
        var tokens = TokenizationScorer.ScoreTokens(sentences);
        var split = TokenizationScorer.ScoreSentences(sentences);
        Assert.Multiple(() =>
        {
            Assert.That(tokens.Gold, Is.EqualTo(9738));
            Assert.That(tokens.F1, Is.GreaterThanOrEqualTo(0.99), tokens.ToString());
            Assert.That(split.Gold, Is.EqualTo(416));
            Assert.That(split.F1, Is.GreaterThanOrEqualTo(0.97), split.ToString());
        });
    }
}
