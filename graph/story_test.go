package graph

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/nlp"
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

// storyPairs links arts as a Builder does, exact duplicates left out.
func storyPairs(arts []article.Article) ([]sameStory, int) {
	var s storyIndex
	texts := map[textKey]bool{}
	dups := 0
	for _, a := range arts {
		if texts[textOf(a)] {
			dups++
			continue
		}
		texts[textOf(a)] = true
		s.add(a)
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
	b := NewBuilder()
	if !b.Add(first, nlp.Analysis{}) {
		t.Fatal("first copy refused")
	}
	if b.Add(second, nlp.Analysis{}) {
		t.Error("same text and date under another id was added again")
	}
	if !b.Add(other, nlp.Analysis{}) {
		t.Error("same text on another day was refused; digests repeat items on different days")
	}
}

// The date rule: at most sameStoryMaxDays apart, or undated.
func TestSameStoryDateRule(t *testing.T) {
	arts := readArticles(t, "../testdata/articles")
	if arts[0].Published != "2025-01-05" || arts[1].Published != "" {
		t.Fatalf("seeds published %q and %q, want 2025-01-05 and undated", arts[0].Published, arts[1].Published)
	}
	for _, c := range []struct {
		date string
		link bool
	}{
		{"", true}, {"2025-01-05", true}, {"2025-01-12", true}, {"2025-01-13", false},
		{"2024-12-29", true}, {"2024-12-28", false}, {"2026-01-05", false},
	} {
		b := arts[1]
		b.Published = c.date
		pairs, _ := storyPairs([]article.Article{arts[0], b})
		if (len(pairs) == 1) != c.link {
			t.Errorf("second seed published %q: %d links, want link %v", c.date, len(pairs), c.link)
		}
	}
}

// A stored article's signature, read back from its minhash property,
// links as the article itself does; two stored articles are not compared.
func TestStoredSignaturesLinkLikeTheRun(t *testing.T) {
	arts := readArticles(t, "../testdata/articles")
	var run storyIndex
	for _, a := range arts {
		run.add(a)
	}
	want := run.pairs()
	if len(want) != 1 {
		t.Fatalf("%d links between the seeds, want 1", len(want))
	}
	stored := func(i int) (string, string, int, []uint32) {
		props := run.storyProps(map[string]any{}, i, make([]uint32, sigSize))
		m := props[propMinhash].(string)
		if len(m) != 854 {
			t.Errorf("minhash is %d characters, want 854", len(m))
		}
		sig, ok := decodeMinhash(m)
		if !ok {
			t.Fatalf("minhash %q does not decode", m)
		}
		if !slices.Equal(sig, run.sigs.get(i, make([]uint32, sigSize))) {
			t.Error("the signature changed on the way through minhash")
		}
		return arts[i].ID, arts[i].Published, props[propShingles].(int), sig
	}

	var mixed storyIndex // the first seed in the run, the second stored
	mixed.add(arts[0])
	id, published, size, sig := stored(1)
	mixed.addStored(id, published, size, sig)
	if got := mixed.pairs(); !reflect.DeepEqual(got, want) {
		t.Errorf("run and stored: %v, want %v", got, want)
	}

	var both storyIndex // both stored: their link was made before
	for i := range arts {
		both.addStored(stored(i))
	}
	if got := both.pairs(); len(got) != 0 {
		t.Errorf("two stored articles linked: %v", got)
	}
	if _, ok := decodeMinhash(""); ok {
		t.Error("an empty minhash decodes")
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
