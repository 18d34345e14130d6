namespace Extraction.Core;

/// <summary>What a token is made of, decided once by the tokeniser so recognisers need not re-scan its characters.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token as offsets into <see cref="Document.Text"/>; it holds no string so tokenising allocates nothing per token.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>A half-open range [Start, End) of UTF-16 offsets into the original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
