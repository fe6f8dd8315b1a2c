// Package nereval reads gold named-entity data (CoNLL, GMB CSV, MEANTIME
// JSON) into one in-memory form and scores predictions strictly, the way the
// CoNLL shared tasks do: a predicted entity counts only if its start, end and
// class all match a gold entity.
//
// Only three classes are kept — PER, LOC and ORG — because those are the
// node kinds newsgraph puts into its graph; every other label maps to O.
package nereval

import (
	"math/rand/v2"
	"strings"
)

// Span is an entity over token indexes [Start, End) within one sentence.
type Span struct {
	Start, End int
	Class      string // "PER", "LOC" or "ORG"
}

// Sentence is a tokenised sentence with its gold entities.
type Sentence struct {
	Tokens []string
	Spans  []Span
}

// Document groups sentences that belong together, so that splits are made
// by document (no sentence of a test article leaks into training) and
// document-level features see the whole article.
type Document struct {
	ID        string
	Sentences []Sentence
	// Convention is how the document's gold draws spans (set by the
	// readers; see Convention). The zero value is treated as CoNLL.
	Convention Convention
}

// Conv returns d's convention, CoNLL if none was set.
func (d Document) Conv() Convention {
	if d.Convention.Name == "" {
		return CoNLL
	}
	return d.Convention
}

// Tokens returns the document's sentences as token slices, the input form
// of a tagger.
func (d Document) Tokens() [][]string {
	out := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Tokens
	}
	return out
}

// Spans returns the document's gold spans per sentence.
func (d Document) Spans() [][]Span {
	out := make([][]Span, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Spans
	}
	return out
}

// Ignore is the class of a gold region that is not scored: a prediction
// overlapping it counts neither as right nor as wrong. CoNLL files mark it
// B-IGNORE/I-IGNORE; the Wikipedia-prose gold uses it for linked names whose
// type it cannot tell, so that neither a guess nor a miss is charged.
const Ignore = "IGNORE"

// MapClass maps a corpus-specific entity type to PER, LOC or ORG, or "" for
// everything else. GPE is mapped to LOC because newsgraph treats countries
// and cities as places.
func MapClass(t string) string {
	switch strings.ToLower(t) {
	case "per", "person", "pers":
		return "PER"
	case "loc", "location", "gpe", "geo", "place":
		return "LOC"
	case "org", "organization", "organisation":
		return "ORG"
	case "ignore":
		return Ignore
	}
	return ""
}

// SpansFromTags decodes a BIO (or IO) tag sequence into spans. A tag is
// "O", "B-X", "I-X" or a bare "X" (IO style). An I- tag whose class differs
// from the open span starts a new span, as conlleval does.
func SpansFromTags(tags []string) []Span {
	var spans []Span
	open := -1
	cls := ""
	closeAt := func(i int) {
		if open >= 0 && cls != "" {
			spans = append(spans, Span{Start: open, End: i, Class: cls})
		}
		open, cls = -1, ""
	}
	for i, t := range tags {
		prefix, typ := splitTag(t)
		c := ""
		if prefix != 'O' {
			c = MapClass(typ)
		}
		switch {
		case c == "":
			closeAt(i)
		case prefix == 'B' || c != cls:
			closeAt(i)
			open, cls = i, c
		}
	}
	closeAt(len(tags))
	return spans
}

// splitTag returns the BIO prefix ('B', 'I' or 'O') and the type of a tag.
// Bare types (IO format) are treated as 'I'.
func splitTag(t string) (byte, string) {
	if t == "" || t == "O" || t == "o" {
		return 'O', ""
	}
	if len(t) > 2 && (t[1] == '-' || t[1] == '_') {
		switch t[0] {
		case 'B', 'b', 'S', 's':
			return 'B', t[2:]
		case 'I', 'i', 'E', 'e':
			return 'I', t[2:]
		}
	}
	return 'I', t
}

// Split shuffles docs with a fixed seed and cuts them 70/15/15 into train,
// dev and test, so the trainer and the tests agree on what is held out.
func Split(docs []Document, seed uint64) (train, dev, test []Document) {
	d := append([]Document{}, docs...)
	rng := rand.New(rand.NewPCG(seed, 42))
	rng.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
	a, b := len(d)*70/100, len(d)*85/100
	return d[:a], d[a:b], d[b:]
}
