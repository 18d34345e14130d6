namespace Extraction.Recognizers.Commitments;

using Extraction.Text;

/// <summary>Pure rules of the commitments stage: text in, value out.</summary>
/// <summary>A run of words naming a commitment type: words [Word, End) of a sentence.</summary>
public readonly record struct TypeTerm(string Type, int Word, int End);

public static class CommitmentsNormalizer
{
    public const string Made = "made";
    public const string Expected = "expected";
    public const string CalledFor = "called_for";

    /// <summary>The status a cue gives its clause; null for a word that is no cue.</summary>
    public static string? StatusOf(CueKind kind) => kind switch
    {
        CueKind.Pledge or CueKind.PledgeNoun or CueKind.PledgeNounOfActor or CueKind.Contribution or CueKind.FutureAction => Made,
        CueKind.Expectation or CueKind.ExpectationOf => Expected,
        CueKind.Appeal or CueKind.Gap => CalledFor,
        _ => null,
    };

    /// <summary>
    /// Which cue decides the status when a clause holds several: an appeal or an expectation governs the pledge
    /// verb it introduces ("auront la possibilité d'annoncer"); a pledge made to fill a gap is made, not asked for.
    /// </summary>
    public static int Rank(CueKind kind) => kind switch
    {
        CueKind.Appeal => 4,
        CueKind.Expectation or CueKind.ExpectationOf => 3,
        CueKind.Pledge or CueKind.PledgeNoun or CueKind.PledgeNounOfActor or CueKind.Contribution or CueKind.FutureAction => 2,
        CueKind.Gap => 1,
        _ => 0,
    };

    /// <summary>Whether a pledge noun: its actor may follow it, what is pledged may come before it.</summary>
    public static bool IsNoun(CueKind kind) => kind is CueKind.PledgeNoun or CueKind.PledgeNounOfActor;

    /// <summary>Whether the clause is a commitment even when no actor is named ("des engagements ont été pris en matière de formation").</summary>
    public static bool StandsWithoutActor(CueKind kind) => kind is CueKind.Pledge or CueKind.PledgeNoun or CueKind.Gap;

    /// <summary>
    /// Whether a lower-case word is a verb in the future tense ("rappellera", "enverront"), which announces an action
    /// when a named actor is its subject. Auxiliaries and modals are left out: they carry no action of their own.
    /// </summary>
    public static bool IsFutureTense(ReadOnlySpan<char> folded) =>
        folded.Length >= 6 && FrenchVerbForms.IsFuture(folded) && !CommitmentsLexicon.FutureLookalikes.Contains(folded);

    /// <summary>Whether a lower-case word is a verb in the conditional ("enverrait"), the future of reported speech.</summary>
    public static bool IsConditional(ReadOnlySpan<char> folded) =>
        FrenchVerbForms.IsConditional(folded) && !CommitmentsLexicon.FutureLookalikes.Contains(folded);

    /// <summary>Whether a lower-case word ends like an infinitive ("renforcer", "fournir"); nouns in -ier ("officier") do not.</summary>
    public static bool LooksInfinitive(ReadOnlySpan<char> folded) =>
        (folded.EndsWith("er", StringComparison.Ordinal) && !folded.EndsWith("ier", StringComparison.Ordinal)) || folded.EndsWith("ir", StringComparison.Ordinal);


    /// <summary>The commitment types a phrase names, in order of first appearance: "hélicoptère" → equipment.</summary>
    public static List<string> TypesOf(string phrase)
    {
        var folded = TextFolding.Fold(phrase);
        return TypesOf(TermsOf(folded, Words(folded), 0, int.MaxValue));
    }

    /// <summary>Each type once, in the order its first term appears.</summary>
    public static List<string> TypesOf(List<TypeTerm> terms)
    {
        var types = new List<string>();
        foreach (var term in terms)
            if (!types.Contains(term.Type)) types.Add(term.Type);
        return types;
    }

