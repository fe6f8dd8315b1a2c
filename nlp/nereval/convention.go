package nereval

import (
	"strings"

	"github.com/newsgraph/newsgraph/nlp/ner/gazetteer"
)

// Convention is how a corpus draws entity spans where the corpora
// disagree, written down so that scoring on the corpus's own gold is
// fair to any system: Adapt rewrites a system's predicted spans (never the
// gold) to the corpus's convention, the same way for every system scored.
// Nothing in a Convention looks at the gold.
//
// The corpora differ in two places that matter for PER, LOC and ORG:
//
//   - titles before a person's name: GMB and re3d put capitalised titles
//     inside the person span ("President Hugo Chavez", "Mr. Bush",
//     "Foreign Secretary Boris Johnson"); CoNLL-2003 and link anchors
//     (the Wikipedia-prose gold) leave them out ("President [Paul
//     Kagame]");
//   - nationality words ("Iraqi", "Palestinians"): GMB tags them gpe,
//     which the label map scores as LOC, and tags only the last word of a
//     two-word one ("North Korean" is "North" O or geo, "Korean" gpe);
//     re3d gives them a class of their own (Nationality) and CoNLL-2003
//     tags them MISC, neither of which is scored, so there a nationality
//     word predicted as an entity is wrong.
//
// re3d also marks mentions that are not names (descriptions, pronouns,
// leading "the"): its convention asks systems for those mentions as well
// (Mentions), as its annotation guideline does. Everything else (GMB's
// countries tagged org) is scored as the gold has it.
type Convention struct {
	Name string
	// TitledPersons: a person span starts at the capitalised titles
	// written just before the name.
	TitledPersons bool
	// Nationality is the class of a nationality word, or "" when the
	// corpus does not score nationality words as PER, LOC or ORG.
	Nationality string
	// NationalityLastWord: only the last word of a nationality phrase is
	// tagged ("North Korean" -> "Korean").
	NationalityLastWord bool
	// AsIs scores predictions exactly as the system reports them (no
	// adaptation at all): the convention "none", for comparison.
	AsIs bool
	// Mentions: the corpus marks every mention of a person, place or
	// organisation, not only names: descriptions ("the hospital lab",
	// "the government") and pronouns ("he"), with leading "the" and
	// titles inside the span. A system that finds such mentions reports
	// them for this convention; names only otherwise.
	Mentions bool
}

// The conventions of the corpora newsgraph is scored on.
var (
	// GMB is the Groningen Meaning Bank's: titles inside person spans,
	// nationality words gpe (LOC).
	GMB = Convention{Name: "gmb", TitledPersons: true, Nationality: "LOC", NationalityLastWord: true}
	// Re3d is re3d's: titles inside person spans ("Prime Minister
	// Abadi"), nationality words a class of their own, and descriptions
	// and pronouns are mentions too.
	Re3d = Convention{Name: "re3d", TitledPersons: true, Mentions: true}
	// CoNLL is CoNLL-2003's, which the Wikipedia-prose gold, MEANTIME's
	// name spans as ReadMEANTIME cuts them, and Normalize follow: names
	// only, nationality words MISC.
	CoNLL = Convention{Name: "conll"}
	// None adapts nothing: each system is scored on its own span
	// conventions against the gold's.
	None = Convention{Name: "none", AsIs: true}
)

// ConventionNamed returns the convention called name ("gmb", "re3d",
// "conll", "none").
func ConventionNamed(name string) (Convention, bool) {
	for _, c := range []Convention{GMB, Re3d, CoNLL, None} {
		if c.Name == name {
			return c, true
		}
	}
	return Convention{}, false
}

// ConventionOf guesses a gold file's convention from its labels: GMB's
// lower-case types (geo, gpe, per, org, tim, ...) mean GMB, re3d's
// (Person, Location, Organisation, Nationality, ...) mean re3d, anything
// else CoNLL.
func ConventionOf(labels map[string]bool) Convention {
	gmb, re3d := 0, 0
	for l := range labels {
		switch l {
		case "geo", "gpe", "per", "org", "tim", "art", "eve", "nat":
			gmb++
		case "Person", "Location", "Organisation", "Nationality", "Temporal", "Weapon", "MilitaryPlatform", "DocumentReference", "Money", "Quantity":
			re3d++
		}
	}
	switch {
	case gmb > 0 && gmb >= re3d:
		return GMB
	case re3d > 0:
		return Re3d
	}
	return CoNLL
}

// label is the type name c's files use for class ("PER" -> "per" in GMB,
// "Person" in re3d), so that WriteCoNLL keeps a file's convention
// readable by ConventionOf.
func (c Convention) label(class string) string {
	switch c.Name {
	case "gmb":
		return map[string]string{"PER": "per", "LOC": "geo", "ORG": "org"}[class]
	case "re3d":
		return map[string]string{"PER": "Person", "LOC": "Location", "ORG": "Organisation"}[class]
	}
	return class
}

// Adapt rewrites the spans a system predicted in one sentence to c:
// person spans gain (or, for a corpus without titled persons, lose) the
// capitalised titles just before the name, and a span that is only a
// nationality word gets c's nationality class, or is dropped.
func (c Convention) Adapt(toks []string, pred []Span) []Span {
	if c.AsIs {
		return pred
	}
	out := make([]Span, 0, len(pred))
	for _, sp := range pred {
		if sp.Start < 0 || sp.End > len(toks) || sp.Start >= sp.End {
			continue
		}
		if IsNationality(strings.Join(toks[sp.Start:sp.End], " ")) {
			if c.Nationality == "" {
				continue
			}
			sp.Class = c.Nationality
			if c.NationalityLastWord {
				sp.Start = sp.End - 1
			}
		}
		if sp.Class == "PER" {
			if c.TitledPersons {
				for sp.Start > 0 && capitalTitle(toks[sp.Start-1]) && !overlaps(out, sp.Start-1) {
					sp.Start--
				}
			} else {
				for sp.End-sp.Start > 1 && capitalTitle(toks[sp.Start]) {
					sp.Start++
				}
			}
		}
		out = append(out, sp)
	}
	return out
}

func overlaps(spans []Span, i int) bool {
	for _, s := range spans {
		if s.Start <= i && i < s.End {
			return true
		}
	}
	return false
}

// capitalTitle reports whether tok is a capitalised title ("President",
// "Mr.", "Prime", "Minister"); lower-case ones ("leader", "spokesman")
// stay outside names in every corpus.
func capitalTitle(tok string) bool {
	if tok == "" || !hasUpper(tok[:1]) {
		return false
	}
	return gazetteer.IsTitle(tok) || gazetteer.IsTitle(strings.TrimSuffix(tok, "."))
}

// IsNationality reports whether text is a nationality word or phrase
// ("Iraqi", "North Korean", "Palestinians") and not also the name of a
// place.
func IsNationality(text string) bool {
	if _, ok := gazetteer.CountryOfDemonym(text); !ok {
		return false
	}
	return gazetteer.Lookup(text)&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) == 0
}
