namespace Extraction.Recognizers.Dates;

using System.Collections.Frozen;
using System.Collections.Immutable;
using Extraction.French;
using Extraction.Text;
using static Extraction.French.FrenchFunctionWords;

/// <summary>What a token can be to the date grammar, decided once per token.</summary>
internal enum LexKind : byte
{
    Other,
    Integer,
    NumberWord,
    NumberRange,
    NumericDate,
    Month,
    MidMonth,

    /// <summary>"mars-avril": Value holds the first month times 16 plus the second.</summary>
    MonthRange,
    MidYear,
    Weekday,
    Ordinal,
    Season,
    Unit,
    Siecle,
    YearPreposition,
    Du,
    Au,
    De,
    A,
    Entre,
    Et,
    Comma,

    /// <summary>A hyphen or dash standing alone, as in "7 – 8 décembre" or "2015–2018".</summary>
    Dash,
    Article,
    Demonstrative,
    Edge,
    Dernier,
    Prochain,
    RelativeDay,
}

[Flags]
internal enum LexFlags : byte
{
    None = 0,
    Abbreviated = 1,
    Capitalized = 2,
    Plural = 4,
    Ordinal = 8,
    NumberToo = 16,
}

/// <summary>Calendar units a duration or a relative expression counts in.</summary>
public enum DateUnit : byte
{
    None,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    WeekEnd,
    Hour,
    Quarter,
    Half,
}

/// <summary>A token as the date grammar sees it: its kind, a number (month, weekday, day, unit…) and flags.</summary>
internal readonly record struct Lexeme(LexKind Kind, int Value, LexFlags Flags = LexFlags.None)
{
    public bool Has(LexFlags flag) => (Flags & flag) != 0;
}

/// <summary>French calendar words, keyed by their folded form (lower case, no accents).</summary>
internal static class DatesLexicon
{
    /// <summary>TIMEX3 season codes, indexed by the season's lexeme value.</summary>
    public static readonly ImmutableArray<string> SeasonCodes = ["", "SP", "SU", "FA", "WI"];

    public static readonly WordMap<Lexeme> Lookup = new(Build());

    /// <summary>"ou" between two counts: "deux ou trois jours".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Or = FrozenWords.Of("ou");

    // Words that may follow a year after a weak preposition ("l'accord de 2015 sur", "le génocide de 1994 qui"):
    // a count's noun ("de 2000 soldats") never is one of them.
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = FrozenWords.Of(
    [
        .. CommonPrepositions, .. RelativePronouns, "et", "ou", .. FormsOfA, "contre", "entre", "lors", .. DefiniteArticles,
        .. IndefiniteArticles, .. FormsOfDe, "est", "sont", "etait", "etaient", "ont", "avait", "avaient", "se", "s'", "ne", "n'",
        .. ThirdPersonSubjectPronouns, "puis", "mais", "ainsi", "comme", "avant", "apres", "selon", "sous", "vers", "y", "ce", "cette",
        "ces", .. ThirdPersonPossessives, "notamment", "deja", "encore", "alors", "fut", "furent", "lorsque", "lorsqu'", "quand",
    ]);

    // Words before "de" that make the number after it a quantity ("plus de 2000", "un total de 1500").
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuantityWords = FrozenWords.Of(
        "plus", "moins", "pres", "environ", "total", "nombre", "quelque", "quelques", "chiffre", "hauteur", "somme", "montant",
        "centaines", "milliers", "dizaines", "minimum", "maximum", "effectif");

