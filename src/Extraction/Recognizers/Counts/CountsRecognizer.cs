namespace Extraction.Recognizers.Counts;

using System.Text;
using Extraction.Core;
using Extraction.French;
using Extraction.Text;
using static CountsLexicon;

/// <summary>
/// Finds counts over the token list: an optional qualifier ("plus de"), a number in digits or words with its
/// scale ("7 milliards"), and the counted noun phrase with its adjectives and "de" complements. Years, days,
/// durations, identifiers and the article "un/une" are left out. One pass, left to right; lexicon look-ups are
/// slices of one folded copy of the text, so scanning allocates nothing per token.
/// </summary>
public static class CountsRecognizer
{
    private static readonly WordIndex Stop = new(StopWords);
    private static readonly WordIndex NotComplement = new(AdverbialNouns);
    private static readonly WordIndex Apposition = new(Appositions);
    private static readonly WordIndex Prenominal = new(PrenominalAdjectives);
    private static readonly WordIndex NonCount = new(NonCountHeads);
    private static readonly WordIndex Identifier = new(IdentifierWords);
    private static readonly WordIndex YearWord = new(YearPrepositions);
    private static readonly WordIndex Month = new(Months);
    private static readonly WordIndex Weekday = new(Weekdays);
    private static readonly WordIndex Elided = new(ElidedFollowers);

    private const string DegreesCelsius = "degré Celsius";
    private static readonly WordMap<string> Abbreviation = new(UnitAbbreviations);
    private static readonly WordMap<string> CurrencyCode = new(CurrencyCodeNames);

    // Adjective endings, tested on the lower-cased (not folded) word so "-é" past participles stay distinct.
    private static readonly string[] AdjectiveEndings =
    [
        "aire", "aires", "al", "ale", "ales", "aux", "ique", "iques", "ien", "iens", "ienne", "iennes", "el", "els", "elle", "elles",
        "if", "ifs", "ive", "ives", "eux", "euse", "euses", "é", "ée", "és", "ées", "ant", "ants", "ante", "antes", "ents", "entes",
        "ble", "bles", "ain", "ains", "aine", "aines", "ier", "iers", "ière", "ières", "il", "ils", "ile", "iles", "ine", "ines",
        "ais", "aise", "aises", "oise", "oises", "iste", "istes", "us", "ues", "is", "ise", "ises", "it", "its", "ite", "ites",
    ];

    public static void Recognize(Document document, List<Mention> mentions) => new Scanner(document).Run(mentions);

    private readonly record struct NumberRead(int First, int End, decimal Value, bool Digits, bool Scaled, bool Approximate, bool Article);

    private readonly record struct UnitRead(int End, int Head, string? Unit, string? Currency, bool NotCount);

    private sealed class Scanner(Document document)
    {
        private readonly string folded = document.Folded;
        private readonly string norm = document.Normalized;
        private readonly List<Token> tokens = document.Tokens;

        private string? lastUnit, lastCurrency;
        private int lastSentence = -2;
        private int rangeUpper = -1;

        public void Run(List<Mention> mentions)
        {
            int sentence = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                if (!TryReadNumber(i, out var number)) continue;
                var sentences = document.Sentences;
                while (sentence < sentences.Count - 1 && sentences[sentence].End <= tokens[i].Start) sentence++;
                int consumed = TryCount(number, sentence, mentions);
                if (consumed > i) i = consumed - 1;
            }
        }

