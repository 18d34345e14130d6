namespace Extraction.Recognizers.Officials;

using System.Buffers;
using System.Runtime.InteropServices;
using Extraction.Core;
using Extraction.Ner;
using Extraction.Text;

/// <summary>
/// A person's name found in a document, as tokens [First, End) and text offsets [Start, Stop), with the role
/// written next to it if any. <paramref name="InOffice"/>: a role is written beside the name, or the words
/// around it show an office without naming it (<see cref="OfficeCues"/>), when the title stays null.
/// </summary>
public sealed record PersonName(int First, int End, int Start, int Stop, string Name, string? Title, string? Organization, bool InOffice);

/// <summary>
/// Finds person names (entity model, plus honorific or first name followed by capitalised words) and the role
/// written beside each: before it ("le Secrétaire général, António Guterres", "l'ancien Président des
/// États-Unis Barack Obama") or after it ("Atul Khare, Secrétaire général adjoint …,").
/// </summary>
public sealed class OfficialsRecognizer(NerModel model)
{
    private const int MaxApposedRoleTokens = 25;
    private const int MaxPrefixedRoleTokens = 12;
    private const int MaxTrailingRoleTokens = 20;

    public List<PersonName> Find(Document document)
    {
        var tokens = document.Tokens;
        var found = new List<PersonName>();
        if (tokens.Count == 0) return found;
        var folded = document.Folded;
        var tags = ArrayPool<byte>.Shared.Rent(tokens.Count);
        var spans = new List<(int First, int End)>();
        try
        {
            var view = new TokenView(document, folded, tokens);
            var countries = new MentionCursor(document, Countries.CountriesExtension.Countries.Name);
            int subject = -1;
            foreach (var (first, end) in SentenceWindows.Of(document))
            {
                var windowCountries = countries.Within(tokens[first].Start, tokens[end - 1].End);
                model.TagPersons(document.Normalized, folded, CollectionsMarshal.AsSpan(tokens)[first..end], tags.AsSpan(first, end - first));
                spans.Clear();
                FindNames(view, tags, first, end, windowCountries, spans);
                // "Emmanuel Macron a plaidé pour … . Le président français a également …": a sentence opening on an
                // unnamed head of state or government continues about the person the sentence before opened on.
                if (subject >= 0 && !found[subject].InOffice && OpeningHeadRole(view, spans, windowCountries, first, end) is var (headFirst, headEnd))
                    found[subject] = found[subject] with { Title = view.TextBetween(headFirst, headEnd), Organization = BodyIn(view, windowCountries, headFirst, headEnd), InOffice = true };
                subject = spans.Count > 0 && OpensSentence(view, first, spans[0].First) ? found.Count : -1;
                PersonName? previous = null;
                bool previousPlural = false;
                var list = new List<int>();
                List<string> listStates = [];
                for (int n = 0; n < spans.Count; n++)
                {
                    var (nameFirst, nameEnd) = spans[n];
                    var role = RoleBefore(view, spans, first, end, nameFirst, nameEnd) ?? RoleAfter(view, spans, end, nameEnd);
                    string? title = null, organization = null;
                    bool plural = false, inOffice = true;
                    if (role is var (roleFirst, roleEnd, head) && !NamesPrivateBody(view, roleFirst, roleEnd))
                    {
                        title = view.TextBetween(roleFirst, roleEnd);
                        organization = BodyIn(view, windowCountries, roleFirst, roleEnd)
                            ?? (AnswersToSecretaryGeneral(view, roleFirst, roleEnd) ? "ONU" : null)
                            ?? (RoleGrammar.IsInternational(view.Folded(head)) ? NearestBody(view, first, end, nameFirst) : null)
                            ?? AcronymOf(view, roleFirst, roleEnd, end);
                        plural = RoleGrammar.IsPluralNoun(view.Folded(head));
                        if (plural)
                        {
                            GiveStatesInTurn(found, list, listStates);
                            listStates = StatesIn(view, windowCountries, roleFirst, roleEnd, out _);
                        }
                    }
                    // "les anciens Premiers ministres Fouad Siniora, Tamam Salam et Nagib Mikati": a plural role covers the list.
                    else if (previous is not null && previousPlural && previous.Title is not null && IsListSeparation(view, previous.End, nameFirst))
                    {
                        (title, organization, plural) = (previous.Title, previous.Organization, true);
                    }
                    else if (role is null && OfficeCues.Find(view, first, end, nameFirst, nameEnd, n + 1 < spans.Count ? spans[n + 1].First : end) is var (skipFirst, skipEnd))
                    {
                        organization = NearestCountry(view, windowCountries, nameFirst, skipFirst, skipEnd);
                    }
                    else inOffice = false;
                    if (plural) list.Add(found.Count);
                    else GiveStatesInTurn(found, list, listStates);
                    int start = view.Start(nameFirst), stop = view.NameStop(nameEnd - 1);
                    previous = new PersonName(nameFirst, nameEnd, start, stop, document.Normalized[start..stop], title, organization, inOffice);
                    previousPlural = plural;
                    found.Add(previous);
                }
                GiveStatesInTurn(found, list, listStates);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tags);
        }
        return found;
    }