    /// <summary>Every term naming a commitment type between words <paramref name="from"/> and <paramref name="to"/>, in text order.</summary>
    internal static List<TypeTerm> TermsOf(string folded, ReadOnlySpan<Range> words, int from, int to)
    {
        var terms = new List<TypeTerm>();
        to = Math.Min(to, words.Length);
        for (int i = from; i < to;)
        {
            int length = CommitmentsLexicon.TypeTerms.Match(folded, words[..to], i, out var type);
            if (length == 0)
            {
                i++;
                continue;
            }
            if (type is not null && !(type == CommitmentsLexicon.MilitaryPolice && IsBeneficiary(folded, words, from, i)) && !IsWithdrawn(folded, words, from, i, type))
                terms.Add(new TypeTerm(type, i, i + length));
            i += length;
        }
        return terms;
    }

    // Personnel named as owners, beneficiaries or trainees ("la part des femmes dans ses contingents", "une formation pour
    // les officiers", "en formant des policiers") is the setting of another pledge, not troops pledged.
    private static bool IsBeneficiary(string folded, ReadOnlySpan<Range> words, int from, int term)
    {
        int k = term - 1;
        if (k >= from && folded.AsSpan()[words[k]] is "les" or "des" or "le" or "la" or "l'") k--;
        if (k < from) return false;
        var marker = folded.AsSpan()[words[k]];
        // Personnel being trained are trainees: "en formant des policiers", "la formation des soldats".
        return CommitmentsLexicon.BeneficiaryMarkers.Contains(marker) || marker.StartsWith("form", StringComparison.Ordinal) || marker.StartsWith("entrain", StringComparison.Ordinal);
    }

    // What is withdrawn, cut or suspended is the opposite of a pledge: "un retrait total des forces étrangères",
    // "le retrait de près de 1.000 soldats", "a suspendu ses missions de formation", "quitter l'Accord de Paris". Reducing
    // a footprint is itself the environmental pledge.
    private static bool IsWithdrawn(string folded, ReadOnlySpan<Range> words, int from, int term, string type)
    {
        for (int k = term - 1; k >= Math.Max(from, term - 8); k--)
        {
            var word = folded.AsSpan()[words[k]];
            if (CommitmentsLexicon.NotGivenWords.Contains(word) && !(type == CommitmentsLexicon.Environment && CommitmentsLexicon.ReductionWords.Contains(word)))
                return true;
        }
        return false;
    }

    /// <summary>The acronym a pledging organisation is recorded under: "l'Alliance" → OTAN, "Union européenne" → UE.</summary>
    public static string? OrganisationOf(string name)
    {
        var folded = TextFolding.Fold(name);
        var words = Words(folded);
        int i = 0;
        while (i < words.Length - 1 && CommitmentsLexicon.Determiners.Contains(folded.AsSpan()[words[i]])) i++;
        return words.Length > 0 && CommitmentsLexicon.Organisations.Match(folded, words, i, out var acronym) == words.Length - i ? acronym : null;
    }

    /// <summary>Whether a count's unit counts states, so that the count is the size of the pledging group: "état membre", "pays".</summary>
    public static bool IsGroupUnit(string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return false;
        var folded = TextFolding.Fold(unit);
        int space = folded.IndexOf(' ');
        return CommitmentsLexicon.GroupUnits.Contains(space < 0 ? folded : folded.AsSpan(0, space));
    }

    /// <summary>Splits folded text into words the way the tokeniser does for the lexicon: elided words keep their apostrophe, punctuation stands alone.</summary>
    public static Range[] Words(string folded) => Words(folded, 0, folded.Length);

    /// <summary>The words of folded[start..end], as ranges of the whole string.</summary>
    public static Range[] Words(string folded, int start, int end)
    {
        var words = new List<Range>();
        int i = start;
        while (i < end)
        {
            char c = folded[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int wordStart = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < end && (char.IsLetterOrDigit(folded[i]) || folded[i] == '-')) i++;
                if (i < end && folded[i] == '\'') i++;
            }
            else
            {
                i++;
            }
            words.Add(new Range(wordStart, i));
        }
        return [.. words];
    }
}
