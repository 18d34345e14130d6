namespace Extraction.Recognizers.Commitments;

using System.Collections.Frozen;
using Extraction.Core;
using Extraction.Recognizers.Countries;
using Extraction.Recognizers.Counts;
using Extraction.Recognizers.Officials;
using Extraction.Text;

/// <summary>
/// Finds commitments clause by clause: a clause holding a pledge, expectation, appeal, announced future or
/// wished-for gap cue that is not negated, naming an actor (or standing on a pledge word alone), yields one
/// mention per commitment type its words name within reach of the cue. A clause without a cue carries on the
/// commitment of the clause before it when it is a relative continuation (", dont certaines sont disponibles
/// pour un déploiement rapide"), names its own actor in parallel (", tandis que 23 ont cité …"), or tells the
/// means of an untyped commitment (", notamment en formant des policiers").
/// The mention spans the phrase naming what is pledged (<see cref="PledgedPhrase"/>); <c>clause_start</c> and
/// <c>clause_end</c> give the clause it was read from.
/// Actors come from the "countries" and "counts" lists when earlier stages filled them, from the lexicon's
/// organisations and group nouns ("les États membres"), and for a pronoun subject ("Nous profiterons") from the
/// organisation of the official named just before, in the "officials" list.
/// </summary>
public static class CommitmentsRecognizer
{

    /// <summary>How far back (in characters) a pronoun subject looks for the official it stands for: about three sentences.</summary>
    private const int PronounReach = 600;

    /// <summary>Decides the types of a commitment clause from its text and the types the lexicon found in it.</summary>
    public delegate List<string> ClauseTyper(string clause, List<string> lexiconTypes);

    public static void Recognize(Document document, List<Mention> output, ClauseTyper? typer = null)
    {
        if (document.Tokens.Count == 0) return;
        var folded = document.Folded;
        var countries = new MentionCursor(document, CountriesExtension.Countries.Name);
        var counts = new MentionCursor(document, CountsExtension.Counts.Name);
        var speakers = document.Mentions.TryGetValue(OfficialsExtension.Officials.Name, out var officials)
            ? officials.Where(o => o.Get(OfficialsExtension.Organization) is string).OrderBy(o => o.Start).ToList()
            : [];
        foreach (var (first, end) in SentenceWindows.Of(document))
        {
            int startOffset = document.Tokens[first].Start, endOffset = document.Tokens[end - 1].End;
            new SentenceAnalysis(document, folded, first, end, countries.Within(startOffset, endOffset), counts.Within(startOffset, endOffset), speakers)
                .Recognize(output, typer);
        }
    }

    /// <summary>
    /// How a clause hangs on the one before: a relative continuation (", dont certaines …"), a parallel clause
    /// with its own subject (", tandis que 23 …"), a second verb of the same subject ("… ou ont annoncé"), or the
    /// means or beneficiaries of the commitment before (", notamment en formant …", "pour ceux qui …").
    /// </summary>
    private enum Link : byte { First, Continuation, Parallel, SameSubject, Means }

    private readonly record struct Clause(int Start, int End, Link Link);

    private readonly record struct Cue(int Word, int End, CueKind Kind, bool Negated);

    /// <summary>Who commits: a state, a group of states, or an international body (<paramref name="International"/>).</summary>
    private sealed record Actor(int Word, int End, string Value, object? Count, bool International = false);

    private readonly record struct Quantity(int Word, int End, object? Value, List<string> Types);

    /// <summary>What a clause commits to, between which words its types are read, and whether it named any.</summary>
    private sealed record Commitment(string Status, Actor? Actor, int TypesFrom, int TypesTo, int CueWord, bool Typed = false);

    private sealed class SentenceAnalysis
    {
        private const int AgentWindow = 8;
        private const int AddresseeWindow = 4;

        // What is pledged follows its cue closely; a run-on sentence (glued headings, long relatives) names other things further on.
        private const int TermReach = 40;

        private readonly Document document;
        private readonly string folded;
        private readonly int first;
        private readonly Range[] words;
        private readonly List<Cue> cues = [];
        private readonly List<Actor> actors = [];
        private readonly List<Quantity> quantities = [];
        private readonly List<Mention> speakers;
        private PhraseWords? phraseWords;
        private bool? hasFillingVerb;