        /// <summary>Emits the count that starts with <paramref name="number"/>, if it is one; returns the token index after it.</summary>
        private int TryCount(NumberRead number, int sentence, List<Mention> mentions)
        {
            int i = number.First;
            if (number.Digits && IsIdentifier(i)) return number.End;
            if (IsDay(number) || IsClockTime(number)) return number.End;

            int qualifierStart = MatchQualifier(i, out var qualifier);
            if (i == rangeUpper) qualifier ??= "at_most";
            bool yearLike = number.Digits && !number.Scaled && IsPlainYear(i);
            if (yearLike && (IsMonth(i - 1) || qualifier is null && YearWord.Contains(F(i - 1)))) return number.End;
            // "un/une" is an article unless a quantity word marks it as a number: "plus d'un", "un seul"; "jusqu'à une maison"
            // is a place and "autour d'un échange" a topic.
            if (number.Article && !number.Approximate && !IsAny(number.End, "seul", "seule")
                && (qualifier is null or "about" || Is(i - 1, "a") && Is(i - 2, "jusqu'")))
                return number.End;

            // "7 milliards de dollars", "une dizaine de soldats", "3 000 000 de personnes": "de" comes before the noun.
            bool takesDe = number.Scaled || number.Approximate || number.Value >= 1_000_000 && number.Value % 1_000_000 == 0;
            var unit = ReadUnit(number.End, takesDe, number.Value);
            if (unit.NotCount) return unit.End;

            string? unitText = unit.Unit, currency = unit.Currency;
            int end = unit.End;
            decimal value = number.Value;
            if (unit.Head < 0 && IsRangeStart(number, out var upper, out var upperNumber))
            {
                // "150 à 200 migrants", "de 3,4 à 3,9 millions d'hectares": the lower bound counts the upper bound's
                // noun in the upper bound's scale.
                if (upper.NotCount) return upper.End;
                unitText = upper.Unit;
                currency = upper.Currency;
                qualifier ??= "at_least";
                if (upperNumber.Scaled && !number.Scaled && FrenchNumbers.TryGetWord(F(upperNumber.End - 1), out var scale)
                    && scale.Kind == NumberWordKind.Scale && value <= upperNumber.Value / scale.Value)
                    value *= scale.Value;
                end = number.End;
                rangeUpper = upperNumber.First;
            }
            else if (unit.Head < 0 && NamesItsNounAfter(number.End) is { Head: >= 0 } named)
            {
                // "porte à au moins 302 le nombre de migrants": the noun comes after the number, in "le nombre de".
                unitText = named.Unit;
                currency = named.Currency;
                end = number.End;
            }
            else if (unit.Head < 0)
            {
                if (yearLike) return number.End;
                // "deux ménages sur trois ont …": after "sur" a bare number is a ratio's denominator.
                bool elided = (IsElidedFollower(number.End, number.Value) || Is(qualifierStart - 1, "dont")) && !Is(qualifierStart - 1, "sur");
                // "… 45,6 millions d'euros. L'Afrique du Sud a promis 1,1 milliard": a bare million or billion right after
                // a sum of money is money too, as an elided noun is the last one counted.
                if ((elided && lastUnit is not null || number.Scaled && lastCurrency is not null) && sentence - lastSentence <= 1)
                {
                    unitText = lastUnit;
                    currency = lastCurrency;
                }
                else if (qualifier is null)
                {
                    return number.End;
                }
                end = number.End;
            }

            int start = tokens[qualifierStart].Start;
            var mention = Mention.FromSpan(document, start, tokens[end - 1].End, CountsNormalizer.ToValue(value))
                .With(CountsExtension.Qualifier, qualifier ?? (number.Approximate ? "about" : "exact"))
                .With(CountsExtension.Unit, unitText);
            if (currency is not null) mention.With(CountsExtension.Currency, currency);
            mentions.Add(mention);
            // A percentage is a ratio and a temperature a reading, never the noun a later bare number leaves out
            // ("3,2°C … seuls dix d'entre eux").
            if (unitText is not null and not "%" and not DegreesCelsius)
            {
                lastUnit = unitText;
                lastCurrency = currency;
                lastSentence = sentence;
            }
            return end;
        }

        private bool IsRangeStart(NumberRead number, out UnitRead upper, out NumberRead next)
        {
            upper = default;
            next = default;
            if (!IsAny(number.End, "a", "et", "-") || !TryReadNumber(number.End + 1, out next)) return false;
            upper = ReadUnit(next.End, next.Scaled || next.Approximate, next.Value);
            return upper.Head >= 0;
        }

