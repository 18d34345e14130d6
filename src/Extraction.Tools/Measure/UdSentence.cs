namespace Extraction.Measure;

using Extraction.Core;

/// <summary>
/// One CoNLL-U sentence: its "# text", the document it belongs to, and its surface tokens as spans of the
/// text (multiword range lines such as "12-13 du" count once, their syntactic words not at all).
/// </summary>
public sealed record UdSentence(string DocumentId, string SentenceId, string Text, IReadOnlyList<TextSpan> Tokens);
