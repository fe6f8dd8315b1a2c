package main

import (
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/nlp/nereval"
)

// proseDefault is prose's default pipeline (its sentence splitter,
// tokenizer, POS tagger and NER model), the baseline the NER targets are
// stated against. It is scored by the same code as newsgraph's extractor:
// its entities are mapped to byte offsets in the rebuilt text, and its
// labels go through nereval.MapClass (GPE -> LOC, ORGANIZATION -> ORG).
type proseDefault struct{ model *prose.Model }

func newProseDefault() proseDefault {
	return proseDefault{model: prose.ModelFromData("default")}
}

// mentions runs prose on text and returns its entities with offsets.
// prose's Document.Entities has no offsets, so the entities are rebuilt
// from the tagged tokens with prose's own chunking rule (extract.go,
// entityExtracter.chunk), which also joins a labelled token to following
// tokens of the same part of speech; the texts match Entities() one for
// one.
func (p proseDefault) mentions(text string) []nereval.Mention {
	doc, err := prose.NewDocument(text, prose.UsingModel(p.model))
	if err != nil {
		return nil
	}
	toks := doc.Tokens()
	offs := alignProse(text, toks)
	var out []nereval.Mention
	emit := func(parts []int) {
		labels := make([]string, len(parts))
		for i, k := range parts {
			labels[i] = toks[k].Label
		}
		cls := nereval.MapClass(proseEntityLabel(labels))
		first, last := offs[parts[0]], offs[parts[len(parts)-1]]
		if cls == "" || first[0] < 0 || last[0] < 0 {
			return
		}
		out = append(out, nereval.Mention{Start: first[0], End: last[1], Class: cls})
	}
	end := ""
	var parts []int
	for i, tok := range toks {
		label := tok.Label
		n := len(parts)
		if (label != "O" && label != end) ||
			(n > 0 && tok.Tag == toks[parts[n-1]].Tag) ||
			(n > 0 && tok.Tag == "CD" && toks[parts[n-1]].Label != "O") {
			end = strings.Replace(label, "B", "I", 1)
			parts = append(parts, i)
		} else if (label == "O" && end != "") || label == end {
			if label != "O" {
				parts = append(parts, i)
			}
			emit(parts)
			end, parts = "", nil
		}
	}
	return out
}

// proseEntityLabel is prose's parseEntities: the label of the first token,
// except that a two-token entity with a B-PERSON is a person.
func proseEntityLabel(labels []string) string {
	if len(labels) == 2 && (labels[0] == "B-PERSON" || labels[1] == "B-PERSON") {
		return "PERSON"
	}
	_, typ, _ := strings.Cut(labels[0], "-")
	return typ
}

// alignProse finds each prose token in text, in order, and returns its
// byte range, or {-1,-1} for a token it cannot place (prose rewrites some
// characters, such as curly quotes).
func alignProse(text string, toks []prose.Token) [][2]int {
	out := make([][2]int, len(toks))
	pos := 0
	for i, t := range toks {
		out[i] = [2]int{-1, -1}
		j := strings.Index(text[pos:], t.Text)
		if j < 0 || j > 16 {
			continue
		}
		out[i] = [2]int{pos + j, pos + j + len(t.Text)}
		pos += j + len(t.Text)
	}
	return out
}