        public SentenceAnalysis(Document document, string folded, int first, int end, List<Mention> countries, List<Mention> counts, List<Mention> speakers)
        {
            this.document = document;
            this.folded = folded;
            this.first = first;
            this.speakers = speakers;
            words = new Range[end - first];
            for (int i = 0; i < words.Length; i++)
            {
                var token = document.Tokens[first + i];
                words[i] = new Range(token.Start, token.End);
            }
            FindCues();
            // Without a cue no clause is a commitment (Decide), so the actors are looked for only where one is.
            if (cues.Count > 0) FindActors(countries, counts);
        }

        private ReadOnlySpan<char> Word(int i) => folded.AsSpan()[words[i]];

        private bool IsPunctuation(int i) => document.Tokens[first + i].Kind == TokenKind.Punctuation;

        public void Recognize(List<Mention> output, ClauseTyper? typer)
        {
            if (cues.Count == 0) return;
            Commitment? previous = null;
            foreach (var clause in SplitClauses())
            {
                previous = Decide(clause, previous);
                if (previous is null) continue;
                // Types are read within reach of the cue; a phrase may run on past it ("formation … engins explosifs improvisés").
                var terms = CommitmentsNormalizer.TermsOf(folded, words, previous.TypesFrom, clause.End);
                var types = CommitmentsNormalizer.TypesOf(terms.FindAll(t => t.Word < previous.TypesTo));
                var (anaphorStart, anaphorEnd) = types.Count == 0 ? BackReference(previous.CueWord, clause.End) : (-1, -1);
                if (anaphorStart >= 0)
                {
                    terms = CommitmentsNormalizer.TermsOf(folded, words, clause.Start, previous.CueWord);
                    types = CommitmentsNormalizer.TypesOf(terms);
                }
                if (typer is not null) types = typer(document.Text[document.Tokens[first + clause.Start].Start..document.Tokens[first + clause.End - 1].End], types);
                foreach (var type in types)
                {
                    int at = terms.FindIndex(t => t.Type == type);
                    var (start, end) = anaphorStart >= 0 ? (anaphorStart, anaphorEnd)
                        : at >= 0 ? PledgedPhrase.Around(PhraseWords(), terms[at], terms, clause.Start, clause.End)
                        : Trim(clause);
                    output.Add(CreateMention(start, end, clause, type, previous));
                }
                previous = previous with { Typed = types.Count > 0 };
            }
        }

        /// <summary>"réduire son impact": an object that refers back to what the sentence named before the cue, as the verb, possessive and noun.</summary>
        private (int Start, int End) BackReference(int cue, int clauseEnd)
        {
            for (int i = cue + 1; i + 1 < clauseEnd; i++)
            {
                if (!CommitmentsLexicon.BackReferences.Contains(Word(i)) || !CommitmentsLexicon.AnaphoricNouns.Contains(Word(i + 1))) continue;
                return (i > cue + 1 && !IsPunctuation(i - 1) ? i - 1 : i, i + 2);
            }
            return (-1, -1);
        }

