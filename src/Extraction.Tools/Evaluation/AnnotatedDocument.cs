namespace Extraction.Evaluation;

using Extraction.Core;

/// <summary>
/// A document's mentions by list, from a gold file, a record line or a pipeline run, with the text the
/// offsets point into when it is known (for error sentences and rendering).
/// </summary>
public sealed record AnnotatedDocument(
    string Id,
    string Source,
    string? DocumentDate,
    string? Text,
    IReadOnlyDictionary<string, List<Mention>> Lists)
{
    public IReadOnlyList<Mention> MentionsOf(string list) =>
        Lists.TryGetValue(list, out var mentions) ? mentions : [];

    public static AnnotatedDocument FromDocument(Document document) => new(
        document.Id,
        document.Source,
        document.DocumentDate,
        document.Text,
        document.Mentions.ToDictionary(p => p.Key, p => p.Value.OrderBy(m => m.Start).ThenBy(m => m.End).ToList(), StringComparer.Ordinal));
}
