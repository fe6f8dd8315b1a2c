package ner

import (
	_ "embed"
	"strings"
	"sync"
)

// commonWords is written by cmd/train-ner from its training text (see
// writeCommonWords there): lower-case words used often and never
// capitalised mid-sentence.
//
//go:embed commonwords.txt
var commonWordsText string

var commonWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(commonWordsText, "\n") {
		if w != "" && !strings.HasPrefix(w, "#") {
			m[w] = true
		}
	}
	return m
})

// CommonWord reports whether lower (a lower-case word) is a common word of
// news English rather than a name: "economy", "police", "goal". A name
// that is also a word ("Turkey") is common only if the training text
// seldom capitalised it mid-sentence.
func CommonWord(lower string) bool {
	return commonWords()[lower]
}