    /// <summary>
    /// "les présidents russe et turc, Vladimir Poutine et Recep Tayyip Erdogan": when a plural role names as many
    /// states as the list it covers has names, each name holds the role for its state, in order. Empties the list.
    /// </summary>
    private static void GiveStatesInTurn(List<PersonName> found, List<int> list, List<string> states)
    {
        if (list.Count > 1 && list.Count == states.Count)
            for (int i = 0; i < list.Count; i++)
                found[list[i]] = found[list[i]] with { Organization = states[i] };
        list.Clear();
    }

    /// <summary>
    /// Mentions by surname alone that the name finder missed, of persons whose surname key is in
    /// <paramref name="surnames"/>: "les milices de Haftar", "les forces pro-Haftar", "le camp Haftar" once "le
    /// maréchal Khalifa Haftar" is named. A given name before the surname joins the mention when it is one of
    /// theirs (<paramref name="givenNames"/>, "Narendra Modi"), else the name is someone else's ("Soumaïla Cissé"
    /// beside "Mariam Cissé"); "Johnson & Johnson" is a company. <paramref name="found"/> (in text order) is
    /// what the finder found; one pass over the tokens.
    /// </summary>
    public static List<PersonName> FindRepeats(Document document, HashSet<string> surnames, HashSet<string> givenNames, List<PersonName> found)
    {
        var repeats = new List<PersonName>();
        if (surnames.Count == 0) return repeats;
        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = document.Tokens;
        var view = new TokenView(document, document.Folded, tokens);
        int bodyFirst = document.TokenIndexAt(document.BodyStart);
        int next = 0;
        for (int i = bodyFirst; i < tokens.Count; i++)
        {
            while (next < found.Count && found[next].End <= i) next++;
            if (next < found.Count && found[next].First <= i || tokens[i].Kind != TokenKind.Word) continue;
            var word = view.Word(i);
            int hyphen = word.IndexOf('-');
            int skip = hyphen > 0 && word[..hyphen] is "pro" or "anti" ? hyphen + 1 : 0;
            int start = tokens[i].Start + skip, stop = view.NameStop(i);
            if (stop - start < 3 || !char.IsUpper(document.Normalized[start]) || (skip == 0 && !view.IsNameWord(i))) continue;
            if (!lookup.Contains(document.Folded.AsSpan(start, stop - start))) continue;
            if (i > bodyFirst && view.Word(i - 1) is "&" || i + 1 < tokens.Count && view.Word(i + 1) is "&") continue;
            int nameFirst = i;
            if (skip == 0 && i > bodyFirst && view.IsNameWord(i - 1) && (next == 0 || found[next - 1].End < i))
            {
                if (!givenNames.Has(view.Folded(i - 1))) continue;
                nameFirst = i - 1;
                start = tokens[i - 1].Start;
            }
            repeats.Add(new PersonName(nameFirst, i + 1, start, stop, document.Normalized[start..stop], null, null, false));
        }
        return repeats;
    }

