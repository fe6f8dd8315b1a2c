package nlp

import (
	"sync"

	"github.com/jdkato/prose/v2"
)

// posModel is prose's perceptron tagger, built once: building it costs
// about 0.2 s, tagging a sentence microseconds. The tagger only reads its
// weights, so one model serves every goroutine.
var posModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("newsgraph-events") })

// posTags tags the tokens of one sentence with Penn Treebank tags. It
// re-tokenizes the sentence with prose (the tokenizer that made sent.Tokens)
// and returns nil when the two token sequences differ, so that a tag is
// never given to the wrong word; callers then fall back to the lexicon alone.
func posTags(text string, sent Sentence) []string {
	doc, err := prose.NewDocument(text[sent.Start:sent.End],
		prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(posModel()))
	if err != nil {
		return nil
	}
	ptoks := doc.Tokens()
	if len(ptoks) != len(sent.Tokens) {
		return nil
	}
	tags := make([]string, len(ptoks))
	for i, t := range ptoks {
		if t.Text != sent.Tokens[i].Text {
			return nil
		}
		tags[i] = t.Tag
	}
	return tags
}
