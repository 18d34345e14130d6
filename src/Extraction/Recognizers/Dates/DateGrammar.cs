namespace Extraction.Recognizers.Dates;

using System.Collections.Frozen;
using Extraction.Core;
using Extraction.French;
using Extraction.Text;

/// <summary>
/// The date grammar, one method per production. At each token the productions are tried from the most to
/// the least specific; the first that matches consumes its tokens. Look-ahead is bounded, so a document is
/// read in one pass without backtracking.
/// </summary>
internal ref struct DateGrammar(Document document, ReadOnlySpan<Lexeme> lexemes, List<DateCandidate> output)
{
    private readonly Document document = document;
    private readonly List<Token> tokens = document.Tokens;
    private readonly ReadOnlySpan<Lexeme> lx = lexemes;
    private readonly List<DateCandidate> output = output;

    // Token index just after the last year emitted, so "en 2015 et 2016" reads the second year too.
    private int lastYearEnd = -1;

    public void Run()
    {
        int i = 0;
        while (i < lx.Length)
        {
            if (CanStart(i) && TryAt(i, out var candidate, out int next))
            {
                output.Add(candidate);
                if (candidate.Kind == CandidateKind.Calendar && candidate.From.Month == 0 && candidate.From.Day == 0)
                    lastYearEnd = next;
                i = next;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Cheap gate before the productions: connectives never start a date, and a determiner or preposition
    /// ("le", "de", "ces") starts one only before another date word, which skips most of running text.
    /// </summary>
    private bool CanStart(int i) => lx[i].Kind switch
    {
        LexKind.Other or LexKind.YearPreposition or LexKind.Au or LexKind.A or LexKind.Et or LexKind.Comma or LexKind.Dash
            or LexKind.Dernier or LexKind.Prochain or LexKind.Siecle => false,
        LexKind.Article or LexKind.Demonstrative or LexKind.De or LexKind.Du or LexKind.Entre => K(i + 1) is not (LexKind.Other or LexKind.Comma),
        _ => true,
    };

    private bool TryAt(int i, out DateCandidate c, out int next) =>
        MonthsOfYear(i, out c, out next)
        || Duration(i, out c, out next)
        || Range(i, out c, out next)
        || Determined(i, out c, out next)
        || Edged(i, out c, out next)
        || DayList(i, out c, out next)
        || Numeric(i, out c, out next)
        || MonthYear(i, out c, out next)
        || ContextYear(i, out c, out next)
        || Relative(i, out c, out next);

    private LexKind K(int j) => (uint)j < (uint)lx.Length ? lx[j].Kind : LexKind.Other;

    private Lexeme L(int j) => (uint)j < (uint)lx.Length ? lx[j] : default;

    private bool Year(int j, out int year)
    {
        year = K(j) == LexKind.Integer && tokens[j].Length == 4 && DatesNormalizer.IsYear(lx[j].Value) ? lx[j].Value : 0;
        return year != 0;
    }

    private int OptionalYear(ref int j)
    {
        if (!Year(j, out int year)) return 0;
        j++;
        return year;
    }

    private bool Day(int j, out int day, out int weekday, out int next)
    {
        weekday = 0;
        next = j;
        if (K(j) == LexKind.Weekday) weekday = lx[j++].Value;
        day = K(j) == LexKind.Integer && (tokens[j].Length <= 2 || lx[j].Has(LexFlags.Ordinal)) && lx[j].Value is >= 1 and <= 31 ? lx[j].Value : 0;
        if (day == 0) return false;
        next = j + 1;
        return true;
    }

    /// <summary>A month name; an abbreviation (or "sept") only when a day comes before or a year after.</summary>
    private bool Month(int j, bool afterDay, out int month)
    {
        var lexeme = L(j);
        month = lexeme.Kind == LexKind.Month ? lexeme.Value : 0;
        if (month == 0) return false;
        if (afterDay || Year(j + 1, out _)) return true;
        return !lexeme.Has(LexFlags.Abbreviated) && !lexeme.Has(LexFlags.Capitalized);
    }

    private DateCandidate Make(int first, int next, CandidateKind kind) => new()
    {
        Start = tokens[first].Start,
        End = tokens[next - 1].End,
        Kind = kind,
    };

    private bool Fail(out DateCandidate c, out int next)
    {
        c = default;
        next = 0;
        return false;
    }

    private DateCandidate Calendar(int first, int next, DatePart from, DatePart to, bool interval)
    {
        var c = Make(first, next, CandidateKind.Calendar);
        c.From = from;
        c.To = to;
        c.IsInterval = interval;
        bool valid = (from.Day == 0 || from.Month == 0 || DatesNormalizer.IsValidDay(from.Year, from.Month, from.Day))
            && (!interval || to.Day == 0 || to.Month == 0 || DatesNormalizer.IsValidDay(to.Year, to.Month, to.Day));
        if (!valid) c.Kind = CandidateKind.Rejected;
        return c;
    }

    private DateCandidate Literal(int first, int next, string value)
    {
        var c = Make(first, next, CandidateKind.Literal);
        c.Literal = value;
        return c;
    }

    /// <summary>
    /// [les|ces] count [derniers|prochains] unit [derniers|prochains]: "deux jours", "les sept dernières années"; an
    /// approximate count ("une dizaine de jours" → P10D) and a choice of counts ("deux ou trois jours" → PXD).
    /// </summary>
    private bool Duration(int i, out DateCandidate c, out int next)
    {
        int k = i;
        if (K(k) is LexKind.Article or LexKind.Demonstrative && lx[k].Has(LexFlags.Plural)) k++;
        int count;
        bool article = false, approximate = false;
        if (K(k) == LexKind.Integer && !lx[k].Has(LexFlags.Ordinal) && tokens[k].Length <= 4)
        {
            count = lx[k++].Value;
        }
        else if (IsNumberWord(k))
        {
            int last = k;
            // Past the longest count the parser reads the run is no count, so "un un un …" is read once, not from every word.
            while ((IsNumberWord(last + 1) || (K(last + 1) == LexKind.Et && IsNumberWord(last + 2)))
                   && tokens[last].End - tokens[k].Start <= MaxNumberWordsLength)
                last += K(last + 1) == LexKind.Et ? 2 : 1;
            count = NumberWordsValue(k, last);
            article = tokens[k].Length <= 3 && count == 1;
            k = last + 1;
            // "une dizaine de jours": the article counts the approximate numeral after it.
            if (article && ApproximateCount(k) is int approximateCount and > 0 && K(k + 1) == LexKind.De)
            {
                count = approximateCount;
                article = false;
                approximate = true;
                k += 2;
            }
        }
        else
        {
            return Fail(out c, out next);
        }
        // "deux ou trois jours": how many is left open.
        bool unknown = IsWord(k, DatesLexicon.Or) && (K(k + 1) == LexKind.Integer || IsNumberWord(k + 1));
        if (unknown) k += 2;
        if (K(k) is LexKind.Dernier or LexKind.Prochain) k++;
        var unit = K(k) switch
        {
            LexKind.Unit => (DateUnit)lx[k].Value,
            LexKind.Siecle => DateUnit.Century,
            _ => DateUnit.None,
        };
        // "un jour" is "some day" far more often than a duration.
        if (count <= 0 || unit is DateUnit.None or DateUnit.WeekEnd || (article && unit == DateUnit.Day)
            || (unit == DateUnit.Hour && IsTimeOfDay(i, k)))
            return Fail(out c, out next);
        k++;
        // "il y a cinq ans" is anchored on the document date, so it names a time, and "il y a" carries the reference (house convention).
        if (!unknown && !approximate && unit is DateUnit.Year or DateUnit.Month or DateUnit.Week && k == i + 2 && IsAgo(i))
        {
            c = Make(i - 3, k, unit switch
            {
                DateUnit.Year => CandidateKind.RelativeYear,
                DateUnit.Month => CandidateKind.RelativeMonth,
                _ => CandidateKind.RelativeWeek,
            });
            c.Offset = -count;
            next = k;
            return true;
        }
        if (K(k) is LexKind.Dernier or LexKind.Prochain && lx[k].Has(LexFlags.Plural)) k++;
        c = Make(i, k, CandidateKind.Duration);
        c.Literal = unknown ? DatesNormalizer.DurationOfSomeUnits(unit) : DatesNormalizer.Duration(count, unit);
        next = k;
        return true;
    }

    private bool IsAgo(int count) =>
        count >= 3 && document.NormOf(tokens[count - 1]) is "a" && document.NormOf(tokens[count - 2]) is "y" && document.NormOf(tokens[count - 3]) is "il" or "Il";

    private int? ApproximateCount(int j)
    {
        if (j >= tokens.Count || tokens[j].Kind != TokenKind.Word || tokens[j].Length > 16) return null;
        var text = document.NormOf(tokens[j]);
        Span<char> folded = stackalloc char[text.Length];
        return FrenchNumbers.TryGetApproximate(TextFolding.Fold(text, folded), out long value) ? (int)value : null;
    }

    /// <summary>"à 10 heures", "vers 8 heures", "dès 6 heures", "10 heures 30": a time of day, not a duration.</summary>
    private bool IsTimeOfDay(int first, int unitToken)
    {
        if (K(unitToken + 1) == LexKind.Integer || K(first - 1) == LexKind.A) return true;
        if (first == 0) return false;
        var before = document.NormOf(tokens[first - 1]);
        return before is "vers" or "Vers" or "dès" or "Dès";
    }

    private bool IsNumberWord(int j) => K(j) == LexKind.NumberWord || (K(j) == LexKind.Month && lx[j].Has(LexFlags.NumberToo));

    private const int MaxNumberWordsLength = 64;

    private int NumberWordsValue(int first, int last)
    {
        int start = tokens[first].Start, end = tokens[last].End;
        if (end - start > MaxNumberWordsLength) return -1;
        Span<char> folded = stackalloc char[end - start];
        TextFolding.Fold(document.Normalized.AsSpan(start, end - start), folded);
        return DatesNormalizer.CountOf(folded);
    }

    /// <summary>
    /// "du 7 au 8 décembre", "de mars à avril 2012", "entre 2015 et 2018", "du XIIe au XVIe siècle", "de mardi à
    /// mercredi". The span starts
    /// after the opening preposition, as every date span does ("entre mars et juin" → "mars et juin").
    /// </summary>
    private bool Range(int i, out DateCandidate c, out int next)
    {
        var opener = K(i);
        if (opener is not (LexKind.Du or LexKind.De or LexKind.Entre)) return Fail(out c, out next);
        int k = i + 1;
        if (opener == LexKind.Entre && K(k) == LexKind.Article) k++;

        // "de mardi à mercredi", "du lundi au vendredi": two weekdays of one week, placed like a bare weekday.
        if (opener is LexKind.De or LexKind.Du && K(k) == LexKind.Weekday && IsConnector(opener, K(k + 1)) && K(k + 2) == LexKind.Weekday)
        {
            c = Make(k, k + 3, CandidateKind.RelativeWeekday);
            c.Code = lx[k].Value;
            c.To = new DatePart(0, 0, 0, lx[k + 2].Value);
            c.IsInterval = true;
            c.Tense = NearestTense.Around(document, k);
            next = k + 3;
            return true;
        }

        if (Day(k, out int d1, out int w1, out int k1))
        {
            int m1 = 0, y1 = 0;
            if (Month(k1, afterDay: true, out m1))
            {
                k1++;
                y1 = OptionalYear(ref k1);
            }
            if (IsConnector(opener, K(k1)))
            {
                int k2 = k1 + 1;
                if (K(k2) == LexKind.Article) k2++;
                if (Day(k2, out int d2, out int w2, out int k3) && Month(k3, afterDay: true, out int m2))
                {
                    k3++;
                    int y2 = OptionalYear(ref k3);
                    if (m1 == 0) (m1, y1) = (m2, y2);
                    else if (y1 == 0 && y2 != 0) y1 = m1 > m2 ? y2 - 1 : y2;
                    c = Calendar(k, k3, new DatePart(y1, m1, d1, w1), new DatePart(y2, m2, d2, w2), true);
                    next = k3;
                    return true;
                }
            }
        }

        // Either end may be the edge of its month ("entre octobre et fin mai", "de début mars à fin avril"): an edge has its month's value.
        int first = K(k) == LexKind.Edge ? k + 1 : k;
        if (Month(first, afterDay: false, out int month1))
        {
            int connector = first + 1;
            int fromYear = OptionalYear(ref connector);
            int second = K(connector + 1) == LexKind.Edge ? connector + 2 : connector + 1;
            if (IsConnector(opener, K(connector)) && Month(second, afterDay: false, out int month2))
            {
                int end = second + 1;
                int toYear = OptionalYear(ref end);
                if (fromYear == 0 && toYear != 0) fromYear = month1 > month2 ? toYear - 1 : toYear;
                c = Calendar(k, end, new DatePart(fromYear, month1, 0), new DatePart(toYear, month2, 0), true);
                next = end;
                return true;
            }
        }

        if (Year(k, out int from) && IsConnector(opener, K(k + 1)) && Year(k + 2, out int to) && IsYearSpan(from, to))
        {
            c = Calendar(k, k + 3, new DatePart(from, 0, 0), new DatePart(to, 0, 0), true);
            next = k + 3;
            return true;
        }

        if (K(k) == LexKind.Ordinal && IsConnector(opener, K(k + 1)))
        {
            int k2 = k + 2;
            if (K(k2) == LexKind.Article) k2++;
            if (K(k2) == LexKind.Ordinal && K(k2 + 1) == LexKind.Siecle && lx[k2].Value > lx[k].Value)
            {
                c = Literal(k, k2 + 2, DatesNormalizer.Interval(DatesNormalizer.Century(lx[k].Value), DatesNormalizer.Century(lx[k2].Value)));
                next = k2 + 2;
                return true;
            }
        }
        return Fail(out c, out next);
    }

    private static bool IsConnector(LexKind opener, LexKind connector) => opener switch
    {
        LexKind.Du => connector == LexKind.Au,
        LexKind.De => connector is LexKind.A or LexKind.Au,
        _ => connector == LexKind.Et,
    };

    // Counts read "de 1000 à 2000": a year span starts in modern times and is not wider than two centuries.
    private static bool IsYearSpan(int from, int to) => from >= 1800 && to > from && to - from <= 200;

    /// <summary>
    /// Phrases led by a unit word, a season or a century, with their article or demonstrative: "ce mois de
    /// novembre", "l'année 2015", "les années 2000", "l'an dernier", "cette semaine", "cet été", "le XIIe siècle".
    /// </summary>
    private bool Determined(int i, out DateCandidate c, out int next)
    {
        int k = i;
        var determiner = K(i);
        bool plural = false;
        if (determiner is LexKind.Article or LexKind.Demonstrative)
        {
            plural = lx[i].Has(LexFlags.Plural);
            k++;
        }
        else
        {
            determiner = LexKind.Other;
        }
        // "la prochaine décennie" is the next ten years from now: a stretch, like "l'année qui vient".
        if (determiner == LexKind.Article && !plural && K(k) == LexKind.Prochain && !lx[k].Has(LexFlags.Plural)
            && L(k + 1) is { Kind: LexKind.Unit } stretch && (DateUnit)stretch.Value == DateUnit.Decade && !stretch.Has(LexFlags.Plural))
        {
            c = Make(k, k + 2, CandidateKind.Duration);
            c.Literal = DatesNormalizer.Duration(1, DateUnit.Decade);
            next = k + 2;
            return true;
        }
        var head = L(k);
        var following = K(k + 1);
        int offset = RelativeWord(k + 1);

        if (head.Kind == LexKind.Unit && (DateUnit)head.Value == DateUnit.Year && head.Has(LexFlags.Plural)
            && K(k + 1) == LexKind.Integer && DatesNormalizer.Decade(document.NormOf(tokens[k + 1])) is { } decade)
        {
            // The gold convention keeps the article out ("des années 80" → "années 80"); "les années 1980 et 1990" is one span of two decades.
            next = k + 2;
            if (K(next) == LexKind.Et && K(next + 1) == LexKind.Integer && DatesNormalizer.Decade(document.NormOf(tokens[next + 1])) is { } last
                && string.CompareOrdinal(last, decade) > 0)
            {
                c = Literal(k, next + 2, DatesNormalizer.Interval(decade, last));
                next += 2;
                return true;
            }
            c = Literal(k, next, decade);
            return true;
        }
        if (head.Kind == LexKind.Unit && !plural)
        {
            var unit = (DateUnit)head.Value;
            if (unit == DateUnit.Month && following == LexKind.De && Month(k + 2, afterDay: false, out int month))
            {
                int end = k + 3;
                int year = OptionalYear(ref end);
                c = Calendar(i, end, new DatePart(year, month, 0), default, false);
                next = end;
                return true;
            }
            if (unit == DateUnit.Year && !head.Has(LexFlags.Plural) && Year(k + 1, out int named))
            {
                c = Calendar(i, k + 2, new DatePart(named, 0, 0), default, false);
                next = k + 2;
                return true;
            }
            bool relativeUnit = unit is DateUnit.Year or DateUnit.Month or DateUnit.Week or DateUnit.WeekEnd && !head.Has(LexFlags.Plural);
            if (relativeUnit && determiner == LexKind.Article && following == LexKind.Dernier && lx[k + 1].Value == 1)
            {
                c = Make(k, k + 2, CandidateKind.Duration);
                c.Literal = DatesNormalizer.Duration(1, unit);
                next = k + 2;
                return true;
            }
            // The article is no part of the date: "le mois dernier" → "mois dernier".
            if (relativeUnit && determiner == LexKind.Article && offset != 0)
                return RelativeUnit(k, k + 2, unit, offset, out c, out next);
            if (relativeUnit && determiner == LexKind.Demonstrative)
            {
                RelativeUnit(i, k + 1, unit, 0, out c, out next);
                if (unit == DateUnit.WeekEnd) c.Tense = NearestTense.Around(document, k);
                return true;
            }
        }
        else if (head.Kind == LexKind.Season)
        {
            if (Year(k + 1, out int year))
            {
                c = Literal(i, k + 2, DatesNormalizer.Season(year, head.Value));
                next = k + 2;
                return true;
            }
            if (determiner != LexKind.Other && (offset != 0 || determiner == LexKind.Demonstrative))
            {
                int end = offset != 0 ? k + 2 : k + 1;
                c = Make(i, end, CandidateKind.RelativeSeason);
                c.Code = head.Value;
                c.Offset = offset;
                next = end;
                return true;
            }
        }
        else if ((head.Kind == LexKind.Ordinal && !head.Has(LexFlags.Plural) || (head.Kind == LexKind.Integer && head.Has(LexFlags.Ordinal)))
            && following == LexKind.Unit && PartOfYear(k, out c, out next))
        {
            c.Start = tokens[i].Start;
            return true;
        }
        else if (head.Kind == LexKind.Ordinal && following == LexKind.Siecle && !lx[k + 1].Has(LexFlags.Plural))
        {
            c = Literal(i, k + 2, DatesNormalizer.Century(head.Value));
            next = k + 2;
            return true;
        }
        return Fail(out c, out next);
    }

    /// <summary>"premier trimestre 2020", "deuxième semestre de 2019": a quarter or half of a named year.</summary>
    private bool PartOfYear(int ordinal, out DateCandidate c, out int next)
    {
        int k = ordinal + 2;
        if (K(k) == LexKind.De) k++;
        if (Year(k, out int year) && DatesNormalizer.PartOfYear(year, (DateUnit)lx[ordinal + 1].Value, lx[ordinal].Value) is { } value)
        {
            c = Literal(ordinal, k + 1, value);
            next = k + 1;
            return true;
        }
        return Fail(out c, out next);
    }

    /// <summary>"les trois premiers mois de 2021", "des six derniers mois de 2019": months counted from one end of a named year.</summary>
    private bool MonthsOfYear(int i, out DateCandidate c, out int next)
    {
        // The article stays out of the span and must not leave the words to a duration ("les six derniers mois").
        if (K(i) is LexKind.Article or LexKind.De) i++;
        if (L(i) is not { Kind: LexKind.Integer or LexKind.NumberWord } count || count.Has(LexFlags.Ordinal) || count.Value is < 2 or > 11)
            return Fail(out c, out next);
        bool fromStart = K(i + 1) == LexKind.Ordinal && lx[i + 1].Value == 1 && lx[i + 1].Has(LexFlags.Plural);
        bool fromEnd = K(i + 1) == LexKind.Dernier && lx[i + 1].Value == 0 && lx[i + 1].Has(LexFlags.Plural);
        if (!(fromStart || fromEnd) || L(i + 2) is not { Kind: LexKind.Unit } unit || (DateUnit)unit.Value != DateUnit.Month)
            return Fail(out c, out next);
        int k = K(i + 3) == LexKind.De ? i + 4 : i + 3;
        if (!Year(k, out int year)) return Fail(out c, out next);
        var (from, to) = fromStart ? (1, count.Value) : (13 - count.Value, 12);
        c = Literal(i, k + 1, DatesNormalizer.Interval(DatesNormalizer.Format(new DatePart(year, from, 0)), DatesNormalizer.Format(new DatePart(year, to, 0))));
        next = k + 1;
        return true;
    }

    private bool RelativeUnit(int first, int end, DateUnit unit, int offset, out DateCandidate c, out int next)
    {
        c = Make(first, end, unit switch
        {
            DateUnit.Year => CandidateKind.RelativeYear,
            DateUnit.Month => CandidateKind.RelativeMonth,
            _ => CandidateKind.RelativeWeek,
        });
        c.Offset = offset;
        c.Code = unit == DateUnit.WeekEnd ? 1 : 0;
        next = end;
        return true;
    }

    /// <summary>
    /// "fin 2021", "début novembre", "mi-novembre", "mi-2021": the edge of a period has the period's value;
    /// "mars-avril 2012" is written as one token.
    /// </summary>
    private bool Edged(int i, out DateCandidate c, out int next)
    {
        switch (K(i))
        {
            case LexKind.Edge:
                if (Month(i + 1, afterDay: false, out int month))
                {
                    next = i + 2;
                    int year = OptionalYear(ref next);
                    c = Calendar(i, next, new DatePart(year, month, 0), default, false);
                    return true;
                }
                if (Year(i + 1, out int edgeYear))
                {
                    next = i + 2;
                    c = Calendar(i, next, new DatePart(edgeYear, 0, 0), default, false);
                    return true;
                }
                // "fin de l'année", "début de l'année prochaine": the edge of the document's year or of a year next to it.
                if (K(i + 1) == LexKind.De && K(i + 2) == LexKind.Article && !lx[i + 2].Has(LexFlags.Plural)
                    && L(i + 3) is { Kind: LexKind.Unit } unit && (DateUnit)unit.Value == DateUnit.Year && !unit.Has(LexFlags.Plural))
                {
                    if (Year(i + 4, out int namedYear))
                    {
                        c = Calendar(i, i + 5, new DatePart(namedYear, 0, 0), default, false);
                        next = i + 5;
                        return true;
                    }
                    int relative = lx[i + 4].Value == 0 ? RelativeWord(i + 4) : 0;
                    return RelativeUnit(i, relative != 0 ? i + 5 : i + 4, DateUnit.Year, relative, out c, out next);
                }
                break;
            case LexKind.MidMonth:
                next = i + 1;
                int midYear = OptionalYear(ref next);
                c = Calendar(i, next, new DatePart(midYear, lx[i].Value, 0), default, false);
                return true;
            case LexKind.MonthRange:
                next = i + 1;
                int rangeYear = OptionalYear(ref next);
                int firstMonth = lx[i].Value / 16, lastMonth = lx[i].Value % 16;
                c = Calendar(i, next, new DatePart(rangeYear, firstMonth, 0), new DatePart(rangeYear, lastMonth, 0), true);
                return true;
            case LexKind.MidYear:
                next = i + 1;
                c = Calendar(i, next, new DatePart(lx[i].Value, 0, 0), default, false);
                return true;
        }
        return Fail(out c, out next);
    }

    /// <summary>
    /// Days of one month, listed or ranged: "14 novembre 2017", "1er mars", "les 14 et 15 novembre 2017",
    /// "ce mardi 14 et mercredi 15 novembre", "7-8 décembre"; a weekday and day alone ("mardi 14") wait for the
    /// document's month.
    /// </summary>
    private bool DayList(int i, out DateCandidate c, out int next)
    {
        int k = i;
        if (K(k) == LexKind.Demonstrative && !lx[k].Has(LexFlags.Plural) && K(k + 1) == LexKind.Weekday) k++;

        if (K(k) == LexKind.NumberRange)
        {
            DatesNormalizer.TrySplitRange(document.NormOf(tokens[k]), out int d1, out int d2);
            if (d1 is >= 1 and <= 31 && d2 is > 1 and <= 31 && d1 < d2 && Month(k + 1, afterDay: true, out int rangeMonth))
            {
                next = k + 2;
                int year = OptionalYear(ref next);
                c = Calendar(i, next, new DatePart(year, rangeMonth, d1), new DatePart(year, rangeMonth, d2), true);
                return true;
            }
            return Fail(out c, out next);
        }

        if (!Day(k, out int firstDay, out int firstWeekday, out int end)) return Fail(out c, out next);
        int lastDay = firstDay, lastWeekday = firstWeekday, items = 1;
        while (K(end) is LexKind.Comma or LexKind.Et or LexKind.Dash)
        {
            int m = end + 1;
            if (K(m) == LexKind.Article) m++;
            if (!Day(m, out int day, out int weekday, out int after) || day <= lastDay) break;
            (lastDay, lastWeekday, end) = (day, weekday, after);
            items++;
        }
        if (Month(end, afterDay: true, out int month))
        {
            end++;
            int year = OptionalYear(ref end);
            int direction = year == 0 ? Direction(ref end) : 0;
            c = Calendar(i, end, new DatePart(year, month, firstDay, firstWeekday), new DatePart(year, month, lastDay, lastWeekday), items > 1);
            c.Offset = direction;
            if (year == 0 && direction == 0) c.Leaning = Leaning(i);
            next = end;
            return true;
        }
        // "mardi 14 personnes" counts; "mardi 14 à New York" is a day.
        if (firstWeekday != 0 && (items == 1 || lastWeekday != 0) && EndsNumberPhrase(end))
        {
            c = Calendar(i, end, new DatePart(0, 0, firstDay, firstWeekday), new DatePart(0, 0, lastDay, lastWeekday), items > 1);
            next = end;
            return true;
        }
        return Fail(out c, out next);
    }

    /// <summary>"14/11/2017", "14.11.2017", "2017-11-14", and year spans written "2015-2018" or "2015 – 2018".</summary>
    private bool Numeric(int i, out DateCandidate c, out int next)
    {
        var text = document.NormOf(tokens[i]);
        if (K(i) == LexKind.NumericDate && DatesNormalizer.TryNumericDate(text, out var date))
        {
            c = Calendar(i, i + 1, date, default, false);
            next = i + 1;
            return true;
        }
        if (K(i) == LexKind.NumberRange && DatesNormalizer.TrySplitRange(text, out int from, out int to)
            && DatesNormalizer.IsYear(from) && DatesNormalizer.IsYear(to) && IsYearSpan(from, to))
        {
            c = Calendar(i, i + 1, new DatePart(from, 0, 0), new DatePart(to, 0, 0), true);
            next = i + 1;
            return true;
        }
        if (Year(i, out int first) && K(i + 1) == LexKind.Dash && Year(i + 2, out int last) && IsYearSpan(first, last))
        {
            c = Calendar(i, i + 3, new DatePart(first, 0, 0), new DatePart(last, 0, 0), true);
            next = i + 3;
            return true;
        }
        return Fail(out c, out next);
    }

    /// <summary>"septembre 2015", "novembre".</summary>
    private bool MonthYear(int i, out DateCandidate c, out int next)
    {
        if (!Month(i, afterDay: false, out int month)) return Fail(out c, out next);
        next = i + 1;
        int year = OptionalYear(ref next);
        c = Calendar(i, next, new DatePart(year, month, 0), default, false);
        if (year == 0) c.Offset = Direction(ref next);
        if (year == 0 && c.Offset == 0) c.Leaning = Leaning(i);
        c.End = tokens[next - 1].End;
        return true;
    }

    /// <summary>
    /// Which side of the document date a date without a year lies on when no "dernier" or "prochain" says
    /// (SPEC §2): "depuis" looks back and "d'ici" ahead; else the tense of the nearest verb, a future ahead
    /// and a past behind ("avait été arrêté le 2 août"); else 0, the nearest year.
    /// </summary>
    private int Leaning(int first)
    {
        for (int j = first - 1; j >= Math.Max(0, first - 3); j--)
        {
            var word = document.Folded.AsSpan(tokens[j].Start, tokens[j].Length);
            if (word is "depuis") return -1;
            if (word is "ici" && j > 0 && document.Folded.AsSpan(tokens[j - 1].Start, tokens[j - 1].Length) is "d'") return 1;
        }
        return NearestTense.Around(document, first) switch
        {
            Tense.Future => 1,
            Tense.PastWithAvoir or Tense.PastEtre => -1,
            _ => 0,
        };
    }

    /// <summary>"novembre dernier", "le 3 mars prochain": which way from the document date the missing year lies (0: nearest).</summary>
    private int Direction(ref int j)
    {
        int direction = RelativeWord(j);
        if (direction != 0) j++;
        return direction;
    }

    /// <summary>-1 after a singular "dernier", +1 after a singular "prochain", else 0 ("ces derniers mois" is a stretch, not one unit).</summary>
    private int RelativeWord(int j) => K(j) switch
    {
        LexKind.Dernier when !lx[j].Has(LexFlags.Plural) => -1,
        LexKind.Prochain when !lx[j].Has(LexFlags.Plural) => 1,
        _ => 0,
    };

    /// <summary>
    /// A bare year only where its context makes it one: after a preposition of time ("en 2018", "depuis 1945",
    /// "jusqu'à 2030"), in a list of years ("en 2015 et 2016"), or after "de", "à", "pour" or an opening
    /// parenthesis when no noun follows it ("l'accord de 2015 sur", "par rapport à 2018.", "(1967)").
    /// </summary>
    private bool ContextYear(int i, out DateCandidate c, out int next)
    {
        if (!Year(i, out int year) || NamesADecision(i)) return Fail(out c, out next);
        var before = K(i - 1);
        bool governed = before == LexKind.YearPreposition
            || (before == LexKind.A && K(i - 2) == LexKind.YearPreposition)
            || (before is LexKind.Et or LexKind.Comma && lastYearEnd == i - 1)
            || (IsWeakYearContext(i - 1) && EndsNumberPhrase(i + 1))
            || IsSubjectYear(i);
        if (!governed) return Fail(out c, out next);
        c = Calendar(i, i + 1, new DatePart(year, 0, 0), default, false);
        next = i + 1;
        return true;
    }

    /// <summary>
    /// "la décision 267 (2009) du Conseil d'administration": the year in parentheses after a decision's or
    /// resolution's number names the text, as in a document symbol (SPEC §2), even where no symbol is written.
    /// </summary>
    private bool NamesADecision(int year) =>
        year >= 3 && document.NormOf(tokens[year - 1]) is "(" && tokens[year - 2].Kind == TokenKind.Number
        && document.NormOf(tokens[year - 3]) is "décision" or "décisions" or "résolution" or "résolutions" or "règlement";

    /// <summary>
    /// "Côté climat, 2019 a été la deuxième année la plus chaude": a year opening a clause as the subject of a singular
    /// "être". A count there takes a plural verb ("1500 ont été tués"), so the singular is the year's mark.
    /// </summary>
    private bool IsSubjectYear(int year)
    {
        if (year > 0 && tokens[year - 1].Kind != TokenKind.Punctuation) return false;
        if (year + 1 >= tokens.Count) return false;
        var verb = document.NormOf(tokens[year + 1]);
        return verb is "est" or "sera" or "fut" or "restera"
            || (verb is "a" && year + 2 < tokens.Count && document.NormOf(tokens[year + 2]) is "été");
    }

    private bool IsWeakYearContext(int j)
    {
        if (j < 0) return false;
        var text = document.NormOf(tokens[j]);
        return K(j) switch
        {
            LexKind.De => j == 0 || !IsWord(j - 1, DatesLexicon.QuantityWords),
            LexKind.A => true,
            _ => text is "(" or "pour" or "Pour",
        };
    }

    /// <summary>True when the token after a number cannot be the noun it counts: punctuation, a capital, a function word, or the end.</summary>
    private bool EndsNumberPhrase(int j)
    {
        if (j >= tokens.Count) return true;
        var token = tokens[j];
        var text = document.NormOf(token);
        // "de 1000 à 2000 soldats": a span of counts, not of years.
        if (K(j) is LexKind.A or LexKind.Et && j + 1 < tokens.Count && tokens[j + 1].Kind == TokenKind.Number) return false;
        return token.Kind switch
        {
            TokenKind.Punctuation => text is not ("%" or "‰"),
            TokenKind.Word => char.IsUpper(text[0]) || IsWord(j, DatesLexicon.FunctionWords),
            _ => false,
        };
    }

    private bool IsWord(int j, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        if (j < 0 || j >= tokens.Count) return false;
        var text = document.NormOf(tokens[j]);
        if (tokens[j].Kind != TokenKind.Word || text.Length > 32) return false;
        Span<char> folded = stackalloc char[text.Length];
        return set.Contains(TextFolding.Fold(text, folded));
    }

    /// <summary>"hier", "demain", "aujourd'hui", "mardi", "ce mardi", "lundi dernier", "vendredi prochain".</summary>
    private bool Relative(int i, out DateCandidate c, out int next)
    {
        if (K(i) == LexKind.RelativeDay)
        {
            // "aujourd'hui" is the document's day only beside an event told in the past ("a annoncé aujourd'hui");
            // with a present or a modal ("le parti qui doit aujourd'hui") it means "nowadays".
            if (lx[i].Value == 0 && NearestTense.Around(document, i) != Tense.PastWithAvoir)
                return Fail(out c, out next);
            c = Make(i, i + 1, CandidateKind.RelativeDay);
            c.Offset = lx[i].Value;
            next = i + 1;
            return true;
        }
        int k = K(i) == LexKind.Demonstrative && !lx[i].Has(LexFlags.Plural) ? i + 1 : i;
        if (K(k) != LexKind.Weekday) return Fail(out c, out next);
        next = k + 1;
        int offset = Direction(ref next);
        c = Make(i, next, CandidateKind.RelativeWeekday);
        c.Code = lx[k].Value;
        c.Offset = offset;
        if (offset == 0) c.Tense = NearestTense.Around(document, k);
        return true;
    }
}