    /// <summary>Name spans of one sentence, from the model's PER entities and the two rules, merged where they overlap.</summary>
    private void FindNames(TokenView view, byte[] tags, int first, int end, List<Mention> countries, List<(int First, int End)> spans)
    {
        for (int i = first; i < end; i++)
        {
            bool nameWord = view.IsNameWord(i);
            if (tags[i] == NerTags.BeginPer)
            {
                int e = i + 1;
                while (e < end && tags[e] == NerTags.InsidePer) e++;
                // "Johnson & Johnson" is a company, as FindRepeats also knows.
                if (!(e < end && view.Word(e) is "&" || i > first && view.Word(i - 1) is "&"))
                    AddTrimmed(view, i, e, first, end, countries, spans);
                i = e - 1;
            }
            else if (NerLexicon.IsHonorific(view.Word(i)))
            {
                int e = NameEnd(view, i + 1, end);
                if (e > i + 1) spans.Add((i + 1, e));
            }
            else if (nameWord && i + 1 < end
                && (model.Lexicon.IsFirstName(view.Folded(i)) || IsEastAsianGivenName(view.Word(i + 1)))
                && NameEnd(view, i, end) is var nameEnd && nameEnd > i + 1)
            {
                spans.Add((i, nameEnd));
            }
            else if (i > first && nameWord && RoleGrammar.IsNoun(view.Folded(i - 1)) && !IsCountry(view, countries, i)
                && NameEnd(view, i, end) is var heldEnd
                && (heldEnd >= end || view.Word(heldEnd) is "et" or "," or "." or ";" or ":" or ")"))
            {
                // "le juge Sekule,", "des juges Sekule et Güney": capitalised words right after a role noun name its holder
                // when the name closes there (so not a party or a disease: "le député Debout la France", "le responsable
                // Ebola des Nations unies"), and after a plural role a second name joined by "et" shares it.
                spans.Add((i, heldEnd));
                if (RoleGrammar.IsPluralNoun(view.Folded(i - 1)) && heldEnd + 1 < end && view.Word(heldEnd) is "et"
                    && view.IsNameWord(heldEnd + 1) && !IsCountry(view, countries, heldEnd + 1))
                {
                    int second = NameEnd(view, heldEnd + 1, end);
                    spans.Add((heldEnd + 1, second));
                    i = second - 1;
                }
                else i = heldEnd - 1;
            }
            else if (i > first && view.Word(i - 1) is "," && nameWord && !IsCountry(view, countries, i)
                && NameEnd(view, i, end) is var apposedEnd && apposedEnd > i + 1
                && (apposedEnd >= end || view.Word(apposedEnd) is "." or "," or ";" or ")") && RoleJustBefore(view, first, i - 1))
            {
                // "le gouverneur de Tillabéri, Tidjani Ibrahim Katiella.": capitalised words set off after a role, closing
                // the clause, name its holder even when the model does not know them.
                spans.Add((i, apposedEnd));
            }
        }
        spans.Sort();
        int kept = 0;
        for (int k = 0; k < spans.Count; k++)
        {
            if (kept > 0 && spans[k].First < spans[kept - 1].End)
                spans[kept - 1] = (spans[kept - 1].First, Math.Max(spans[kept - 1].End, spans[k].End));
            else spans[kept++] = spans[k];
        }
        spans.RemoveRange(kept, spans.Count - kept);
        spans.RemoveAll(span => IsCredit(view, span.First, first));
    }

    /// <summary>A role noun among the few words before <paramref name="comma"/>, with no other punctuation between: "le gouverneur de Tillabéri,".</summary>
    private static bool RoleJustBefore(TokenView view, int sentenceFirst, int comma)
    {
        for (int k = comma - 1; k >= Math.Max(sentenceFirst, comma - 6); k--)
        {
            if (RoleGrammar.IsHead(view, k) && !RoleGrammar.IsPluralNoun(view.Folded(k))) return true;
            if (view.Word(k) is "," || OfficialsLexicon.IsClausePunctuation(view.Word(k))) return false;
        }
        return false;
    }

    private static bool OpensSentence(TokenView view, int sentenceFirst, int nameFirst) =>
        nameFirst == sentenceFirst || (nameFirst == sentenceFirst + 1 && NerLexicon.IsHonorific(view.Word(sentenceFirst)));

    /// <summary>
    /// The role of a sentence that opens on a head of state or government with no name: "Le président français
    /// a …", "Le chef de l'Etat est arrivé …", "Le Premier ministre libanais a …". A role with a complement it
    /// does not know ("Le président du club") or followed by a name is not one.
    /// </summary>
    private static (int First, int End)? OpeningHeadRole(TokenView view, List<(int First, int End)> names, List<Mention> countries, int first, int end)
    {
        if (end - first < 3 || view.Folded(first) is not ("le" or "la" or "l'")) return null;
        int start = first + 1, k = start;
        while (k < end && RoleGrammar.IsModifier(view.Folded(k))) k++;
        if (k >= end) return null;
        bool premier = k > start && view.Folded(k - 1) is "premier" or "premiere";
        int e = k + 1;
        if (view.Folded(k) is "chef")
        {
            if (e + 2 < end && view.Folded(e) is "de" && view.Folded(e + 1) is "l'" && view.Folded(e + 2) is "etat") e += 3;
            else if (e + 1 < end && view.Folded(e) is "du" && view.Folded(e + 1) is "gouvernement") e += 2;
            else return null;
        }
        else if (!(OfficialsLexicon.HeadsOfState.Has(view.Folded(k)) || premier && view.Folded(k) is "ministre")) return null;
        if (e + 2 < end && view.Folded(e) is "de" && view.Folded(e + 1) is "la" && view.Folded(e + 2) is "republique") e += 3;
        if (e < end && view.Word(e) is var adjective && adjective.Length > 0 && char.IsLower(adjective[0]) && IsCountry(view, countries, e)) e++;
        if (e >= end || view.Folded(e) is "de" or "du" or "des" or "d'" || IsInName(names, e)
            || view.Word(e) is "," && e + 1 < end && IsInName(names, e + 1)) return null;
        return (start, e);
    }