        private bool TryReadNumber(int i, out NumberRead number)
        {
            number = default;
            if (i >= tokens.Count) return false;
            var token = tokens[i];
            int end;
            decimal? value;
            bool digits = token.Kind == TokenKind.Number;
            if (digits)
            {
                // Ranges, numeric dates and times ("7-8", "14/11/2017", "14:30") are never counts.
                if (N(i).IndexOfAny('-', '/', ':') >= 0) return false;
                end = i + 1;
                while (end < tokens.Count && IsScaleWord(end)) end++;
                value = CountsNormalizer.ParseNumber(norm.AsSpan(token.Start, tokens[end - 1].End - token.Start));
            }
            else
            {
                if (!IsNumberWordToken(i, out bool startsWithScale) || startsWithScale) return false;
                end = i + 1;
                // A run longer than any number is read no further, so a page of "un un un …" costs linear time.
                while (end < tokens.Count && end - i <= FrenchNumbers.MaxWords)
                {
                    if (IsNumberWordToken(end, out _)) end++;
                    else if (Is(end, "et") && end + 1 < tokens.Count && IsAny(end + 1, "un", "une", "onze")) end += 2;
                    else break;
                }
                value = FrenchNumbers.Parse(norm.AsSpan(token.Start, tokens[end - 1].End - token.Start));
                if (value is null && end > i + 1)
                {
                    end = i + 1;
                    value = FrenchNumbers.Parse(N(i));
                }
            }
            // The parsers give nothing beyond FrenchNumbers.MaxValue, so the arithmetic below cannot overflow.
            if (value is null) return false;

            bool article = !digits && end == i + 1 && IsAny(i, "un", "une");
            // "un demi-million": half the scale the hyphenated word names.
            bool halfScale = false;
            if (article && end < tokens.Count && F(end) is ['d', 'e', 'm', 'i', '-', ..] && FrenchNumbers.TryGetWord(F(end)[5..], out var half)
                && half.Kind is NumberWordKind.Scale)
            {
                value = half.Value / 2m;
                article = false;
                halfScale = true;
                end++;
            }
            // Million and above take "de" before the noun; "mille" does not ("deux cent mille personnes").
            bool scaled = halfScale || end > i + 1 && FrenchNumbers.TryGetWord(F(end - 1), out var lastWord) && lastWord.Kind == NumberWordKind.Scale;
            // "trois millions et demi": half the last scale more.
            if (scaled && !halfScale && Is(end, "et") && IsAny(end + 1, "demi", "demie") && FrenchNumbers.TryGetWord(F(end - 1), out var last))
            {
                value += last.Value / 2m;
                end += 2;
            }
            bool approximate = false;
            if (end < tokens.Count && FrenchNumbers.TryGetApproximate(F(end), out long approx))
            {
                value *= approx;
                approximate = true;
                end++;
            }
            number = new NumberRead(i, end, value.Value, digits, scaled, approximate, article);
            return true;
        }