        private PhraseWords PhraseWords()
        {
            if (phraseWords is not null) return phraseWords;
            var stops = new PhraseStop[words.Length];
            foreach (var cue in cues)
                for (int i = cue.Word; i < cue.End; i++) stops[i] = PhraseStop.Cue;
            foreach (var actor in actors)
                for (int i = actor.Word; i < actor.End; i++) stops[i] = PhraseStop.Always;
            for (int i = 0; i < words.Length; i++)
            {
                if (IsPunctuation(i)) stops[i] = PhraseStop.Always;
                // A proper name ("la bande de Gaza d'une aide") is where or whom, not what is pledged.
                else if (i > 0 && stops[i] == PhraseStop.None && char.IsUpper(document.Text[words[i].Start.Value])) stops[i] = PhraseStop.Cue;
            }
            var countStart = new int[words.Length];
            Array.Fill(countStart, -1);
            foreach (var quantity in quantities)
                for (int i = quantity.Word; i < quantity.End; i++) countStart[i] = quantity.Word;
            return phraseWords = new PhraseWords(folded, words, stops, countStart);
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
            Cue? decisive = null, firstLive = null, lastLive = null, firstNoun = null;
            bool anyCue = false, standsAlone = false, gap = false, contribution = false, nounOfActor = false;
            foreach (var cue in cues)
            {
                if (cue.Word < clause.Start || cue.Word >= clause.End) continue;
                anyCue = true;
                if (cue.Negated) continue;
                firstLive ??= cue;
                lastLive = cue;
                if (CommitmentsNormalizer.IsNoun(cue.Kind)) firstNoun ??= cue;
                standsAlone |= CommitmentsNormalizer.StandsWithoutActor(cue.Kind);
                contribution |= cue.Kind == CueKind.Contribution;
                nounOfActor |= cue.Kind == CueKind.PledgeNounOfActor;
                gap |= cue.Kind == CueKind.Gap;
                if (decisive is null || CommitmentsNormalizer.Rank(cue.Kind) > CommitmentsNormalizer.Rank(decisive.Value.Kind)) decisive = cue;
            }
            // A gap alone is a commitment only when its filling is called for, not when progress on it is reported.
            if (decisive is { Kind: CueKind.Gap } && !ClauseHas(clause, CommitmentsLexicon.NecessityWords)) decisive = null;
            bool offTopic = ClauseHas(clause, CommitmentsLexicon.OffTopicWords);
            // Announcing a pledge noun is the pledge, whoever announces it: "le président a annoncé l'envoi de …".
            standsAlone |= contribution && nounOfActor;

            if (decisive is { } d && !offTopic)
            {
                var nounAgent = firstNoun is { } noun ? AgentAfter(noun.End, clause.End) : null;
                var actor = d.Kind switch
                {
                    CueKind.ExpectationOf => AddresseeAfter(d, clause.End),
                    CueKind.Appeal => AddresseeAfter(d, clause.End) ?? nounAgent ?? AppealToMemberStates(clause, d),
                    _ => nounAgent ?? SubjectOfCues(clause) ?? SpeakerOf(clause.Start, firstLive!.Value.Word),
                };
                if (actor is null && clause.Link == Link.SameSubject) actor = previous?.Actor;
                if (d.Kind == CueKind.FutureAction && actor is { International: false } && !IsGivingVerb(d)) return null;
                // Capability gaps are the member states' to fill when no one else is named.
                if (actor is null && gap) actor = new Actor(d.Word, d.End, CommitmentsLexicon.MemberStates, null);
                // Only a pledge can lack an actor: an expectation or appeal is always of someone.
                if (actor is null && !(standsAlone && CommitmentsNormalizer.StatusOf(d.Kind) == CommitmentsNormalizer.Made)) return null;
                // After a verb, words before the cue describe the subject ("Les militaires … ont promis"); a pledge
                // noun may follow what is pledged ("Les partenariats … ont été un engagement clé").
                int typesFrom = CommitmentsNormalizer.IsNoun(firstLive!.Value.Kind) ? clause.Start : firstLive.Value.Word;
                return new Commitment(CommitmentsNormalizer.StatusOf(d.Kind)!, actor, typesFrom, lastLive!.Value.End + TermReach, firstLive.Value.Word);
            }
            if (anyCue || previous is null || offTopic) return null;

            var own = SubjectBefore(clause.Start, clause.End);
            return clause.Link switch
            {
                Link.Continuation => previous with { Actor = own ?? previous.Actor, TypesFrom = clause.Start, TypesTo = clause.Start + TermReach, CueWord = clause.Start },
                Link.Parallel when own is not null => previous with { Actor = own, TypesFrom = clause.Start, TypesTo = clause.Start + TermReach, CueWord = clause.Start },
                // The means of a typed commitment serve its type ("rappellera … les techniques de gestion des risques
                // d'exploitation, notamment en formant les commandants"); an untyped one is told by its means.
                Link.Means when !previous.Typed => previous with { TypesFrom = clause.Start, TypesTo = clause.Start + TermReach, CueWord = clause.Start },
                _ => null,
            };
        }

        /// <summary>
        /// An international body's appeal that names no addressee is made to the member states ("L'ONUDC a appelé à
        /// une formation plus pointue", Guterres: "Il est temps d'investir …"); anyone else's is not a commitment.
        /// </summary>
        private Actor? AppealToMemberStates(Clause clause, Cue appeal)
        {
            var appealer = SubjectOfCues(clause) ?? SpeakerOf(clause.Start, appeal.Word);
            return appealer is { International: true } ? new Actor(appeal.Word, appeal.End, CommitmentsLexicon.MemberStates, null) : null;
        }

