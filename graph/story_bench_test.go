package graph

import (
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
)

// BenchmarkSameStoryCorpus times the SAME_STORY pass alone (signatures,
// then banding and comparing) on a corpus made by 'go run ./cmd/gencorpus':
//
//	NEWSGRAPH_BENCH_CORPUS=/tmp/corpus-100k.jsonl go test -run '^$' -bench SameStoryCorpus -benchtime 1x ./graph
func BenchmarkSameStoryCorpus(b *testing.B) {
	path := os.Getenv("NEWSGRAPH_BENCH_CORPUS")
	if path == "" {
		b.Skip("set NEWSGRAPH_BENCH_CORPUS to a file made by 'go run ./cmd/gencorpus'")
	}
	var arts []article.Article
	if err := article.Read([]string{path}, article.Options{}, func(a article.Article) error {
		arts = append(arts, a)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	for range b.N {
		s := &storyIndex{}
		start := time.Now()
		for _, a := range arts {
			s.add(a)
		}
		sigs := time.Since(start)
		links := 0
		s.eachPair(func(sameStory) error { links++; return nil })
		b.ReportMetric(sigs.Seconds(), "signature-s")
		b.ReportMetric(time.Since(start).Seconds()-sigs.Seconds(), "pairs-s")
		b.ReportMetric(float64(links), "links")
	}
}
