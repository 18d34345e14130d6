namespace Extraction.Ner;

using Extraction.Core;
using Extraction.Text;

/// <summary>
/// A tagged training or evaluation sentence. Its words are laid out in one string with offsets, the same
/// shape the recogniser sees in a document, so training and inference share the feature code.
/// </summary>
public sealed class NerSentence
{
    private NerSentence(string text, Token[] tokens, byte[] tags)
    {
        Text = text;
        Folded = TextFolding.Fold(text);
        Tokens = tokens;
        Tags = tags;
    }

    public string Text { get; }
    public string Folded { get; }
    public Token[] Tokens { get; }
    public byte[] Tags { get; }

    public static NerSentence FromWords(IReadOnlyList<string> words, IReadOnlyList<byte> tags)
    {
        var tokens = new Token[words.Count];
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) text.Append(' ');
            int start = text.Length;
            text.Append(words[i]);
            tokens[i] = new Token(start, text.Length, KindOf(words[i]));
        }
        return new NerSentence(text.ToString(), tokens, [.. tags]);
    }

    private static TokenKind KindOf(string word) =>
        word.Any(char.IsLetter) ? TokenKind.Word
        : word.Any(char.IsAsciiDigit) ? TokenKind.Number
        : TokenKind.Punctuation;
}
