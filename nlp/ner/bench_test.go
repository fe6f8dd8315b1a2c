package ner

import (
	"errors"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/article"
)

// benchText returns about 20k words of real news text: bullets from
// Wikipedia's current-events portal with Markdown links flattened, grouped
// into article-sized documents of 40 items (~1,000 words), because prose
// pays a fixed cost per document that short inputs would exaggerate.
func benchText(b *testing.B) [][]string {
	items := benchItems(b)
	var docs [][]string
	for i := 0; i < len(items); i += 40 {
		docs = append(docs, items[i:min(i+40, len(items))])
	}
	return docs
}

// benchItems reads news items of the shared current-events digest with
// the project's own reader (links become their anchor text), about 20k
// words.
func benchItems(b *testing.B) []string {
	dir := filepath.Join(sharedData(b), "corpus", "current-events")
	var items []string
	words := 0
	errEnough := errors.New("enough")
	err := article.Read([]string{dir}, article.Options{}, func(a article.Article) error {
		items = append(items, a.Text)
		if words += len(strings.Fields(a.Text)); words > 20000 {
			return errEnough
		}
		return nil
	})
	if err != nil && err != errEnough {
		b.Fatal(err)
	}
	return items
}

func countWords(docs [][]string) int {
	n := 0
	for _, d := range docs {
		for _, it := range d {
			n += len(strings.Fields(it))
		}
	}
	return n
}

// BenchmarkTag measures the tagger alone on pre-tokenised text.
func BenchmarkTag(b *testing.B) {
	items := benchText(b)
	m := mustLoad(b)
	docs := make([][][]string, len(items))
	ntok := 0
	for i, d := range items {
		for _, it := range d {
			docs[i] = append(docs[i], tokenize(b, it))
			ntok += len(docs[i][len(docs[i])-1])
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.Tag(d)
		}
	}
	b.ReportMetric(float64(countWords(items))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	reportMem(b)
}

// BenchmarkTokenizeAndTag is newsgraph's path: prose's tokenizer, then Tag.
func BenchmarkTokenizeAndTag(b *testing.B) {
	items := benchText(b)
	m := mustLoad(b)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range items {
			sents := make([][]string, len(d))
			for i, it := range d {
				sents[i] = tokenize(b, it)
			}
			m.Tag(sents)
		}
	}
	b.ReportMetric(float64(countWords(items))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkProseDefault is prose's default pipeline (segmentation, POS
// tagging, NER) on the same text, with its model built once and reused.
func BenchmarkProseDefault(b *testing.B) {
	items := benchText(b)
	model := prose.ModelFromData("default")
	b.ResetTimer()
	for b.Loop() {
		for _, it := range items {
			d, err := prose.NewDocument(strings.Join(it, "\n"), prose.UsingModel(model))
			if err != nil {
				b.Fatal(err)
			}
			_ = d.Entities()
		}
	}
	b.ReportMetric(float64(countWords(items))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// reportMem reports the heap in use with the model loaded and the peak
// memory the process obtained from the OS.
func reportMem(b *testing.B) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heapMB")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sysMB")
}
