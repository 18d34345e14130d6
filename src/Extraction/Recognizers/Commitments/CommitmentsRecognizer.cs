namespace Extraction.Recognizers.Commitments;

using Extraction.Core;
using Extraction.Text;

/// <summary>
/// Finds commitments clause by clause: a clause holding a pledge, expectation or appeal cue that is not
/// negated, naming an actor (or standing on a pledge word alone), yields one mention per commitment type
/// its words name. A clause without a cue carries on the commitment of the clause before it when it is a
/// relative continuation (", dont certaines sont disponibles pour un déploiement rapide") or names its
/// own actor in parallel (", tandis que 23 ont cité …").
/// The mention spans the clause, without a leading conjunction or trailing punctuation.
/// Actors come from the "countries" and "counts" lists when earlier stages filled them, and from the
/// lexicon's organisations and group nouns ("les États membres").
/// </summary>
public static class CommitmentsRecognizer
{
    public const string CountriesList = "countries";
    public const string CountsList = "counts";

    /// <summary>Decides the types of a commitment clause from its text and the types the lexicon found in it.</summary>
    public delegate List<string> ClauseTyper(string clause, List<string> lexiconTypes);

    public static void Recognize(Document document, List<Mention> output, ClauseTyper? typer = null)
    {
        if (document.Tokens.Count == 0) return;
        var folded = document.Folded;
        var countries = new MentionCursor(document, CountriesList);
        var counts = new MentionCursor(document, CountsList);
        foreach (var (first, end) in SentenceWindows.Of(document))
        {
            int startOffset = document.Tokens[first].Start, endOffset = document.Tokens[end - 1].End;
            new SentenceAnalysis(document, folded, first, end, countries.Within(startOffset, endOffset), counts.Within(startOffset, endOffset))
                .Recognize(output, typer);
        }
    }

    private enum Link : byte { First, Continuation, Parallel }

    private readonly record struct Clause(int Start, int End, Link Link);

    private readonly record struct Cue(int Word, int End, CueKind Kind, bool Negated);

    private sealed record Actor(int Word, int End, string Value, object? Count);

    private readonly record struct Quantity(int Word, object? Value, List<string> Types);

    /// <summary>What a clause commits to, and from which word on its types are read.</summary>
    private sealed record Commitment(string Status, Actor? Actor, int TypesFrom);

    private sealed class SentenceAnalysis
    {
        private const int AgentWindow = 8;
        private const int AddresseeWindow = 4;

        private readonly Document document;
        private readonly string folded;
        private readonly int first;
        private readonly Range[] words;
        private readonly List<Cue> cues = [];
        private readonly List<Actor> actors = [];
        private readonly List<Quantity> quantities = [];

        public SentenceAnalysis(Document document, string folded, int first, int end, List<Mention> countries, List<Mention> counts)
        {
            this.document = document;
            this.folded = folded;
            this.first = first;
            words = new Range[end - first];
            for (int i = 0; i < words.Length; i++)
            {
                var token = document.Tokens[first + i];
                words[i] = new Range(token.Start, token.End);
            }
            FindCues();
            FindActors(countries, counts);
        }

        private ReadOnlySpan<char> Word(int i) => folded.AsSpan()[words[i]];

        private bool IsPunctuation(int i) => document.Tokens[first + i].Kind == TokenKind.Punctuation;

        public void Recognize(List<Mention> output, ClauseTyper? typer)
        {
            Commitment? previous = null;
            foreach (var clause in SplitClauses())
            {
                previous = Decide(clause, previous);
                if (previous is null) continue;
                var (start, end) = Trim(clause);
                var types = CommitmentsNormalizer.TypesOf(folded, words, previous.TypesFrom, clause.End);
                if (typer is not null) types = typer(document.Text[document.Tokens[first + start].Start..document.Tokens[first + end - 1].End], types);
                foreach (var type in types)
                    output.Add(CreateMention(start, end, clause, type, previous));
            }
        }

        private (int Start, int End) Trim(Clause clause)
        {
            int start = clause.Start, end = clause.End;
            while (start < end - 1 && (IsPunctuation(start) || Word(start) is "et" or "ou" or "mais")) start++;
            while (end > start + 1 && IsPunctuation(end - 1)) end--;
            return (start, end);
        }