    /// <summary>"Ki-moon", "Jong-un", "Jae-in": a capitalised syllable, a hyphen, a lower-case one; the word before is the family name.</summary>
    private static bool IsEastAsianGivenName(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 4 && word.Length - hyphen - 1 is >= 2 and <= 4 && char.IsUpper(word[0]) && char.IsLower(word[hyphen + 1]);
    }

    /// <summary>
    /// Keeps the name words of a model span, which sometimes takes in "M." or a capitalised role, or runs on into
    /// a phrase ("Haftar de la ville de Syrte"); extends it over particles the model stops at ("Ursula" → "Ursula
    /// von der Leyen") and over a given name it left out before a lone surname ("de Mouammar Kadhafi", tagged
    /// from "Kadhafi" only).
    /// </summary>
    private static void AddTrimmed(TokenView view, int first, int end, int sentenceFirst, int sentenceEnd, List<Mention> countries, List<(int, int)> spans)
    {
        while (first < end && !view.IsNameWord(first)) first++;
        for (int k = first + 1; k < end; k++)
            if (!view.IsNameWord(k) && !OfficialsLexicon.NameParticles.Has(view.Folded(k))) end = k;
        while (end > first && !view.IsNameWord(end - 1)) end--;
        if (first >= end) return;
        if (end - first == 1 && first - 2 >= sentenceFirst && view.IsNameWord(first - 1) && IsPlainWord(view.Word(first - 1))
            && view.Word(first - 2) is var before && before.Length > 0 && char.IsLower(before[0]) && !IsCountry(view, countries, first - 1))
            first--;
        spans.Add((first, Math.Max(end, NameEnd(view, end - 1, sentenceEnd))));
    }