    private static Dictionary<string, Lexeme> Build()
    {
        var words = new Dictionary<string, Lexeme>(StringComparer.Ordinal);
        void Add(LexKind kind, int value, LexFlags flags, params string[] keys)
        {
            foreach (var key in keys) words[key] = new Lexeme(kind, value, flags);
        }

        // A scale takes "de" before its noun ("deux millions d'années"), so no duration counts in one.
        foreach (var (word, number) in FrenchNumbers.Words)
            if (number.Kind is not (NumberWordKind.Scale or NumberWordKind.Et))
                Add(LexKind.NumberWord, (int)number.Value, LexFlags.None, word);

        for (int m = 0; m < 12; m++)
        {
            Add(LexKind.Month, m + 1, LexFlags.None, TextFolding.Fold(FrenchCalendar.Months[m]));
            Add(LexKind.Month, m + 1, LexFlags.Abbreviated, [.. FrenchCalendar.MonthAbbreviations[m].Select(TextFolding.Fold)]);
        }
        // "sept" is seven as often as September: a month only beside a day or a year.
        words["sept"] = new Lexeme(LexKind.Month, 9, LexFlags.Abbreviated | LexFlags.NumberToo);

        for (int d = 1; d <= FrenchCalendar.Weekdays.Length; d++)
            Add(LexKind.Weekday, d, LexFlags.None, FrenchCalendar.Weekdays[d - 1]);

        for (int s = 1; s <= FrenchCalendar.Seasons.Length; s++)
            Add(LexKind.Season, s, LexFlags.None, TextFolding.Fold(FrenchCalendar.Seasons[s - 1]));

        Add(LexKind.Unit, (int)DateUnit.Day, LexFlags.None, "jour", "journee");
        Add(LexKind.Unit, (int)DateUnit.Day, LexFlags.Plural, "jours", "journees");
        Add(LexKind.Unit, (int)DateUnit.Week, LexFlags.None, "semaine");
        Add(LexKind.Unit, (int)DateUnit.Week, LexFlags.Plural, "semaines");
        Add(LexKind.Unit, (int)DateUnit.Month, LexFlags.None, "mois", "mois-ci");
        Add(LexKind.Unit, (int)DateUnit.Year, LexFlags.None, "an", "annee");
        Add(LexKind.Unit, (int)DateUnit.Year, LexFlags.Plural, "ans", "annees");
        Add(LexKind.Unit, (int)DateUnit.Decade, LexFlags.None, "decennie");
        Add(LexKind.Unit, (int)DateUnit.Decade, LexFlags.Plural, "decennies");
        Add(LexKind.Unit, (int)DateUnit.WeekEnd, LexFlags.None, "week-end", "weekend");
        Add(LexKind.Unit, (int)DateUnit.Hour, LexFlags.None, "heure");
        Add(LexKind.Unit, (int)DateUnit.Hour, LexFlags.Plural, "heures");
        Add(LexKind.Unit, (int)DateUnit.Quarter, LexFlags.None, "trimestre");
        Add(LexKind.Unit, (int)DateUnit.Quarter, LexFlags.Plural, "trimestres");
        Add(LexKind.Unit, (int)DateUnit.Half, LexFlags.None, "semestre");
        Add(LexKind.Unit, (int)DateUnit.Half, LexFlags.Plural, "semestres");
        Add(LexKind.Ordinal, 2, LexFlags.None, "deuxieme", "second", "seconde");
        Add(LexKind.Ordinal, 3, LexFlags.None, "troisieme");
        Add(LexKind.Ordinal, 4, LexFlags.None, "quatrieme");
        Add(LexKind.Siecle, 0, LexFlags.None, "siecle");
        Add(LexKind.Siecle, 0, LexFlags.Plural, "siecles");

        Add(LexKind.YearPreposition, 0, LexFlags.None, "en", "depuis", "avant", "apres", "vers", "jusqu'", "ici", "durant", "pendant", "horizon");
        Add(LexKind.Du, 0, LexFlags.None, "du");
        Add(LexKind.Au, 0, LexFlags.None, "au");
        Add(LexKind.De, 0, LexFlags.None, "de", "d'");
        Add(LexKind.Entre, 0, LexFlags.None, "entre");
        Add(LexKind.Et, 0, LexFlags.None, "et");
        Add(LexKind.Comma, 0, LexFlags.None, ",");
        Add(LexKind.Article, 0, LexFlags.None, "le", "la", "l'");
        Add(LexKind.Article, 0, LexFlags.Plural, "les");
        Add(LexKind.Demonstrative, 0, LexFlags.None, "ce", "cet", "cette");
        Add(LexKind.Demonstrative, 0, LexFlags.Plural, "ces");
        Add(LexKind.Edge, 0, LexFlags.None, "fin", "debut", "mi", "courant");
        Add(LexKind.Dernier, 0, LexFlags.None, "dernier", "derniere", "passe", "passee");
        Add(LexKind.Dernier, 0, LexFlags.Plural, "derniers", "dernieres", "passes", "passees");
        // "écoulé" measures the stretch just past ("au cours de l'année écoulée": the last twelve months), value 1.
        Add(LexKind.Dernier, 1, LexFlags.None, "ecoule", "ecoulee");
        Add(LexKind.Dernier, 1, LexFlags.Plural, "ecoules", "ecoulees");
        Add(LexKind.Prochain, 0, LexFlags.None, "prochain", "prochaine");
        Add(LexKind.Prochain, 0, LexFlags.Plural, "prochains", "prochaines");
        Add(LexKind.RelativeDay, 0, LexFlags.None, "aujourd'hui");
        Add(LexKind.RelativeDay, -1, LexFlags.None, "hier");
        Add(LexKind.RelativeDay, 1, LexFlags.None, "demain");
        Add(LexKind.RelativeDay, -2, LexFlags.None, "avant-hier");
        Add(LexKind.RelativeDay, 2, LexFlags.None, "apres-demain");
        Add(LexKind.Integer, 1, LexFlags.Ordinal, "1er", "premier");
        // Only "les trois premiers mois de 2021" reads it: the first of a run, not a number.
        Add(LexKind.Ordinal, 1, LexFlags.Plural, "premiers", "premieres");
        return words;
    }
}