        private UnitRead ReadUnit(int j, bool expectDe, decimal value)
        {
            int n = tokens.Count;
            bool nounNeedsDe = expectDe && !IsAny(j, "de", "d'");
            if (expectDe && !nounNeedsDe) j++;
            if (j >= n) return new UnitRead(j, -1, null, null, false);

            var text = N(j);
            if (text is "%" || F(j) is "pourcent" or "pourcents") return new UnitRead(j + 1, j, "%", null, false);
            if (Is(j, "pour") && (Is(j + 1, "cent") || N(j + 1) is "100")) return new UnitRead(j + 2, j, "%", null, false);
            if (text.Length == 1 && CurrencySymbol(text[0]) is { } symbol) return new UnitRead(j + 1, j, symbol.Unit, symbol.Currency, false);
            if (Abbreviation.TryGetValue(text, out var written))
            {
                if (N(j + 1) is "²" && tokens[j + 1].Start == tokens[j].End) return new UnitRead(j + 2, j, written + " carré", null, false);
                return new UnitRead(j + 1, j, written, null, false);
            }
            if (CurrencyCode.TryGetValue(F(j), out var currencyName) && IsUpper(text))
                return new UnitRead(j + 1, j, currencyName, Currencies[F(j).ToString()], false);

            if (text is "°" && N(j + 1) is "C") return new UnitRead(j + 2, j, DegreesCelsius, null, false);

            // "180 millions consacrés à …": after a scale word a noun comes only through "de".
            if (nounNeedsDe) return new UnitRead(j, -1, null, null, false);
            int head = j;
            while (head < j + 2 && Prenominal.Contains(F(head)) && IsHeadNoun(head + 1, value)) head++;
            if (!IsHeadNoun(head, value)) return new UnitRead(j, -1, null, null, false);
            if (NonCount.Contains(F(head))) return new UnitRead(head + 1, head, null, null, true);

            // The head and the words agreeing with it are singularised; "de" complements are kept as written.
            var words = new List<(int Token, bool Agrees)> { (head, true) };
            bool measure = MeasureNouns.Contains(TextFolding.Fold(FrenchInflection.Singular(N(head).ToString().ToLowerInvariant())));
            int k = head + 1, complements = 0;
            bool afterComplement = false, lastWasModifier = false, lastWasAdjective = false, complementIsSingular = false;
            while (k < n)
            {
                // Before any complement a modifier agrees with the head, so from two on it is plural:
                // "personnes abrite", "pays semble" are verbs.
                if (IsModifier(k) && !IsVerbalParticiple(k) && (afterComplement || value < 2 || IsPluralForm(k) || IsUpper(N(k))))
                {
                    lastWasAdjective = !Apposition.Contains(F(k));
                    // After a complement, a plural adjective can only agree with the head: "unités de police constituées".
                    words.Add((k, !afterComplement || complementIsSingular && IsPluralForm(k)));
                    lastWasModifier = true;
                    k++;
                    continue;
                }
                if (lastWasModifier && Is(k, "et") && k + 1 < n && IsModifier(k + 1) && !Apposition.Contains(F(k + 1))
                    && (afterComplement || value < 2 || IsPluralForm(k + 1)))
                {
                    words.Add((k, false));
                    words.Add((k + 1, !afterComplement || complementIsSingular && IsPluralForm(k + 1)));
                    k += 2;
                    continue;
                }
                // Coordinated bare plural nouns share the number: "plus de 80 pays et organisations".
                if (k == head + 1 && Is(k, "et") && IsHeadNoun(k + 1, value) && !IsModifier(k + 1) && IsPluralForm(k + 1))
                {
                    words.Add((k, false));
                    words.Add((k + 1, true));
                    k += 2;
                    lastWasModifier = false;
                    continue;
                }
                // A "de" after an adjective or participle belongs to it ("venues du monde entier"), not to the noun.
                if (complements < 3 && !lastWasAdjective && !measure && IsAny(k, "de", "d'", "du", "des"))
                {
                    int m = k + 1;
                    if (Is(k, "de") && IsAny(m, "la", "l'")) m++;
                    if (IsComplementNoun(m))
                    {
                        for (int w = k; w <= m; w++) words.Add((w, false));
                        k = m + 1;
                        complements++;
                        afterComplement = true;
                        complementIsSingular = !IsPluralForm(m);
                        lastWasModifier = false;
                        lastWasAdjective = false;
                        continue;
                    }
                }
                break;
            }
            var (unit, currency) = BuildUnit(words);
            return new UnitRead(k, head, unit, currency, false);
        }

        private (string Unit, string? Currency) BuildUnit(List<(int Token, bool Agrees)> words)
        {
            var sb = new StringBuilder();
            string? headFolded = null, modifierFolded = null;
            foreach (var (token, agrees) in words)
            {
                var word = N(token).ToString().ToLowerInvariant();
                if (agrees) word = FrenchInflection.Singular(word);
                if (sb.Length > 0 && sb[^1] != '\'') sb.Append(' ');
                sb.Append(word);
                if (headFolded is null) headFolded = TextFolding.Fold(word);
                else if (agrees && modifierFolded is null) modifierFolded = TextFolding.Fold(word);
            }
            string? currency = null;
            if (modifierFolded is not null)
                CurrencyQualifiers.TryGetValue(headFolded + " " + modifierFolded, out currency);
            if (currency is null) Currencies.TryGetValue(headFolded!, out currency);
            return (sb.ToString(), currency);
        }

