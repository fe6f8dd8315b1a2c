package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/nlp/ner"
)

// references turns the mention tagger's spans into References, merged
// with the resolved names: a phrase that contains a name mention of an
// entity is a Named reference to it; a phrase that contains none is a
// nominal or pronoun reference, a mention only. A phrase that overlaps a
// name without containing it, or lies inside one, disagrees with the
// names model, which decides: the phrase is dropped.
func references(text string, sents []Sentence, found [][]ner.Span, ents []Entity) []Reference {
	type name struct {
		start, end int
		entity     string
	}
	names := make([][]name, len(sents))
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Sentence >= 0 && m.Sentence < len(names) {
				names[m.Sentence] = append(names[m.Sentence], name{m.Start, m.End, e.ID})
			}
		}
	}
	var out []Reference
	for si, spans := range found {
		toks := sents[si].Tokens
	next:
		for _, sp := range spans {
			class, ok := nerKind(sp.Class)
			if !ok || sp.Start < 0 || sp.End > len(toks) || sp.Start >= sp.End {
				continue
			}
			r := Reference{Kind: Nominal, Class: class, Start: toks[sp.Start].Start, End: toks[sp.End-1].End, Sentence: si}
			r.Text = text[r.Start:r.End]
			last := -1
			for i, n := range names[si] {
				switch {
				case n.end <= r.Start || n.start >= r.End:
					// apart
				case n.start >= r.Start && n.end <= r.End:
					if last < 0 || n.start > names[si][last].start {
						last = i
					}
				default:
					continue next
				}
			}
			switch {
			case last >= 0:
				r.Kind, r.Entity = Named, names[si][last].entity
			case sp.End-sp.Start == 1 && pronouns[strings.ToLower(r.Text)]:
				r.Kind = Pronoun
			}
			out = append(out, r)
		}
	}
	return out
}

// pronouns are the personal, possessive, demonstrative and relative
// pronouns that can stand for a person, place or organisation.
var pronouns = map[string]bool{
	"i": true, "me": true, "my": true, "mine": true, "myself": true,
	"we": true, "us": true, "our": true, "ours": true, "ourselves": true,
	"you": true, "your": true, "yours": true,
	"he": true, "him": true, "his": true, "himself": true,
	"she": true, "her": true, "hers": true, "herself": true,
	"it": true, "its": true, "itself": true,
	"they": true, "them": true, "their": true, "theirs": true, "themselves": true,
	"this": true, "that": true, "these": true, "those": true,
	"who": true, "whom": true, "whose": true, "which": true,
	"here": true, "there": true,
}
