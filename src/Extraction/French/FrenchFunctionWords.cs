namespace Extraction.French;

using System.Collections.Immutable;

/// <summary>
/// French function words by grammatical class, each class written once: a recogniser's list of function words is
/// the classes it needs and the words of its own. Keys are folded like the recognisers' lexicons (only "à" is
/// written otherwise, "a"), and elided words stand alone as the tokeniser cuts them ("l'", "d'").
/// </summary>
public static class FrenchFunctionWords
{
    public static readonly ImmutableArray<string> DefiniteArticles = ["le", "la", "les", "l'"];

    /// <summary>"des" is also "de" fused with "les" (<see cref="FormsOfDe"/>): the word alone does not say which.</summary>
    public static readonly ImmutableArray<string> IndefiniteArticles = ["un", "une", "des"];

    public static readonly ImmutableArray<string> Demonstratives = ["ce", "cet", "cette", "ces"];

    /// <summary>The possessor is someone or something the text names ("son engagement", "leurs contingents").</summary>
    public static readonly ImmutableArray<string> ThirdPersonPossessives = ["son", "sa", "ses", "leur", "leurs"];

    /// <summary>The possessives of "nous" and "vous": a speaker's state and the states it addresses ("notre pays", "vos délégations").</summary>
    public static readonly ImmutableArray<string> FirstAndSecondPluralPossessives = ["notre", "nos", "votre", "vos"];

    /// <summary>"à" with its fusions with "le" and "les": a list that opens a complement with "à" must know "au" and "aux" too.</summary>
    public static readonly ImmutableArray<string> FormsOfA = ["a", "au", "aux"];

    /// <summary>"de" elided and fused with "le" and "les", for the same reason as <see cref="FormsOfA"/>.</summary>
    public static readonly ImmutableArray<string> FormsOfDe = ["de", "d'", "du", "des"];

    /// <summary>
    /// The commonest simple prepositions after "à" and "de", which most of the recognisers' lists of words opening
    /// a complement share; each list adds rarer ones of its own.
    /// </summary>
    public static readonly ImmutableArray<string> CommonPrepositions = ["en", "dans", "par", "pour", "sur", "avec"];

    /// <summary>
    /// "que" is also the conjunction. "où" is not here: folded it would be the conjunction "ou", so the lists that
    /// read words as written add it themselves.
    /// </summary>
    public static readonly ImmutableArray<string> RelativePronouns = ["qui", "que", "qu'", "dont"];

    public static readonly ImmutableArray<string> ThirdPersonSubjectPronouns = ["il", "elle", "on", "ils", "elles"];

    /// <summary>Subject and object alike ("nous avons", "nous a dit").</summary>
    public static readonly ImmutableArray<string> FirstAndSecondPluralPronouns = ["nous", "vous"];
}
