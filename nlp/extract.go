package nlp

import (
	"fmt"

	"github.com/newsgraph/newsgraph/nlp/ner"
)

// Extractor runs the whole analysis. Build one with NewExtractor and share
// it: the models load once, and Analyze is safe for concurrent use.
type Extractor struct {
	seg      *segmenter
	ner      *ner.Model
	mentions *ner.Model
}

// NewExtractor loads the sentence and entity models.
func NewExtractor() (*Extractor, error) {
	seg, err := newSegmenter()
	if err != nil {
		return nil, err
	}
	m, err := ner.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the entity model: %w", err)
	}
	mm, err := ner.LoadMentions()
	if err != nil {
		return nil, fmt.Errorf("loading the mention model: %w", err)
	}
	return &Extractor{seg: seg, ner: m, mentions: mm}, nil
}

// WithoutMentions returns an Extractor that finds no Mentions (nominal and
// pronoun phrases), for callers that use only entities and events, as the
// graph does: the mention tagger is a tenth of Analyze's time.
func (x *Extractor) WithoutMentions() *Extractor {
	y := *x
	y.mentions = nil
	return &y
}

// Analyze finds the sentences, entities and events of one text. published
// (YYYY-MM-DD or "") dates the events the text does not date itself.
func (x *Extractor) Analyze(text, published string) Analysis {
	sents, ents, refs := x.entities(text)
	return Analysis{
		Sentences: sents,
		Entities:  ents,
		Events:    events(text, published, sents, ents),
		Mentions:  refs,
	}
}

// entities is the entity half of Analyze: sentences, tokens, tagging,
// resolution and the mentions beside the names.
func (x *Extractor) entities(text string) ([]Sentence, []Entity, []Reference) {
	sents := x.seg.sentences(text)
	words := make([][]string, len(sents))
	for i := range sents {
		sents[i].Tokens = tokenize(text, sents[i])
		words[i] = make([]string, len(sents[i].Tokens))
		for j, t := range sents[i].Tokens {
			words[i][j] = t.Text
		}
	}
	spans := make([][]span, len(sents))
	for i, found := range x.ner.Tag(words) {
		for _, s := range found {
			if k, ok := nerKind(s.Class); ok {
				spans[i] = append(spans[i], span{start: s.Start, end: s.End, kind: k})
			}
		}
	}
	ents := resolve(text, sents, spans)
	if x.mentions == nil {
		return sents, ents, nil
	}
	return sents, ents, references(text, sents, x.mentions.Tag(words), ents)
}

func nerKind(class string) (Kind, bool) {
	switch class {
	case "PER":
		return Person, true
	case "LOC":
		return Place, true
	case "ORG":
		return Organization, true
	}
	return "", false
}