        private Commitment? Decide(Clause clause, Commitment? previous)
        {
            Cue? decisive = null, firstLive = null, firstNoun = null;
            bool anyCue = false, standsAlone = false;
            foreach (var cue in cues)
            {
                if (cue.Word < clause.Start || cue.Word >= clause.End) continue;
                anyCue = true;
                if (cue.Negated) continue;
                firstLive ??= cue;
                if (CommitmentsNormalizer.IsNoun(cue.Kind)) firstNoun ??= cue;
                standsAlone |= CommitmentsNormalizer.StandsWithoutActor(cue.Kind);
                if (decisive is null || CommitmentsNormalizer.Rank(cue.Kind) > CommitmentsNormalizer.Rank(decisive.Value.Kind)) decisive = cue;
            }

            if (decisive is { } d)
            {
                var actor = d.Kind is CueKind.Appeal or CueKind.ExpectationOf
                    ? AddresseeAfter(d, clause.End)
                    : (firstNoun is { } noun ? AgentAfter(noun.End, clause.End) : null) ?? SubjectBefore(clause.Start, firstLive!.Value.Word);
                // Only a pledge can lack an actor: an expectation or appeal is always of someone.
                if (actor is null && !(standsAlone && CommitmentsNormalizer.StatusOf(d.Kind) == CommitmentsNormalizer.Made)) return null;
                // After a verb, words before the cue describe the subject ("Les militaires … ont promis"); a pledge
                // noun may follow what is pledged ("Les partenariats … ont été un engagement clé").
                int typesFrom = CommitmentsNormalizer.IsNoun(firstLive!.Value.Kind) ? clause.Start : firstLive.Value.Word;
                return new Commitment(CommitmentsNormalizer.StatusOf(d.Kind)!, actor, typesFrom);
            }
            if (anyCue || previous is null) return null;

            var own = SubjectBefore(clause.Start, clause.End);
            return clause.Link switch
            {
                Link.Continuation => previous with { Actor = own ?? previous.Actor, TypesFrom = clause.Start },
                Link.Parallel when own is not null => previous with { Actor = own, TypesFrom = clause.Start },
                _ => null,
            };
        }

        private Mention CreateMention(int start, int end, Clause clause, string type, Commitment commitment)
        {
            var mention = Mention.FromSpan(document, document.Tokens[first + start].Start, document.Tokens[first + end - 1].End, type)
                .With("status", commitment.Status)
                .With("actor", commitment.Actor?.Value);
            if (commitment.Actor?.Count is { } count) mention.With("actor_count", count);
            return mention.With("quantity", QuantityOf(type, clause));
        }

        private object? QuantityOf(string type, Clause clause)
        {
            foreach (var quantity in quantities)
                if (quantity.Word >= clause.Start && quantity.Word < clause.End && quantity.Types.Contains(type)) return quantity.Value;
            return null;
        }

        private void FindCues()
        {
            for (int i = 0; i < words.Length;)
            {
                int length = CommitmentsLexicon.Cues.Match(folded, words, i, out var kind);
                if (length == 0)
                {
                    i++;
                    continue;
                }
                if (kind != CueKind.NotACue) cues.Add(new Cue(i, i + length, kind, IsNegated(i)));
                i += length;
            }
        }

        /// <summary>"n'a pas pris d'engagement", "aucun pays ne s'est engagé", "aucun engagement", "sans prendre d'engagement", "a refusé de s'engager".</summary>
        private bool IsNegated(int cue)
        {
            for (int i = Math.Max(0, cue - 6); i < cue; i++)
            {
                if (Word(i) is not ("ne" or "n'")) continue;
                for (int j = Math.Max(0, i - 3); j <= Math.Min(words.Length - 1, cue + 3); j++)
                    if (CommitmentsLexicon.NegationTails.Contains(Word(j))) return true;
            }
            int k = cue - 1;
            while (k >= 0 && Word(k) is "d'" or "de" or "s'" or "se" or "l'" or "les" or "a" or "prendre" or "pris" or "prise") k--;
            return k >= 0 && CommitmentsLexicon.NegatingWords.Contains(Word(k));
        }

        private void FindActors(List<Mention> countries, List<Mention> counts)
        {
            foreach (var count in counts)
            {
                if (!TryLocate(count, out int word, out int end)) continue;
                var unit = count.Get("unit") as string;
                if (CommitmentsNormalizer.IsGroupUnit(unit))
                    actors.Add(new Actor(word, end, CommitmentsLexicon.MemberStates, count.Value));
                else if (unit is not null)
                    quantities.Add(new Quantity(word, count.Value, CommitmentsNormalizer.TypesOf(unit)));
            }
            foreach (var country in countries)
                if (country.Value is string code && TryLocate(country, out int word, out int end))
                    actors.Add(new Actor(word, end, code, null));

            for (int i = 0; i < words.Length;)
            {
                int length = CommitmentsLexicon.Organisations.Match(folded, words, i, out var acronym);
                if (length > 0 && char.IsUpper(document.Text[document.Tokens[first + i].Start]))
                {
                    actors.Add(new Actor(i, i + length, acronym, null));
                    i += length;
                    continue;
                }
                length = CommitmentsLexicon.GroupNouns.Match(folded, words, i, out bool isGroup);
                if (length > 0)
                {
                    if (isGroup && !actors.Exists(a => a.Word <= i && i < a.End))
                        actors.Add(new Actor(i, i + length, CommitmentsLexicon.MemberStates, null));
                    i += length;
                    continue;
                }
                i++;
            }
            actors.Sort((a, b) => a.Word.CompareTo(b.Word));
        }

