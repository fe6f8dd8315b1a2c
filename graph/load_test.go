package graph_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/nlp"
)

// The loader's properties, checked on the rows it writes into an in-memory
// store with the semantics of cypher/load (memstore_test.go). The same
// properties against a real Neo4j are in neo4j_test.go.

type analysed struct {
	arts  []article.Article
	anals []nlp.Analysis
}

func (a analysed) slice(from, to int) analysed {
	return analysed{a.arts[from:to], a.anals[from:to]}
}

var (
	weekOnce sync.Once
	week     analysed
	weekErr  error
)

// testWeek is the two test articles and a week of Wikipedia's current-events
// digest (some 200 items): real text with many shared entities, pairs and
// events across articles.
func testWeek(t *testing.T) analysed {
	t.Helper()
	weekOnce.Do(func() {
		arts, anals := graphtest.Seeds(t)
		week = analysed{append([]article.Article{}, arts...), append([]nlp.Analysis{}, anals...)}
		_, file, _, _ := runtime.Caller(0)
		dir := filepath.Join(filepath.Dir(file), "..", "..", "shared", "data", "corpus", "current-events")
		var paths []string
		for _, d := range []string{"01", "02", "03", "04", "05", "06", "07"} {
			paths = append(paths, filepath.Join(dir, "2025-01-"+d+"-index.md"))
		}
		x, err := nlp.NewExtractor()
		if err != nil {
			weekErr = err
			return
		}
		weekErr = article.Read(paths, article.Options{}, func(a article.Article) error {
			week.arts = append(week.arts, a)
			week.anals = append(week.anals, x.Analyze(a.Text, a.Published))
			return nil
		})
	})
	if weekErr != nil {
		t.Fatal(weekErr)
	}
	if len(week.arts) < 100 {
		t.Fatalf("read %d articles, want the seeds and a week of digest items", len(week.arts))
	}
	return week
}

// built is the graph of a set of articles built at once.
func built(a analysed) *graph.Graph {
	b := graph.NewBuilder()
	for i := range a.arts {
		b.Add(a.arts[i], a.anals[i])
	}
	return b.Graph()
}

// load loads a into s as one run, in batches of batchSize rows.
func load(t *testing.T, s graph.Store, a analysed, batchSize int) graph.LoadStats {
	t.Helper()
	ctx := context.Background()
	l := graph.NewLoader(s, batchSize)
	for i := range a.arts {
		if _, err := l.Add(ctx, a.arts[i], a.anals[i]); err != nil {
			t.Fatalf("adding %s: %v", a.arts[i].ID, err)
		}
	}
	if err := l.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	return l.Stats()
}

// withoutSameStory drops SAME_STORY: it links the articles of one run.
func withoutSameStory(g *graph.Graph) *graph.Graph {
	out := &graph.Graph{Nodes: g.Nodes, Relationships: []graph.Relationship{}}
	for _, r := range g.Relationships {
		if r.Type != graph.RelSameStory {
			out.Relationships = append(out.Relationships, r)
		}
	}
	return out
}

// sameGraph fails the test with the first differences between two graphs.
func sameGraph(t *testing.T, what string, got, want *graph.Graph) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	t.Errorf("%s: got %s\nwant %s", what, got.Stats(), want.Stats())
	index := func(g *graph.Graph) map[string]string {
		m := map[string]string{}
		for _, n := range g.Nodes {
			m["node "+n.ID] = strings.TrimSpace(sprint(n.Properties))
		}
		for _, r := range g.Relationships {
			m[r.Type+" "+r.Start+" -> "+r.End+" "+sprint(r.Properties["n"])] = sprint(r.Properties)
		}
		return m
	}
	g, w := index(got), index(want)
	shown := 0
	for k, v := range w {
		if g[k] != v && shown < 8 {
			t.Errorf("  %s\n    got  %s\n    want %s", k, g[k], v)
			shown++
		}
	}
	for k, v := range g {
		if _, ok := w[k]; !ok && shown < 8 {
			t.Errorf("  %s: extra %s", k, v)
			shown++
		}
	}
}

func sprint(v any) string { return strings.TrimSpace(strings.ReplaceAll(fmtV(v), "\n", " ")) }

func TestLoadEqualsBuild(t *testing.T) {
	w := testWeek(t)
	s := newMemStore()
	stats := load(t, s, w, 300) // many batches: articles meet stored state
	if stats.Batches < 5 {
		t.Fatalf("only %d batches; the test wants many", stats.Batches)
	}
	t.Logf("%d articles in %d batches, %d rows", len(w.arts), stats.Batches, stats.Rows)
	sameGraph(t, "loaded in batches vs built at once", s.Graph(), built(w))
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	w := testWeek(t)
	s := newMemStore()
	load(t, s, w, 1000)
	first := s.Graph()
	stats := load(t, s, w, 1000)
	if stats.Added+stats.Replaced != 0 || stats.Unchanged != len(w.arts)-stats.Duplicates {
		t.Errorf("second load: %+v, want every article unchanged", stats)
	}
	sameGraph(t, "after the second load", s.Graph(), first)
}