        private bool ClauseHas(Clause clause, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
        {
            for (int i = clause.Start; i < clause.End; i++)
                if (set.Contains(Word(i))) return true;
            return false;
        }

        /// <summary>The subject of the first live cue that has one: "Emmanuel Macron a annoncé que la France enverrait …" → FRA.</summary>
        private Actor? SubjectOfCues(Clause clause)
        {
            foreach (var cue in cues)
                if (cue.Word >= clause.Start && cue.Word < clause.End && !cue.Negated && SubjectBefore(clause.Start, cue.Word) is { } subject) return subject;
            return null;
        }

        /// <summary>
        /// The organisation of the official a pronoun subject stands for: "« Nous profiterons … », a-t-elle déclaré"
        /// after Mme Pollard (ONU). The official is the nearest one named before the clause.
        /// </summary>
        private Actor? SpeakerOf(int clauseStart, int cue)
        {
            int pronoun = -1;
            // The cue itself may open with the pronoun: "Il est temps de …".
            for (int i = Math.Max(clauseStart, cue - 4); i <= cue; i++)
                if (CommitmentsLexicon.PersonPronouns.Contains(Word(i))) pronoun = i;
            if (pronoun < 0) return null;
            int at = document.Tokens[first + pronoun].Start;
            int lo = 0, hi = speakers.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (speakers[mid].Start < at) lo = mid + 1;
                else hi = mid;
            }
            for (int i = lo - 1; i >= 0; i--)
            {
                var official = speakers[i];
                if (official.End > at) continue;
                if (official.Start < at - PronounReach) break;
                var organization = (string)official.Get(OfficialsExtension.Organization)!;
                return new Actor(pronoun, pronoun + 1, organization, null, CommitmentsNormalizer.OrganisationOf(organization) is not null);
            }
            return null;
        }