    /// <summary>Letters and hyphens only: not "Covid-19.M.", glued to the next sentence.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsLetter(c) && c != '-') return false;
        return true;
    }

    private static bool IsCountry(TokenView view, List<Mention> countries, int k)
    {
        foreach (var country in countries)
            if (country.Start <= view.Start(k) && view.End(k) <= country.End) return true;
        return false;
    }

    /// <summary>Extends a name over capitalised words, and particles followed by one ("Le Drian", "von der Leyen").</summary>
    private static int NameEnd(TokenView view, int i, int end)
    {
        int e = i;
        while (e < end)
        {
            if (view.IsNameWord(e) || e > i && IsKoreanSyllable(view, e)) e++;
            else if (e > i && OfficialsLexicon.NameParticles.Has(view.Folded(e)))
            {
                int next = e + 1;
                while (next < end && OfficialsLexicon.NameParticles.Has(view.Folded(next))) next++;
                if (next < end && view.IsNameWord(next)) e = next;
                else break;
            }
            else break;
        }
        // "le roi Abdallah II", "Mohammed VI", "Albert Ier": a regnal number is part of the name.
        if (e > i && e < end && IsRegnalNumber(view.Word(e))) e++;
        return e;
    }

    private static bool IsRegnalNumber(ReadOnlySpan<char> word) =>
        word is "Ier" or "Ire" || word.Length is >= 2 and <= 5 && !word.ContainsAnyExcept("IVX");

    /// <summary>
    /// "Kim Jong Un", "Kim Il Sung": a syllable spelled like a French pronoun or article, capitalised after a short
    /// name word, continues a Korean name.
    /// </summary>
    private static bool IsKoreanSyllable(TokenView view, int k) =>
        view.Word(k) is "Un" or "Il" && view.IsNameWord(k - 1) && view.Word(k - 1).Length <= 4;

    /// <summary>A photo credit or byline: "Photo MINUSCA/Leonel Grothe", "© AFP/Jean Dupont", "Par Jean Dupont" opening a sentence.</summary>
    private static bool IsCredit(TokenView view, int nameFirst, int sentenceFirst)
    {
        if (nameFirst == sentenceFirst) return false;
        var before = view.Folded(nameFirst - 1).ToString();
        // "auprès de l'AFP Claudia Mo": an agency with its article is who was spoken to, not a picture's credit.
        if (OfficialsLexicon.CreditWords.Contains(before))
            return !(OfficialsLexicon.NewsAgencies.Contains(before) && nameFirst - 2 >= sentenceFirst && view.Folded(nameFirst - 2) is "l'" or "le" or "la");
        if (before == "par" && nameFirst - 1 == sentenceFirst) return true;
        return nameFirst - 2 >= sentenceFirst && view.Word(nameFirst - 1) is var w && w.Length > 0 && char.IsUpper(w[0])
            && OfficialsLexicon.CreditWords.Has(view.Folded(nameFirst - 2)) && view.IsAcronym(nameFirst - 1);
    }

    /// <summary>
    /// The role written before a name: "le Secrétaire général adjoint …, Jean-Pierre Lacroix" (set off by a comma,
    /// which may itself contain commas), "au Représentant spécial … pour la Somalie, M. Nicholas Kay." (the same
    /// before "M."/"Mme") or "l'ancien Président des États-Unis Barack Obama" (directly before it).
    /// </summary>
    private static (int First, int End, int Head)? RoleBefore(TokenView view, List<(int First, int End)> names, int sentenceFirst, int sentenceEnd, int nameFirst, int nameEnd)
    {
        int j = nameFirst - 1;
        bool honorific = j >= sentenceFirst && NerLexicon.IsHonorific(view.Word(j));
        if (honorific) j--;
        if (j < sentenceFirst) return null;
        bool apposed = view.Word(j) is ",";
        // "Selon la ministre, Mme Tikhanovskaïa possède …", "Selon le ministre de l'Intérieur, M. Martin a été
        // interpellé": before "M."/"Mme" the comma may close a phrase that the name's clause follows, so only a
        // name closed off as well is apposed to the role.
        if (apposed && honorific && !ClosesApposition(view, nameEnd, sentenceEnd)) return null;
        if (apposed) j--;
        int limit = Math.Max(sentenceFirst, nameFirst - (apposed ? MaxApposedRoleTokens : MaxPrefixedRoleTokens));
        for (int k = j; k >= limit; k--)
        {
            // "le chef de la mission de l'ONU au Mali (Minusma), Mahamat Saleh Annadif": a parenthesis inside the role.
            if (apposed && view.Word(k) is ")")
            {
                int open = k - 1;
                while (open >= limit && view.Word(open) is not ("(" or ")")) open--;
                if (open >= limit && view.Word(open) is "(") { k = open; continue; }
            }
            if ((NameAt(names, k) is { } name && !IsPlaceInRole(view, name, limit)) || IsBreak(view, k) || (!apposed && view.Word(k) is ",")) return null;
            if (!RoleGrammar.IsHead(view, k)) continue;
            int start = ExtendRole(view, k, sentenceFirst, apposed);
            if (!IsRoleStart(view, start, sentenceFirst)) continue;
            // "en tant que nouveau président des États-Unis, Manuel Valls": a role not opened by an article is not an apposition.
            if (start > sentenceFirst && !OpensRole(view.Folded(start - 1).ToString(), apposed) && !EndsWithGluedArticle(view.Word(start - 1))) return null;
            // "Mme Nkosazana Dlamini-Zuma, Présidente de la Commission de l'Union africaine, M. Said Djinnit, …": a role
            // between two names, set off by commas, is the first one's.
            if (start - 2 >= sentenceFirst && view.Word(start - 1) is "," && IsInName(names, start - 2)) return null;
            if (!apposed && OfficialsLexicon.Prepositions.Has(view.Folded(j))) return null;
            int noun = start;
            while (RoleGrammar.IsModifier(view.Folded(noun))) noun++;
            // "Selon la ministre, Mme …": a bare role set off before "M."/"Mme" names whom the clause quotes, not the person.
            if (apposed && honorific && noun == j) return null;
            return (start, j + 1, noun);
        }
        return null;
    }

    /// <summary>A name followed by what closes an apposition: punctuation, the sentence end, or "et" and the next person's "M."/"Mme".</summary>
    private static bool ClosesApposition(TokenView view, int nameEnd, int sentenceEnd) =>
        nameEnd >= sentenceEnd || view.Word(nameEnd) is "," or "." or ";" or ":" or "(" or ")"
        || view.Word(nameEnd) is "et" && nameEnd + 1 < sentenceEnd && NerLexicon.IsHonorific(view.Word(nameEnd + 1));

    /// <summary>
    /// The role set off after a name: "Atul Khare, Secrétaire général adjoint à l'appui aux missions, …", also in
    /// parentheses ("Olivier Véran (ministre de la Santé)") or after a party ("Christian Estrosi (LR), maire de Nice").
    /// </summary>
    private static (int First, int End, int Head)? RoleAfter(TokenView view, List<(int First, int End)> names, int sentenceEnd, int nameEnd)
    {
        int k = nameEnd;
        if (k + 3 < sentenceEnd && view.Word(k) is "(" && view.Word(k + 2) is ")" && view.Word(k + 3) is "," && !RoleGrammar.IsHead(view, k + 1)) k += 3;
        if (k >= sentenceEnd || view.Word(k) is not ("," or "(")) return null;
        bool parenthesis = view.Word(k) is "(";
        k++;
        // "M. Ndaw, 70 ans, ex-ministre de la Défense": the age comes between the name and the role.
        if (!parenthesis && k + 2 < sentenceEnd && view.IsNumber(k) && view.Folded(k + 1) is "ans" && view.Word(k + 2) is ",") k += 3;
        while (k < sentenceEnd && OfficialsLexicon.Articles.Has(view.Folded(k))) k++;
        int start = k;
        while (k < sentenceEnd && RoleGrammar.IsModifier(view.Folded(k))) k++;
        if (k >= sentenceEnd || !RoleGrammar.IsHead(view, k)) return null;
        int head = k;
        int e = k + 1;
        while (e < sentenceEnd && e - start < MaxTrailingRoleTokens && view.Word(e) is not "," && !IsBreak(view, e) && !IsInName(names, e)) e++;
        if (parenthesis) return e < sentenceEnd && view.Word(e) is ")" ? (start, e, head) : null;
        // "…, X, le Secrétaire général adjoint …, Y": a role followed by a comma and a name is that name's.
        if (e + 1 < sentenceEnd && view.Word(e) is "," && IsInName(names, e + 1)) return null;
        return (start, e, head);
    }

    /// <summary>Before a role set off by a comma, also "," "et" "("; right before a name, only an article ("…", juge Manuel Valls).</summary>
    private static bool OpensRole(string folded, bool apposed) =>
        OfficialsLexicon.RoleOpeners.Contains(folded) && (apposed || folded is not ("," or "et" or "("));

    /// <summary>
    /// An article glued to the end of the previous paragraph's last word, as scraped pages join paragraphs without
    /// a space: "national-Le Premier ministre", "nationalLe Premier ministre".
    /// </summary>
    private static bool EndsWithGluedArticle(ReadOnlySpan<char> word)
    {
        foreach (var article in (ReadOnlySpan<string>)["Le", "La", "Les"])
            if (word.Length > article.Length + 1 && word.EndsWith(article, StringComparison.Ordinal)
                && word[^(article.Length + 1)] is var before && (char.IsLower(before) || before == '-'))
                return true;
        return false;
    }

    /// <summary>A role in a company, a research centre or an association ("directeur du Centre libanais d'études politiques") is not an official one.</summary>
    private static bool NamesPrivateBody(TokenView view, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (OfficialsLexicon.PrivateBodies.Has(view.Folded(k))
                && !(OfficialsLexicon.BodyNamesWhenCapitalised.Has(view.Folded(k)) && char.IsUpper(view.Word(k)[0])))
                return true;
        return false;
    }

    private static bool IsListSeparation(TokenView view, int from, int to)
    {
        if (from >= to) return false;
        for (int k = from; k < to; k++)
            if (view.Word(k) is not ("," or "et") && !NerLexicon.IsHonorific(view.Word(k))) return false;
        return true;
    }

    /// <summary>
    /// The first token of the role whose noun is at <paramref name="head"/>: over modifiers and role nouns
    /// ("l'ancien Premier ministre", "l'ex-Premier ministre") and, for a role set off by a comma, over "du",
    /// "de la" between role nouns, an adjective of the first noun between ("le porte-parole du président, Antanas
    /// Bubnelis", "l'Envoyé spécial du Secrétaire général pour la Syrie, M. …"); right before a name the last
    /// role is the name's ("le porte-parole du président Vladimir Poutine").
    /// </summary>
    private static int ExtendRole(TokenView view, int head, int sentenceFirst, bool apposed)
    {
        int start = head;
        while (true)
        {
            if (start - 1 >= sentenceFirst && IsRoleWord(view, start - 1)) start--;
            else if (!apposed) return start;
            else if (start - 2 >= sentenceFirst && view.Folded(start - 1) is "du" or "des" && RoleEndingAt(view, start - 2, sentenceFirst) is int before) start = before;
            else if (start - 3 >= sentenceFirst && view.Folded(start - 1) is "la" or "l'" && view.Folded(start - 2) is "de" && RoleEndingAt(view, start - 3, sentenceFirst) is int first) start = first;
            else return start;
        }
    }

    /// <summary>The role noun or modifier that a role ends on at <paramref name="k"/>, or its noun before one or two adjectives ("Représentant spécial").</summary>
    private static int? RoleEndingAt(TokenView view, int k, int sentenceFirst)
    {
        if (IsRoleWord(view, k)) return k;
        for (int j = k; j >= Math.Max(sentenceFirst, k - 2) && RoleGrammar.IsPostModifier(view.Folded(j)); j--)
            if (j - 1 >= sentenceFirst && IsRoleWord(view, j - 1)) return j - 1;
        return null;
    }

    private static bool IsRoleWord(TokenView view, int k) => RoleGrammar.IsHead(view, k) || RoleGrammar.IsModifier(view.Folded(k));

    /// <summary>"général" opens a role only as a rank after an article ("le général Diarra"), not in "l'Assemblée générale".</summary>
    private static bool IsRoleStart(TokenView view, int start, int sentenceFirst)
    {
        int k = start;
        while (RoleGrammar.IsModifier(view.Folded(k))) k++;
        if (!OfficialsLexicon.AdjectiveHeads.Has(view.Folded(k))) return true;
        return start == sentenceFirst || OfficialsLexicon.Articles.Has(view.Folded(start - 1));
    }

    private static bool IsBreak(TokenView view, int k) =>
        OfficialsLexicon.IsClausePunctuation(view.Word(k)) || OfficialsLexicon.ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(view.Word(k));

    /// <summary>"le gouverneur de Tillabéri, …": a name after "de" inside a role set off by a comma is the place the role is of.</summary>
    private static bool IsPlaceInRole(TokenView view, (int First, int End) name, int limit) =>
        name.First - 1 >= limit && view.Folded(name.First - 1) is "de" or "d'" or "du";

    private static bool IsInName(List<(int First, int End)> names, int k) => NameAt(names, k) is not null;

    /// <summary>The name span holding token <paramref name="k"/>, if any.</summary>
    private static (int First, int End)? NameAt(List<(int First, int End)> names, int k)
    {
        foreach (var name in names)
            if (k >= name.First && k < name.End) return name;
        return null;
    }

    /// <summary>
    /// The body a title names, leftmost first: ONU, OTAN, UE … or a state (from the countries stage, else a few
    /// state words), leaving out the states the role is for or posted to ("pour la Syrie", "au Liban").
    /// </summary>
    private static string? BodyIn(TokenView view, List<Mention> countries, int first, int end)
    {
        var states = StatesIn(view, countries, first, end, out int bestToken);
        string? best = states.Count > 0 ? states[0] : null;
        for (int k = first; k < end; k++)
        {
            if (view.Start(k) >= bestToken) break;
            if (BodyAt(view, k, end) is { } body) return body;
            if (OfficialsLexicon.BodyAdjectives.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(view.Folded(k), out var adjective)) return adjective;
            if (OfficialsLexicon.StateWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(view.Folded(k), out var state) && !IsField(view, first, k)) return state;
        }
        return best;
    }

    /// <summary>The distinct states a title names as its body, in text order; <paramref name="firstStart"/> is where the first one starts.</summary>
    private static List<string> StatesIn(TokenView view, List<Mention> countries, int first, int end, out int firstStart)
    {
        int start = view.Start(first), stop = view.End(end - 1);
        var states = new List<string>();
        firstStart = int.MaxValue;
        foreach (var country in countries)
        {
            if (country.Start < start || country.End > stop || country.Value is not string code || states.Contains(code)) continue;
            if (IsField(view, first, view.IndexAt(country.Start))) continue;
            firstStart = Math.Min(firstStart, country.Start);
            states.Add(code);
        }
        return states;
    }

    /// <summary>"pour la Syrie", "au Liban", "auprès de la Belgique": the state at <paramref name="k"/> is the role's field or post, not its body.</summary>
    private static bool IsField(TokenView view, int roleFirst, int k)
    {
        int j = k - 1;
        while (j >= roleFirst && view.Folded(j) is "le" or "la" or "l'" or "les") j--;
        if (j < roleFirst) return false;
        return OfficialsLexicon.FieldPrepositions.Has(view.Folded(j)) || view.Folded(j) is "de" or "d'" && j - 1 >= roleFirst && view.Folded(j - 1) is "aupres";
    }

    /// <summary>"Représentant spécial du Secrétaire général pour la Somalie": a role under the Secretary-General.</summary>
    private static bool AnswersToSecretaryGeneral(TokenView view, int first, int end)
    {
        var words = OfficialsLexicon.SecretaryGeneralOf;
        for (int k = first; k + words.Length <= end; k++)
        {
            int w = 0;
            while (w < words.Length && view.Folded(k + w).SequenceEqual(words[w])) w++;
            if (w == words.Length) return true;
        }
        return false;
    }

    private static string? BodyAt(TokenView view, int k, int end)
    {
        foreach (var (words, code) in OfficialsLexicon.Bodies)
        {
            if (k + words.Length > end) continue;
            bool match = true;
            for (int w = 0; w < words.Length && match; w++)
                match = view.Folded(k + w).SequenceEqual(words[w]);
            if (match) return code;
        }
        return null;
    }

    /// <summary>
    /// A body's acronym inside the title ("directrice générale de l'ONUDC", "porte-parole des forces pro-GNA") or in
    /// parentheses right after it ("procureur du Mécanisme pour les tribunaux pénaux internationaux (MPTI)").
    /// </summary>
    private static string? AcronymOf(TokenView view, int first, int end, int sentenceEnd)
    {
        for (int k = first; k < end; k++)
        {
            var word = view.Word(k);
            int hyphen = word.LastIndexOf('-');
            var tail = hyphen > 0 && word[..hyphen] is "pro" or "anti" or "ex" ? word[(hyphen + 1)..] : word;
            if (IsBodyAcronym(tail)) return tail.ToString();
        }
        if (end + 2 < sentenceEnd && view.Word(end) is "(" && view.Word(end + 2) is ")" && IsBodyAcronym(view.Word(end + 1)))
            return view.Word(end + 1).ToString();
        return null;
    }

    /// <summary>Two capital letters or more and nothing else ("ONUDC", "MPTI"), not a news agency.</summary>
    private static bool IsBodyAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word is "AFP") return false;
        foreach (char c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>The state of the country mention nearest the name in its sentence, leaving out tokens [skipFirst, skipEnd).</summary>
    private static string? NearestCountry(TokenView view, List<Mention> countries, int name, int skipFirst, int skipEnd)
    {
        int at = view.Start(name);
        int skipStart = skipEnd > skipFirst ? view.Start(skipFirst) : 0, skipStop = skipEnd > skipFirst ? view.End(skipEnd - 1) : 0;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var country in countries)
        {
            if (country.Start >= skipStart && country.End <= skipStop || country.Value is not string code) continue;
            int distance = Math.Abs(country.Start - at);
            if (distance < bestDistance) (bestDistance, best) = (distance, code);
        }
        return best;
    }

    /// <summary>
    /// The body named nearest the name in its sentence ("Représentée par M. Appathurai, …, l'OTAN …"), leaving out
    /// quoted words, which are what someone says, not who they are ("le porte-parole de la junte, Ismaël Wagué :
    /// « … avec la Cédéao … »"). Quotation marks are paired outwards from the name, which stands outside them.
    /// </summary>
    private static string? NearestBody(TokenView view, int first, int end, int name)
    {
        bool quotedAfter = false, quotedBefore = false;
        for (int distance = 1; distance < end - first; distance++)
        {
            int after = name + distance, before = name - distance;
            if (after < end)
            {
                if (IsQuotationMark(view.Word(after))) quotedAfter = !quotedAfter;
                else if (!quotedAfter && BodyAt(view, after, end) is { } body) return body;
            }
            if (before >= first)
            {
                if (IsQuotationMark(view.Word(before))) quotedBefore = !quotedBefore;
                else if (!quotedBefore && BodyAt(view, before, end) is { } earlier) return earlier;
            }
        }
        return null;
    }

    private static bool IsQuotationMark(ReadOnlySpan<char> word) => word is "\"" or "«" or "»" or "“" or "”";
}
