package nereval

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/nlp/ner/gazetteer"
)

// Normalize returns a copy of docs rewritten to CoNLL-2003 span
// conventions: a span is a proper name and nothing else. That is what
// CoNLL-2003 marks, what the tagger is trained to find, and what
// newsgraph wants as graph nodes. The corpora mark more:
//
//   - descriptions around a name are trimmed: leading articles and
//     lower-case words ("the United Nations", "government of Iraq") and
//     trailing lower-case words ("ISIL fighters", "Coalition partners",
//     "Iraq 's") are cut; a span with no capitalised word left is dropped,
//     which removes re3d's descriptions ("the hospital lab");
//   - pronouns (re3d marks "He" and "They") are dropped;
//   - person names lose leading titles, nationality words and the country
//     or service before them ("U.S. Army General Joseph Votel" -> "Joseph
//     Votel", GMB's "President Hugo Chavez" -> "Hugo Chavez"); a span that
//     is only a title is dropped;
//   - nationality words ("Iraqi", "Palestinians": GMB tags them gpe, re3d
//     Organisation or Nationality) are dropped, since they name no place;
//     CoNLL tags them MISC;
//   - a country name tagged as an organisation (re3d tags a country acting
//     as a political actor Organisation) becomes a location, as CoNLL (and
//     newsgraph, with one node per country) has it; and a listed
//     organisation tagged as a place becomes an organisation (GMB tags
//     "U.N." in "the U.N. agency" gpe, as it does nationality words).
//
// The readers return the corpora's own conventions; every reported score
// says which variant it uses. The normalized documents follow the CoNLL
// Convention.
func Normalize(docs []Document) []Document {
	out := make([]Document, len(docs))
	for i, d := range docs {
		nd := Document{ID: d.ID, Sentences: make([]Sentence, len(d.Sentences)), Convention: CoNLL}
		for j, s := range d.Sentences {
			nd.Sentences[j] = Sentence{Tokens: s.Tokens, Spans: normalizeSpans(s.Tokens, s.Spans)}
		}
		out[i] = nd
	}
	return out
}

var pronouns = map[string]bool{
	"i": true, "he": true, "she": true, "it": true, "we": true, "they": true, "you": true,
	"him": true, "her": true, "his": true, "its": true, "us": true, "them": true, "their": true,
	"our": true, "my": true, "me": true, "this": true, "these": true, "those": true, "who": true,
}

func normalizeSpans(toks []string, spans []Span) []Span {
	var out []Span
	for _, sp := range spans {
		for sp.Start < sp.End && (!hasUpper(toks[sp.Start]) && !joined(toks, sp.Start+1) || determiner(toks[sp.Start])) {
			sp.Start++
		}
		compound := false
		for sp.End > sp.Start && !hasUpper(toks[sp.End-1]) && (sp.End-2 < sp.Start || !apostrophe(toks[sp.End-2])) {
			compound = compound || toks[sp.End-1] == "-"
			sp.End--
		}
		if compound {
			continue // "ISIL - held territory": a description, not a name
		}
		if sp.Start == sp.End {
			continue
		}
		if sp.Class == "PER" {
			s := sp.Start
			for s < sp.End && strippable(toks[s]) {
				s++
			}
			if s == sp.End {
				continue // only a title: "Iraqi Foreign Minister"
			}
			sp.Start = s
		}
		name := strings.Join(toks[sp.Start:sp.End], " ")
		if sp.End-sp.Start == 1 && pronouns[strings.ToLower(name)] {
			continue
		}
		k := gazetteer.Lookup(name)
		if k&gazetteer.Demonym != 0 && k&(gazetteer.Country|gazetteer.Place|gazetteer.Capital) == 0 {
			continue
		}
		if sp.Class == "ORG" && k&gazetteer.Country != 0 && k&gazetteer.Org == 0 {
			sp.Class = "LOC"
		}
		if sp.Class == "LOC" && k&gazetteer.Org != 0 && k&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) == 0 {
			sp.Class = "ORG"
		}
		out = append(out, sp)
	}
	return out
}

// strippable reports whether a word leading a person span is not part of
// the name: a title, a nationality, a country, or a lower-case word.
func strippable(tok string) bool {
	if !hasUpper(tok) || gazetteer.IsTitle(tok) || gazetteer.IsTitle(strings.TrimSuffix(tok, ".")) {
		return true
	}
	k := gazetteer.Lookup(tok)
	return k&(gazetteer.Demonym|gazetteer.Country) != 0
}

// determiner reports whether a word is an article, which CoNLL leaves out
// of names ("the United Nations", "The Syrian regime").
func determiner(t string) bool {
	switch strings.ToLower(t) {
	case "the", "a", "an":
		return true
	}
	return false
}

func apostrophe(t string) bool { return t == "'" || t == "’" }

// joined reports whether toks[i] is a hyphen or apostrophe that binds the
// words around it into one name ("al - Abadi", "Da ’ esh").
func joined(toks []string, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	switch toks[i] {
	case "-", "'", "’", "‘":
		return true
	}
	return false
}

// hasUpper reports whether a word has a capital letter anywhere: names
// such as "al-Qaida" and "bin Laden" start lower-case.
func hasUpper(t string) bool {
	for _, r := range t {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