        private bool IsHeadNoun(int k, decimal value)
        {
            if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word) return false;
            var f = F(k);
            if (!char.IsLetter(f[0]) || Stop.Contains(f) || IsNumberWordToken(k, out _) || FrenchNumbers.TryGetApproximate(f, out _)
                || Month.Contains(f) || Weekday.Contains(f))
                return false;
            // From two on, the counted noun is plural (s, x or z, or an acronym): "120 pays servent", "tous deux
            // menaçant", "2019 devrait" have a verb where the noun would be.
            return value < 2 || f[^1] is 's' or 'x' or 'z' || IsUpper(N(k));
        }

        private bool IsModifier(int k)
        {
            if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word) return false;
            var f = F(k);
            if (Apposition.Contains(f)) return true;
            var text = N(k);
            if (!char.IsLower(text[0]) || Stop.Contains(f) || IsNumberWordToken(k, out _) || NonCount.Contains(f)) return false;
            foreach (var ending in AdjectiveEndings)
                if (text.Length > ending.Length + 1 && text.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private bool IsComplementNoun(int m)
        {
            if (m >= tokens.Count || tokens[m].Kind != TokenKind.Word) return false;
            var f = F(m);
            return char.IsLower(N(m)[0]) && !Stop.Contains(f) && !NotComplement.Contains(f) && !Prenominal.Contains(f) && !IsNumberWordToken(m, out _) && !FrenchNumbers.TryGetApproximate(f, out _);
        }

        /// <summary>
        /// A participle followed by a preposition heads its own clause ("personnes venues du monde entier",
        /// "soldats déployés au Mali"); without one it is an adjective ("véhicules blindés").
        /// </summary>
        private bool IsVerbalParticiple(int k)
        {
            var text = N(k);
            bool participle = text.EndsWith("é") || text.EndsWith("ée") || text.EndsWith("és") || text.EndsWith("ées")
                || text.EndsWith("us") || text.EndsWith("ues") || text.EndsWith("is") || text.EndsWith("ise") || text.EndsWith("ises")
                || text.EndsWith("it") || text.EndsWith("its") || text.EndsWith("ite") || text.EndsWith("ites");
            return participle && IsAny(k + 1, "a", "au", "aux", "de", "d'", "du", "des", "par", "en", "dans", "sur", "pour", "vers",
                "depuis", "chez", "avec", "sous", "entre", "contre", "pendant", "lors");
        }

        private bool IsPluralForm(int k) => F(k) is [.., 's' or 'x'];

        private UnitRead? NamesItsNounAfter(int k) =>
            Is(k, "le") && IsAny(k + 1, "nombre", "total") && IsAny(k + 2, "de", "d'", "des", "du") ? ReadUnit(k + 3, expectDe: false, 2) : null;

        private bool IsElidedFollower(int k, decimal value)
        {
            if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word) return false;
            var f = F(k);
            if (f is "d'") return Is(k + 1, "entre");
            // "l'emprisonnement de six autres, trois agressions": "autres" with no noun after it.
            if (f is "autres") return k + 1 >= tokens.Count || tokens[k + 1].Kind != TokenKind.Word || IsAny(k + 1, "et", "ou", "qui", "ont", "sont", "dont");
            // "1.300 civils ont été tués et plus d'un demi-million déplacés": a plural past participle right after the number.
            return Elided.Contains(f) || value != 1 && char.IsLower(N(k)[0]) && (f.EndsWith("ent") || N(k).EndsWith("és") || N(k).EndsWith("ées"));
        }

        /// <summary>Longest qualifier phrase ending just before token <paramref name="i"/>; returns where the mention starts.</summary>
        private int MatchQualifier(int i, out string? qualifier)
        {
            foreach (var (phrase, value) in Qualifiers)
            {
                int start = i - phrase.Length;
                if (start < 0) continue;
                bool match = true;
                for (int t = 0; t < phrase.Length && match; t++)
                    match = F(start + t).SequenceEqual(phrase[t]);
                if (!match) continue;
                qualifier = value;
                return start;
            }
            qualifier = null;
            return i;
        }

        /// <summary>"résolution 1325", "article 5", "MINUSCA 2": a number naming something, not counting it.</summary>
        private bool IsIdentifier(int i)
        {
            if (i == 0) return false;
            var previous = tokens[i - 1];
            if (Identifier.Contains(F(i - 1))) return true;
            if (norm.AsSpan(previous.End, tokens[i].Start - previous.End).Contains('\n')) return false;
            var text = N(i - 1);
            if (previous.Kind != TokenKind.Word || text.Length < 2) return false;
            return IsUpper(text);
        }

        /// <summary>"aux alentours de 21h30", "vers 8 h": an hour of the day, or its minutes, never a count.</summary>
        private bool IsClockTime(NumberRead number) =>
            number.Digits && !number.Scaled && number.Value == decimal.Truncate(number.Value)
            && (number.Value <= 24 && number.End < tokens.Count && N(number.End) is "h" or "H"
                || number.Value < 60 && number.First >= 2 && N(number.First - 1) is "h" or "H" && tokens[number.First - 2].Kind == TokenKind.Number);

        /// <summary>A day of the month: "14 novembre", "14 et 15 novembre", "mardi 14".</summary>
        private bool IsDay(NumberRead number)
        {
            if (number.Scaled || number.Approximate || number.Value < 1 || number.Value > 31 || number.Value != decimal.Truncate(number.Value)) return false;
            if (Weekday.Contains(F(number.First - 1))) return true;
            int k = number.End;
            for (int steps = 0; steps < 5 && k < tokens.Count; steps++, k++)
            {
                if (IsMonth(k)) return true;
                if (!(tokens[k].Kind == TokenKind.Number || IsAny(k, "et", ",", "au", "a", "-", "ou", "er"))) return false;
            }
            return false;
        }

        private bool IsPlainYear(int i)
        {
            var text = N(i);
            if (text.Length != 4) return false;
            foreach (char c in text) if (!char.IsAsciiDigit(c)) return false;
            int year = int.Parse(text);
            return year is >= 1900 and <= 2100;
        }

        private bool IsMonth(int k) => Month.Contains(F(k));

        private bool IsScaleWord(int k) =>
            tokens[k].Kind == TokenKind.Word && FrenchNumbers.TryGetWord(F(k), out var word) && word.Kind is NumberWordKind.Mille or NumberWordKind.Scale;

        /// <summary>A word token made only of number words ("soixante-dix", "deux-cent-mille", "vingt-et-un").</summary>
        private bool IsNumberWordToken(int k, out bool startsWithScale)
        {
            startsWithScale = false;
            if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word) return false;
            var f = F(k);
            int parts = 0;
            foreach (var range in f.Split('-'))
            {
                if (!FrenchNumbers.TryGetWord(f[range], out var word)) return false;
                if (parts == 0 && word.Kind is NumberWordKind.Scale) startsWithScale = true;
                if (word.Kind == NumberWordKind.Et && parts == 0) return false;
                parts++;
            }
            return parts > 0;
        }

        private static bool IsUpper(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            return true;
        }

        private ReadOnlySpan<char> F(int i) =>
            i >= 0 && i < tokens.Count ? folded.AsSpan(tokens[i].Start, tokens[i].Length) : default;

        private ReadOnlySpan<char> N(int i) =>
            i >= 0 && i < tokens.Count ? norm.AsSpan(tokens[i].Start, tokens[i].Length) : default;

        private bool Is(int i, string word) => F(i).SequenceEqual(word);

        private bool IsAny(int i, params ReadOnlySpan<string> words)
        {
            foreach (var word in words)
                if (Is(i, word)) return true;
            return false;
        }
    }
}
