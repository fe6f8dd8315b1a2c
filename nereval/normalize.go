package nereval

import (
	"strings"

	"github.com/newsgraph/newsgraph/nlp/ner/gazetteer"
)

// Normalize returns a copy of docs with CoNLL-2003 span conventions, which
// is also what newsgraph wants as graph nodes:
//   - leading titles are cut from person names ("President Hugo Chavez" ->
//     "Hugo Chavez", "Mr. Bush" -> "Bush"); a span that is only a title is
//     dropped;
//   - nationality adjectives and plurals tagged as places ("Iraqi" and
//     "Palestinians", which GMB tags gpe) are dropped, since they name no
//     place; the gazetteer still maps them to countries for resolution.
//
// The readers return the corpora's own conventions; training and the
// reported scores say which variant they use.
func Normalize(docs []Document) []Document {
	out := make([]Document, len(docs))
	for i, d := range docs {
		nd := Document{ID: d.ID, Sentences: make([]Sentence, len(d.Sentences))}
		for j, s := range d.Sentences {
			nd.Sentences[j] = Sentence{Tokens: s.Tokens, Spans: normalizeSpans(s.Tokens, s.Spans)}
		}
		out[i] = nd
	}
	return out
}

func normalizeSpans(toks []string, spans []Span) []Span {
	var out []Span
	for _, sp := range spans {
		switch sp.Class {
		case "PER":
			for sp.Start < sp.End && gazetteer.IsTitle(toks[sp.Start]) {
				sp.Start++
			}
			if sp.Start == sp.End {
				continue
			}
		case "LOC":
			name := strings.Join(toks[sp.Start:sp.End], " ")
			if gazetteer.Lookup(name)&gazetteer.Demonym != 0 && gazetteer.Lookup(name)&(gazetteer.Country|gazetteer.Place|gazetteer.Capital) == 0 {
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}