        private bool TryLocate(Mention mention, out int word, out int end)
        {
            word = document.TokenIndexAt(mention.Start) - first;
            end = document.TokenIndexAt(mention.End) - first;
            return word >= 0 && word < words.Length && end > word;
        }

        private List<Clause> SplitClauses()
        {
            var clauses = new List<Clause>();
            int start = 0;
            var link = Link.First;
            for (int i = 1; i < words.Length; i++)
            {
                var w = Word(i);
                Link? next = null;
                int from = i;
                if (Word(i - 1) is ";")
                    next = Link.Parallel;
                else if (w is "tandis" or "alors" && i + 1 < words.Length && Word(i + 1) is "que" or "qu'")
                    next = Link.Parallel;
                else if (Word(i - 1) is "," && w is "dont")
                    next = Link.Continuation;
                else if (Word(i - 1) is "," && w is "mais")
                    next = Link.Parallel;
                else if (w is "et" or "ou" && HasCue(start, i) && StartsWithActor(i + 1))
                    next = Link.Parallel;
                if (next is null || from <= start) continue;
                clauses.Add(new Clause(start, from, link));
                start = from;
                link = next.Value;
            }
            clauses.Add(new Clause(start, words.Length, link));
            return clauses;
        }

        private bool HasCue(int from, int to) => cues.Exists(c => c.Word >= from && c.Word < to);

        /// <summary>Whether a new subject opens at <paramref name="word"/>: "et 45 pays se sont engagés", "et la France a annoncé".</summary>
        private bool StartsWithActor(int word)
        {
            for (int k = word; k < Math.Min(words.Length, word + 3); k++)
            {
                if (actors.Exists(a => a.Word == k)) return true;
                if (!CommitmentsLexicon.Determiners.Contains(Word(k))) return false;
            }
            return false;
        }

        /// <summary>The nearest actor before <paramref name="to"/> that is not the complement of a preposition ("à l'ONU", "aux pays partenaires").</summary>
        private Actor? SubjectBefore(int from, int to)
        {
            for (int i = actors.Count - 1; i >= 0; i--)
            {
                var actor = actors[i];
                if (actor.Word >= from && actor.Word < to && !IsComplement(actor.Word, from)) return actor;
            }
            return null;
        }

        /// <summary>The actor a pledge noun belongs to: "l'engagement de l'Alliance", "engagements renouvelés des États membres", "pris par les Alliés".</summary>
        private Actor? AgentAfter(int cueEnd, int clauseEnd)
        {
            int limit = Math.Min(clauseEnd, cueEnd + AgentWindow);
            foreach (var actor in actors)
            {
                if (actor.Word < cueEnd || actor.Word >= limit) continue;
                int k = FunctionWordBefore(actor.Word, cueEnd);
                if (k >= cueEnd && Word(k) is "de" or "d'" or "du" or "des" or "par") return actor;
            }
            return null;
        }

        /// <summary>Who is asked or expected to contribute: "exhorte les États membres à", "s'attend à ce que les États membres".</summary>
        private Actor? AddresseeAfter(Cue cue, int clauseEnd)
        {
            int limit = Math.Min(clauseEnd, cue.End + AddresseeWindow);
            foreach (var actor in actors)
                if (actor.Word > cue.Word && actor.Word < limit) return actor;
            return null;
        }

        private bool IsComplement(int word, int clauseStart)
        {
            int k = FunctionWordBefore(word, clauseStart);
            if (k < clauseStart) return false;
            var w = Word(k);
            // "des" and "du" open a subject at the head of a clause ("Des pays se sont engagés"), a complement elsewhere.
            if (w is "des" or "du") return k > clauseStart && !IsPunctuation(k - 1);
            return CommitmentsLexicon.Prepositions.Contains(w);
        }

        private int FunctionWordBefore(int word, int floor)
        {
            int k = word - 1;
            while (k >= floor && Word(k) is not ("des" or "du") && CommitmentsLexicon.Determiners.Contains(Word(k))) k--;
            return k;
        }
    }
}
