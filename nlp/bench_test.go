package nlp

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/article"
)

// benchDocs returns about 40k words of real news text as article-sized
// documents: the seed articles in testdata/articles, and bullets from
// Wikipedia's current-events portal (links flattened to their anchor text)
// grouped 40 to a document, about 1,000 words each. Whole documents rather
// than single items, because both pipelines pay a fixed cost per call that
// short inputs would exaggerate.
func benchDocs(b *testing.B) []string {
	b.Helper()
	var docs []string
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	for _, fn := range seeds {
		data, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
	}
	items := currentEventsItems(b, 40000)
	for i := 0; i < len(items); i += 40 {
		docs = append(docs, strings.Join(items[i:min(i+40, len(items))], "\n"))
	}
	return docs
}

// currentEventsItems reads the news items of the shared current-events
// digest with the project's own reader (links become their anchor text),
// until it has about maxWords words. It skips the test when the shared data
// is absent.
func currentEventsItems(tb testing.TB, maxWords int) []string {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "data", "corpus", "current-events")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("no current-events corpus in %s", dir)
	}
	var items []string
	words := 0
	errEnough := errors.New("enough")
	err := article.Read([]string{dir}, article.Options{}, func(a article.Article) error {
		items = append(items, a.Text)
		if words += len(strings.Fields(a.Text)); words >= maxWords {
			return errEnough
		}
		return nil
	})
	if err != nil && err != errEnough {
		tb.Fatal(err)
	}
	return items
}

func countWords(docs []string) int {
	n := 0
	for _, d := range docs {
		n += len(strings.Fields(d))
	}
	return n
}

// BenchmarkExtractProseDefault is prose's default pipeline (segmentation,
// tokenisation, POS tagging and its NER model) over the same documents,
// with the model built once and reused, which is prose at its fastest.
func BenchmarkExtractProseDefault(b *testing.B) {
	docs := benchDocs(b)
	model := prose.ModelFromData("default")
	b.ResetTimer()
	for b.Loop() {
		for _, text := range docs {
			d, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithSegmentation(true))
			if err != nil {
				b.Fatal(err)
			}
			_ = d.Entities()
		}
	}
	b.ReportMetric(float64(countWords(docs))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkExtract is newsgraph's whole extraction path over the same
// documents: sentences, tokens, tagging, entity resolution (and events,
// which Analyze also finds). It reports the heap in use with the models
// loaded, the figure the 300 MB budget is about.
func BenchmarkExtract(b *testing.B) {
	docs := benchDocs(b)
	x, err := NewExtractor()
	if err != nil {
		b.Fatal(err)
	}
	// Event detection loads its tagging model on first use; load it here,
	// as prose's model is built above its timer.
	x.Analyze(docs[0], "2025-01-01")
	b.ResetTimer()
	for b.Loop() {
		for _, text := range docs {
			_ = x.Analyze(text, "2025-01-01")
		}
	}
	b.ReportMetric(float64(countWords(docs))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.StopTimer()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heapMB")
	runtime.KeepAlive(x)
}

// BenchmarkExtractEntities is the entity half of Analyze alone (sentences,
// tokens, tagging, resolution; no event detection), to tell the entity
// path's cost from the events' in BenchmarkExtract.
func BenchmarkExtractEntities(b *testing.B) {
	docs := benchDocs(b)
	x, err := NewExtractor()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, text := range docs {
			_, _, _ = x.entities(text)
		}
	}
	b.ReportMetric(float64(countWords(docs))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
