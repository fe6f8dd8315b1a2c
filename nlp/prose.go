package nlp

import (
	"strings"

	"github.com/jdkato/prose/v2"
)

// span is a name found in one sentence: tokens [start,end) of kind.
type span struct {
	start, end int
	kind       Kind
}

// proseNER is prose v2's default tagger and named-entity model, loaded once.
// Without prose.UsingModel every prose.NewDocument rebuilds the model, which
// costs about 0.2 s a document.
type proseNER struct {
	model *prose.Model
}

func newProseNER() *proseNER {
	return &proseNER{model: prose.ModelFromData("prose-default")}
}

// sentence tokenizes and tags one sentence, returning its tokens with byte
// offsets in text and the names prose found.
func (p *proseNER) sentence(text string, sent Sentence) ([]Token, []span) {
	doc, err := prose.NewDocument(text[sent.Start:sent.End],
		prose.WithSegmentation(false), prose.UsingModel(p.model))
	if err != nil {
		return nil, nil
	}
	ptoks := doc.Tokens()
	toks := align(text, sent.Start, sent.End, ptoks)
	if len(toks) != len(ptoks) {
		// A token could not be placed; labels no longer line up, so keep the
		// tokens and trust no name in this sentence.
		return toks, nil
	}
	labels := make([]string, len(ptoks))
	for i, t := range ptoks {
		labels[i] = t.Label
	}
	return toks, spansFromBIO(labels)
}

// spansFromBIO reads prose's labels into spans of the kinds this project
// keeps; other classes are dropped. prose marks every token of a name B-X,
// so consecutive tokens of one class form one span.
func spansFromBIO(labels []string) []span {
	var out []span
	for i, l := range labels {
		_, class, _ := strings.Cut(l, "-")
		kind, ok := proseKind(class)
		if !ok {
			continue
		}
		if n := len(out); n > 0 && out[n-1].end == i && out[n-1].kind == kind {
			out[n-1].end = i + 1
			continue
		}
		out = append(out, span{start: i, end: i + 1, kind: kind})
	}
	return out
}

func proseKind(class string) (Kind, bool) {
	switch class {
	case "PERSON", "PER":
		return Person, true
	case "GPE", "LOCATION", "LOC":
		return Place, true
	case "ORGANIZATION", "ORG":
		return Organization, true
	}
	return "", false
}
