namespace Extraction.Ner;

/// <summary>Readers for the tagged corpora the recogniser is trained on.</summary>
public static class NerCorpora
{
    private const int MaxSentenceTokens = 80;

    /// <summary>
    /// The Europeana Newspapers file: "TOKEN TAG" lines in IOB1 with no sentence breaks. Sentences are cut
    /// after ".", "!" or "?" (and at 80 tokens, as OCR runs on without punctuation), and IOB1 becomes BIO:
    /// an I-X that does not continue an X entity begins one.
    /// </summary>
    public static List<NerSentence> ReadEuropeana(string path)
    {
        var builder = new SentenceBuilder();
        var (words, tags) = (builder.Words, builder.Tags);
        foreach (var line in File.ReadLines(path))
        {
            int space = line.LastIndexOf(' ');
            if (space <= 0) continue;
            var word = line[..space];
            var tag = line.AsSpan(space + 1);
            byte bio = NerTags.O;
            if (tag is not "O")
            {
                if (tag.Length < 3 || tag[1] != '-') throw new FormatException($"{path}: bad tag in line \"{line}\"");
                int label = NerTags.Labels.IndexOf(tag[2..].ToString());
                if (label < 0) throw new FormatException($"{path}: unknown label in line \"{line}\"");
                byte previous = tags.Count > 0 ? tags[^1] : NerTags.O;
                bool continues = tag[0] == 'I' && previous != NerTags.O && NerTags.LabelOf(previous) == label;
                bio = continues ? NerTags.Inside(label) : NerTags.Begin(label);
            }
            words.Add(word);
            tags.Add(bio);
            if (word is "." or "!" or "?" || words.Count >= MaxSentenceTokens)
                builder.Flush();
        }
        builder.Flush();
        return builder.Sentences;
    }

    /// <summary>CoNLL "token TAG" lines in BIO, a blank line between sentences; a line starting with # before a sentence is a comment.</summary>
    public static List<NerSentence> ReadConll(string path)
    {
        var builder = new SentenceBuilder();
        var (words, tags) = (builder.Words, builder.Tags);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (words.Count == 0 && line.StartsWith('#')) continue;
            if (line.Length == 0)
            {
                builder.Flush();
                continue;
            }
            int space = line.LastIndexOf(' ');
            if (space <= 0) throw new FormatException($"{path}:{lineNumber}: expected \"token TAG\", got \"{line}\"");
            byte tag = NerTags.Parse(line.AsSpan(space + 1));
            if (!NerTags.CanFollow(tags.Count > 0 ? tags[^1] : NerTags.O, tag))
                throw new FormatException($"{path}:{lineNumber}: {NerTags.Name(tag)} does not continue an entity of its type");
            words.Add(line[..space]);
            tags.Add(tag);
        }
        builder.Flush();
        return builder.Sentences;
    }

    /// <summary>
    /// A sentence of the labelled corpus, tokenised as the pipeline tokenises (same-length normalisation, then
    /// the French tokeniser), each token tagged by the entity span it falls in.
    /// </summary>
    public static NerSentence FromLabelled(Training.LabelledSentence sentence)
    {
        var normalized = Text.TextNormalizer.Normalize(sentence.DocumentText.Substring(sentence.Start, sentence.End - sentence.Start));
        var tokens = new List<Core.Token>();
        Tokenize.FrenchTokenizer.Tokenize(normalized, 0, normalized.Length, tokens);
        var words = new List<string>(tokens.Count);
        var tags = new List<byte>(tokens.Count);
        int previousEntity = -1;
        foreach (var token in tokens)
        {
            words.Add(sentence.DocumentText.Substring(sentence.Start + token.Start, token.Length));
            int entity = -1;
            for (int e = 0; e < sentence.Entities.Count; e++)
            {
                var span = sentence.Entities[e];
                if (span.Start < sentence.Start + token.End && sentence.Start + token.Start < span.End) { entity = e; break; }
            }
            tags.Add(entity < 0 ? NerTags.O
                : entity == previousEntity ? NerTags.Inside(NerTags.Labels.IndexOf(sentence.Entities[entity].Type))
                : NerTags.Begin(NerTags.Labels.IndexOf(sentence.Entities[entity].Type)));
            previousEntity = entity;
        }
        return NerSentence.FromWords(words, tags);
    }

    /// <summary>Collects words and tags until a sentence ends, then turns them into a <see cref="NerSentence"/>.</summary>
    private sealed class SentenceBuilder
    {
        public List<NerSentence> Sentences { get; } = [];
        public List<string> Words { get; } = [];
        public List<byte> Tags { get; } = [];

        public void Flush()
        {
            if (Words.Count > 0) Sentences.Add(NerSentence.FromWords(Words, Tags));
            Words.Clear();
            Tags.Clear();
        }
    }
}
