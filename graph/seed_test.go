package graph_test

import (
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

var (
	seedOnce  sync.Once
	seedArts  []article.Article
	seedAnals []nlp.Analysis
	seedErr   error
)

// seeds reads and analyzes the two test articles once for all tests.
func seeds(t testing.TB) ([]article.Article, []nlp.Analysis) {
	t.Helper()
	seedOnce.Do(func() {
		x, err := nlp.NewExtractor()
		if err != nil {
			seedErr = err
			return
		}
		seedErr = article.Read([]string{"../testdata/articles"}, article.Options{}, func(a article.Article) error {
			seedArts = append(seedArts, a)
			seedAnals = append(seedAnals, x.Analyze(a.Text, a.Published))
			return nil
		})
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	if len(seedArts) != 2 {
		t.Fatalf("read %d seed articles, want 2", len(seedArts))
	}
	return seedArts, seedAnals
}

// seedGraph is the graph of the two test articles.
func seedGraph(t testing.TB) *graph.Graph {
	arts, anals := seeds(t)
	b := graph.NewBuilder()
	for i := range arts {
		b.Add(arts[i], anals[i])
	}
	return b.Graph()
}
