namespace Extraction.Recognizers.Commitments;

using Extraction.Core;
using Extraction.Recognizers.Countries;
using Extraction.Recognizers.Counts;

/// <summary>
/// Applies the trained <see cref="CommitmentModel"/> sentence by sentence and combines it with what the rules
/// found, as the model's <see cref="CommitmentMode"/> says. A type the model adds is placed on the first
/// phrase of the sentence that names it (the gold's span convention); its status is the best-scoring
/// status head; its actor is the first state the sentence names, else the group or organisation its words
/// name; money pledged is its quantity.
/// </summary>
public static class CommitmentReader
{
    public static void Read(Document document, List<Mention> rules, CommitmentModel model, List<Mention> output)
    {
        if (model.Mode == CommitmentMode.Rules || document.Tokens.Count == 0)
        {
            output.AddRange(rules);
            return;
        }
        var ruleCursor = new MentionCursor(rules);
        var counts = new MentionCursor(document, CountsExtension.Counts.Name);
        var countries = new MentionCursor(document, CountriesExtension.Countries.Name);
        var features = new List<uint>();
        foreach (var (first, end) in SentenceWindows.Of(document))
        {
            int start = document.Tokens[first].Start, stop = document.Tokens[end - 1].End;
            var inRules = ruleCursor.Within(start, stop);
            var statesNamed = countries.Within(start, stop);
            var sentence = CommitmentFeatures.Of(document, start, stop, inRules, counts.Within(start, stop), statesNamed.Count);
            CommitmentFeatures.Extract(sentence, features);
            bool accepted = model.Detector.Fires(features);
            var kept = model.Mode switch
            {
                CommitmentMode.Union => inRules,
                CommitmentMode.Gated when accepted => inRules,
                _ => [],
            };
            output.AddRange(kept);
            if (accepted)
                AddTypes(document, sentence, model, features, kept, statesNamed, output);
        }
        output.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
    }

    private static void AddTypes(Document document, CommitmentFeatures.Sentence sentence, CommitmentModel model, List<uint> features,
        List<Mention> kept, List<Mention> statesNamed, List<Mention> output)
    {
        var taken = kept.Select(m => (Start: m.Start, End: m.End)).ToList();
        var named = kept.Select(m => (string)m.Value!).ToHashSet(StringComparer.Ordinal);
        var types = new List<int>();
        for (int t = 0; t < model.Types.Count; t++)
            if (model.Types[t].Fires(features)) types.Add(t);
        if (types.Count == 0 && kept.Count == 0)
            types.Add(Enumerable.Range(0, model.Types.Count).MaxBy(t => model.Types[t].Score(features)));
        string status = CommitmentsExtension.Statuses[Enumerable.Range(0, model.Statuses.Count).MaxBy(s => model.Statuses[s].Score(features))];
        foreach (int t in types)
        {
            var type = CommitmentsLexicon.AllTypes[t];
            if (named.Contains(type)) continue;
            var (start, end) = SpanOf(sentence, type);
            if (taken.Any(s => s.Start < end && start < s.End)) continue;
            taken.Add((start, end));
            output.Add(Mention.FromSpan(document, start, end, type)
                .With(CommitmentsExtension.Status, status)
                .With(CommitmentsExtension.Actor, ActorOf(sentence, statesNamed))
                .With(CommitmentsExtension.Quantity, type == CommitmentsLexicon.Financial ? Money(sentence) : null)
                .WithOffset(CommitmentsExtension.ClauseStart, sentence.Start)
                .WithOffset(CommitmentsExtension.ClauseEnd, sentence.End));
        }
    }

    // The first phrase naming the type, else the whole sentence without its final punctuation.
    private static (int Start, int End) SpanOf(CommitmentFeatures.Sentence sentence, string type)
    {
        foreach (var term in sentence.Terms)
            if (term.Type == type)
                return (sentence.Words[term.Word].Start.Value, sentence.Words[term.End - 1].End.Value);
        int end = sentence.End;
        while (end > sentence.Start + 1 && sentence.Folded[end - 1] is '.' or ';' or ':' or '!' or '?') end--;
        return (sentence.Start, end);
    }

    private static string? ActorOf(CommitmentFeatures.Sentence sentence, List<Mention> statesNamed)
    {
        if (statesNamed.Count > 0) return (string?)statesNamed[0].Value;
        var folded = sentence.Folded.AsSpan(sentence.Start, sentence.End - sentence.Start);
        if (folded.Contains("etats membres", StringComparison.Ordinal) || folded.Contains("donateurs", StringComparison.Ordinal)
            || folded.Contains("communaute internationale", StringComparison.Ordinal) || folded.Contains("partenaires", StringComparison.Ordinal))
            return CommitmentsLexicon.MemberStates;
        // The first organisation the sentence names; the Secretary-General speaks for the UN.
        for (int i = 0; i < sentence.Words.Length; i++)
            if (CommitmentsLexicon.OrganisationNames.Match(sentence.Folded, sentence.Words, i, out var acronym) > 0) return acronym;
        return folded.Contains("secretaire general", StringComparison.Ordinal) ? "ONU" : null;
    }

    private static object? Money(CommitmentFeatures.Sentence sentence) =>
        sentence.Counts.FirstOrDefault(c => c.Get(CountsExtension.Currency) is string)?.Value;
}
