package nlp

// Extractor runs the whole analysis. Build one with NewExtractor and share
// it: the models load once, and Analyze is safe for concurrent use.
type Extractor struct {
	seg *segmenter
	ner *proseNER
}

// NewExtractor loads the sentence and entity models.
func NewExtractor() (*Extractor, error) {
	seg, err := newSegmenter()
	if err != nil {
		return nil, err
	}
	return &Extractor{seg: seg, ner: newProseNER()}, nil
}

// Analyze finds the sentences, entities and events of one text. published
// (YYYY-MM-DD or "") dates the events the text does not date itself.
func (x *Extractor) Analyze(text, published string) Analysis {
	sents := x.seg.sentences(text)
	spans := make([][]span, len(sents))
	for i := range sents {
		sents[i].Tokens, spans[i] = x.ner.sentence(text, sents[i])
	}
	ents := resolve(text, sents, spans)
	return Analysis{
		Sentences: sents,
		Entities:  ents,
		Events:    events(text, published, sents, ents),
	}
}
