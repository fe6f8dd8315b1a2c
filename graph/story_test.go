package graph

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/article"
)

// currentEvents is the shared digest corpus, beside the repository.
var currentEvents = filepath.Join("..", "..", "shared", "data", "corpus", "current-events")

func readArticles(t testing.TB, paths ...string) []article.Article {
	t.Helper()
	var arts []article.Article
	err := article.Read(paths, article.Options{Skip: func(e *article.InputError) { t.Errorf("skipped %v", e) }},
		func(a article.Article) error { arts = append(arts, a); return nil })
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

func storyPairs(arts []article.Article) ([]sameStory, int) {
	var s storyIndex
	dups := 0
	for _, a := range arts {
		if !s.add(a) {
			dups++
		}
	}
	return s.pairs(), dups
}

func TestSeedsAreOneStory(t *testing.T) {
	arts := readArticles(t, "../testdata/articles")
	pairs, _ := storyPairs(arts)
	if len(pairs) != 1 {
		t.Fatalf("%d SAME_STORY links between the two seeds, want 1: %v", len(pairs), pairs)
	}
	p := pairs[0]
	if p.start >= p.end {
		t.Errorf("link %s -> %s: start id must be the smaller", p.start, p.end)
	}
	t.Logf("seed similarity %.3f", p.similarity)
}

// TestUnrelatedItemsDoNotLink reads a year of news digest items, mixed with
// the seeds: the seeds still link, and no two items on different stories do.
// Items of one story (the same Wikipedia story heading, the title here) may
// link; none in this corpus is long enough to.
func TestUnrelatedItemsDoNotLink(t *testing.T) {
	if _, err := os.Stat(currentEvents); err != nil {
		t.Skipf("no shared corpus: %v", err)
	}
	arts := readArticles(t, "../testdata/articles", currentEvents)
	if len(arts) < 5000 {
		t.Fatalf("read %d articles, want the whole corpus", len(arts))
	}
	byID := map[string]article.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	pairs, dups := storyPairs(arts)
	t.Logf("%d articles, %d exact duplicates, %d links", len(arts), dups, len(pairs))
	seedLinked := false
	for _, p := range pairs {
		a, b := byID[p.start], byID[p.end]
		if strings.HasPrefix(a.Path, "../testdata") && strings.HasPrefix(b.Path, "../testdata") {
			seedLinked = true
			continue
		}
		if a.Title != b.Title || a.Title == "" {
			t.Errorf("unrelated items linked (%.3f):\n  %s\n  %s", p.similarity, a.Text, b.Text)
		}
	}
	if !seedLinked {
		t.Error("the seeds are not linked among the corpus")
	}
}

// TestHighestUnrelatedSimilarity reports how close unrelated items come, for
// the margin: the highest estimated similarity of any pair that shares an
// LSH bucket, with the shared 3-grams it amounts to.
func TestHighestUnrelatedSimilarity(t *testing.T) {
	if _, err := os.Stat(currentEvents); err != nil {
		t.Skipf("no shared corpus: %v", err)
	}
	var s storyIndex
	for _, a := range readArticles(t, currentEvents) {
		s.add(a)
	}
	bestJ, bestShared := 0.0, 0.0
	bufA, bufB := make([]uint32, sigSize), make([]uint32, sigSize)
	for _, col := range s.sigs.columns(0, 4) {
		buckets := map[uint32][]int{}
		for i := range s.ids {
			buckets[col[i]] = append(buckets[col[i]], i)
		}
		for _, idx := range buckets {
			for x := range idx {
				for y := x + 1; y < len(idx); y++ {
					a, b := idx[x], idx[y]
					j, shared := s.estimate(a, b, s.sigs.get(a, bufA), s.sigs.get(b, bufB))
					if shared > bestShared {
						bestShared = shared
					}
					if j > bestJ && shared >= 10 {
						bestJ = j
					}
				}
			}
		}
	}
	t.Logf("corpus: highest Jaccard estimate with >= 10 shared 3-grams %.3f; most shared 3-grams %.1f (a link needs %d)", bestJ, bestShared, sameStoryMinShared)
	if bestShared >= sameStoryMinShared {
		t.Errorf("an unrelated pair shares %.1f 3-grams, at the link threshold", bestShared)
	}
}

func TestExactDuplicatesLoadOnce(t *testing.T) {
	arts := readArticles(t, "../testdata/articles")
	first, second := arts[0], arts[0]
	first.ID, second.ID = "given-1", "given-2"
	other := second
	other.Published = "2025-02-01"
	other.ID = "given-3"
	var s storyIndex
	if !s.add(first) {
		t.Fatal("first copy refused")
	}
	if s.add(second) {
		t.Error("same text and date under another id was added again")
	}
	if !s.add(other) {
		t.Error("same text on another day was refused; digests repeat items on different days")
	}
}

func BenchmarkSameStory(b *testing.B) {
	if _, err := os.Stat(currentEvents); err != nil {
		b.Skipf("no shared corpus: %v", err)
	}
	arts := readArticles(b, currentEvents)
	b.ResetTimer()
	for range b.N {
		var s storyIndex
		for _, a := range arts {
			s.add(a)
		}
		s.pairs()
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