// Loading A then B gives the graph of A and B at once, but for SAME_STORY
// links between A and B, which only a run that sees both can make.
func TestLoadAThenB(t *testing.T) {
	w := testWeek(t)
	half := len(w.arts) / 2
	s := newMemStore()
	load(t, s, w.slice(0, half), 500)
	load(t, s, w.slice(half, len(w.arts)), 500)
	sameGraph(t, "A then B vs A+B", withoutSameStory(s.Graph()), withoutSameStory(built(w)))

	// The seeds are in A: A then B split the two test articles.
	s = newMemStore()
	load(t, s, w.slice(0, 1), 500)
	load(t, s, w.slice(1, 2), 500)
	sameGraph(t, "seed A then seed B", withoutSameStory(s.Graph()), withoutSameStory(built(w.slice(0, 2))))
}

// A changed article (same id, new text) replaces its old share.
func TestChangedArticleReplacesItsShare(t *testing.T) {
	w := testWeek(t)
	s := newMemStore()
	load(t, s, w, 1000)

	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	changed := w.slice(0, len(w.arts))
	changed.arts = append([]article.Article{}, w.arts...)
	changed.anals = append([]nlp.Analysis{}, w.anals...)
	a := changed.arts[0]
	cut := strings.Index(a.Text, "\n\n")
	if cut < 0 {
		t.Fatal("seed article has one paragraph")
	}
	a.Text = a.Text[cut+2:] // the first paragraph is gone
	a.SHA256 = "changed"
	changed.arts[0], changed.anals[0] = a, x.Analyze(a.Text, a.Published)

	stats := load(t, s, changed.slice(0, 1), 1000)
	if stats.Replaced != 1 {
		t.Fatalf("stats %+v, want one article replaced", stats)
	}
	sameGraph(t, "after replacing the first seed", withoutSameStory(s.Graph()), withoutSameStory(built(changed)))
}

func TestDeleteTakesAwayOnlyItsShare(t *testing.T) {
	w := testWeek(t)
	s := newMemStore()
	load(t, s, w, 1000)
	gone := []string{w.arts[1].ID, w.arts[5].ID, w.arts[40].ID}
	found, err := graph.Delete(context.Background(), s, append(gone, "article:none"))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sortedIDs(found), sortedIDs(gone)) {
		t.Errorf("found %v, want %v", found, gone)
	}
	var rest analysed
	for i := range w.arts {
		if !slices.Contains(gone, w.arts[i].ID) {
			rest.arts = append(rest.arts, w.arts[i])
			rest.anals = append(rest.anals, w.anals[i])
		}
	}
	sameGraph(t, "after delete", withoutSameStory(s.Graph()), withoutSameStory(built(rest)))
}

// A load that fails mid-way (a server that goes away) keeps the batches
// that committed, and a re-run completes it with nothing counted twice.
func TestInterruptedLoadCompletes(t *testing.T) {
	w := testWeek(t)
	s := newMemStore()
	s.failAfter = 3
	ctx := context.Background()
	l := graph.NewLoader(s, 300)
	var err error
	for i := range w.arts {
		if _, err = l.Add(ctx, w.arts[i], w.anals[i]); err != nil {
			break
		}
	}
	if err == nil {
		t.Fatal("the load did not fail")
	}
	if l.Stats().Batches != 3 {
		t.Fatalf("%d batches committed, want 3", l.Stats().Batches)
	}
	s.failAfter = 0
	stats := load(t, s, w, 300)
	if stats.Unchanged == 0 || stats.Added == 0 {
		t.Errorf("re-run %+v: want the committed articles unchanged and the rest added", stats)
	}
	sameGraph(t, "after the re-run", s.Graph(), built(w))
}

func fmtV(v any) string { return fmt.Sprintf("%v", v) }

// A re-run asks which articles are stored unchanged before analysing them;
// those are counted and still take part in SAME_STORY, and nothing changes.
func TestUnchangedArticlesNeedNoAnalysis(t *testing.T) {
	w := testWeek(t)
	s := newMemStore()
	load(t, s, w, 1000)
	before := s.Graph()

	arts := append([]article.Article{}, w.arts...)
	arts[3].SHA256 = "edited"
	ctx := context.Background()
	l := graph.NewLoader(s, 1000)
	known, err := l.Unchanged(ctx, append(arts, article.Article{ID: "article:new", SHA256: "x"}))
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range known {
		if want := i != 3 && i < len(arts); k != want {
			t.Errorf("article %d: unchanged = %v, want %v", i, k, want)
		}
	}
	for _, a := range w.arts {
		l.AddUnchanged(a)
	}
	if err := l.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	if st := l.Stats(); st.Unchanged+st.Duplicates != len(w.arts) || st.Batches != 0 {
		t.Errorf("stats %+v", st)
	}
	sameGraph(t, "after a re-run of unchanged articles", s.Graph(), before)
}

func sortedIDs(ids []string) []string {
	out := append([]string{}, ids...)
	slices.Sort(out)
	return out
}

// A corrected title or date with the same text is a changed article: the
// graph shows the title, and event dates come from the date.
func TestChangedDateReplacesTheArticle(t *testing.T) {
	w := testWeek(t)
	s := newMemStore()
	load(t, s, w.slice(0, 2), 1000)
	a := w.arts[0]
	a.Published = "2025-01-06"
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	changed := analysed{[]article.Article{a, w.arts[1]}, []nlp.Analysis{x.Analyze(a.Text, a.Published), w.anals[1]}}
	if st := load(t, s, changed, 1000); st.Replaced != 1 || st.Unchanged != 1 {
		t.Fatalf("stats %+v, want the redated article replaced and the other unchanged", st)
	}
	sameGraph(t, "after the new date", withoutSameStory(s.Graph()), withoutSameStory(built(changed)))
}
