package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedTexts are the test articles, with their word count.
func seedTexts(b *testing.B) ([]string, int) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	var texts []string
	words := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		words += len(strings.Fields(string(data)))
	}
	return texts, words
}

// BenchmarkAnalyzeSeeds is the whole extraction path, events included.
func BenchmarkAnalyzeSeeds(b *testing.B) {
	texts, words := seedTexts(b)
	x, err := NewExtractor()
	if err != nil {
		b.Fatal(err)
	}
	x.Analyze(texts[0], "2025-01-05") // load the models before timing
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			x.Analyze(t, "2025-01-05")
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkEventStepSeeds is the event step alone on analysed seed texts;
// Analyze without events costs BenchmarkAnalyzeSeeds minus this.
func BenchmarkEventStepSeeds(b *testing.B) {
	texts, words := seedTexts(b)
	x, err := NewExtractor()
	if err != nil {
		b.Fatal(err)
	}
	ans := make([]Analysis, len(texts))
	for i, t := range texts {
		ans[i] = x.Analyze(t, "2025-01-05")
	}
	b.ResetTimer()
	for b.Loop() {
		for i, t := range texts {
			events(t, "2025-01-05", ans[i].Sentences, ans[i].Entities)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