        private Mention CreateMention(int start, int end, Clause clause, string type, Commitment commitment)
        {
            var mention = Mention.FromSpan(document, document.Tokens[first + start].Start, document.Tokens[first + end - 1].End, type)
                .With(CommitmentsExtension.Status, commitment.Status)
                .With(CommitmentsExtension.Actor, commitment.Actor?.Value);
            if (commitment.Actor?.Count is { } count) mention.With(CommitmentsExtension.ActorCount, count);
            var (clauseStart, clauseEnd) = Trim(clause);
            return mention.With(CommitmentsExtension.Quantity, QuantityOf(type, clause))
                .WithOffset(CommitmentsExtension.ClauseStart, document.Tokens[first + clauseStart].Start)
                .WithOffset(CommitmentsExtension.ClauseEnd, document.Tokens[first + clauseEnd - 1].End);
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
                    if (IsFutureAction(i)) cues.Add(new Cue(i, i + 1, CueKind.FutureAction, IsNegated(i)));
                    i++;
                    continue;
                }
                if (kind != CueKind.NotACue && (kind != CueKind.Gap || HasFillingVerb())) cues.Add(new Cue(i, i + length, kind, IsNegated(i)));
                i += length;
            }
        }

        /// <summary>
        /// "rappellera", "enverront", "va envoyer", or a conditional in reported speech ("a annoncé que la France
        /// enverrait"): a future, written in lower case (names like "Chandra" are not verbs).
        /// </summary>
        private bool IsFutureAction(int i)
        {
            var word = Word(i);
            if (!char.IsLower(document.Text[words[i].Start.Value])) return false;
            if (CommitmentsNormalizer.IsFutureTense(word)) return true;
            if (word.Length <= 8 && word[0] is 'v' or 'a' && CommitmentsLexicon.NearFuture.Contains(word))
                return i + 1 < words.Length && CommitmentsNormalizer.LooksInfinitive(Word(i + 1));
            return CommitmentsNormalizer.IsConditional(word) && FollowsQue(i);
        }

        /// <summary>The future's verb gives or sends: "enverrait", or "va envoyer" (the infinitive after "va").</summary>
        private bool IsGivingVerb(Cue future)
        {
            int verb = CommitmentsLexicon.NearFuture.Contains(Word(future.Word)) ? future.Word + 1 : future.Word;
            return Affixes.StartsWithAny(Word(verb), CommitmentsLexicon.GivingStems.AsSpan());
        }

        private bool FollowsQue(int word)
        {
            for (int k = word - 1; k >= Math.Max(0, word - 8); k--)
                if (Word(k) is "que" or "qu'") return true;
            return false;
        }

        // Read once per sentence, however many gap words it holds.
        private bool HasFillingVerb() => hasFillingVerb ??= SentenceHasFillingVerb();

        private bool SentenceHasFillingVerb()
        {
            for (int i = 0; i < words.Length; i++)
                if (Affixes.StartsWithAny(Word(i), CommitmentsLexicon.FillingStems.AsSpan())) return true;
            return false;
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
                var unit = count.Get(CountsExtension.Unit) as string;
                if (CommitmentsNormalizer.IsGroupUnit(unit))
                    actors.Add(new Actor(word, end, CommitmentsLexicon.MemberStates, count.Value));
                else if (unit is not null)
                    quantities.Add(new Quantity(word, end, count.Value, CommitmentsNormalizer.TypesOf(unit)));
            }
            foreach (var country in countries)
                if (country.Value is string code && TryLocate(country, out int word, out int end))
                    actors.Add(new Actor(word, end, code, null));

            for (int i = 0; i < words.Length;)
            {
                // A body is named with a capital, so most words skip its look-up.
                string acronym = "";
                int length = char.IsUpper(document.Text[document.Tokens[first + i].Start]) ? CommitmentsLexicon.Organisations.Match(folded, words, i, out acronym) : 0;
                if (length > 0)
                {
                    actors.Add(new Actor(i, i + length, acronym, null, International: true));
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
                else if (w is "et" or "ou" && HasCue(start, i) && OpensFiniteVerb(i + 1))
                    next = Link.SameSubject;
                else if (w is "et" && RepeatsCuePreposition(start, i))
                    next = Link.Parallel;
                else if ((Word(i - 1) is "," && OpensGerund(i)) || DescribesBeneficiaries(i))
                    next = Link.Means;
                if (next is null || from <= start) continue;
                clauses.Add(new Clause(start, from, link));
                start = from;
                link = next.Value;
            }
            clauses.Add(new Clause(start, words.Length, link));
            return clauses;
        }

        /// <summary>"… ou ont annoncé", "et a fait don": an auxiliary, not the preposition "à" that folds the same.</summary>
        private bool OpensFiniteVerb(int word) =>
            word < words.Length && Word(word) is "a" or "ont" or "avait" or "avaient" or "est" or "sont" or "va" or "vont"
            && document.Text[words[word].Start.Value] != 'à';

        /// <summary>
        /// "mis l'accent sur son engagement en faveur de X et sur Y": a conjunct repeating the preposition that governs a
        /// pledge noun is a second complement of the verb, outside the pledge. With a verb between the preposition and
        /// the noun ("à obtenir de nouveaux engagements et à faire progresser …") the conjunct is a second verb, which
        /// goes on with the pledge.
        /// </summary>
        private bool RepeatsCuePreposition(int clauseStart, int and)
        {
            if (and + 1 >= words.Length || !CommitmentsLexicon.Prepositions.Contains(Word(and + 1))) return false;
            var preposition = Word(and + 1);
            foreach (var cue in cues)
            {
                if (cue.Word < clauseStart || cue.Word >= and || !CommitmentsNormalizer.IsNoun(cue.Kind)) continue;
                for (int k = cue.Word - 1; k >= Math.Max(clauseStart, cue.Word - 4) && !CommitmentsNormalizer.LooksInfinitive(Word(k)); k--)
                    if (Word(k).SequenceEqual(preposition)) return true;
            }
            return false;
        }

        /// <summary>"en formant", "notamment en formant", "ainsi qu'en offrant".</summary>
        private bool OpensGerund(int word)
        {
            int k = word;
            if (k < words.Length && Word(k) is "notamment" or "surtout" or "essentiellement") k++;
            return k + 1 < words.Length && Word(k) is "en" && Word(k + 1).EndsWith("ant", StringComparison.Ordinal) && Word(k + 1).Length > 4;
        }

        /// <summary>"une formation plus pointue pour ceux qui travaillent dans le secteur des produits médicaux": who benefits, not what is pledged.</summary>
        private bool DescribesBeneficiaries(int word) =>
            Word(word) is "pour" && word + 2 < words.Length && Word(word + 1) is "ceux" or "celles" && Word(word + 2) is "qui";

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
