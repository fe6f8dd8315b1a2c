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

// testWeek is the two test articles, a week of Wikipedia's current-events
// digest (some 150 items) and two retellings of the first test article:
// real text with many shared entities, pairs and events across articles,
// and SAME_STORY links.
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
		if weekErr != nil {
			return
		}
		// Two retellings of the first seed (2025-01-05) at the end, so that
		// SAME_STORY links run between articles far apart in the input and
		// the date rule has work: "near", three days later, is one story
		// with both seeds; "far", fifteen days after the seed and twelve
		// after near, only with the undated second seed.
		seed := week.arts[0]
		paras := strings.Split(seed.Text, "\n\n")
		for _, v := range []struct {
			id, published string
			text          []string
		}{
			{"variant:near", "2025-01-08", paras[2:]},
			{"variant:far", "2025-01-20", paras[:len(paras)-2]},
		} {
			a := seed
			a.ID, a.Published, a.Text = v.id, v.published, strings.Join(v.text, "\n\n")
			a.SHA256 = article.Hash(a.Text)
			week.arts = append(week.arts, a)
			week.anals = append(week.anals, x.Analyze(a.Text, a.Published))
		}
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
		if err := l.Add(ctx, a.arts[i], a.anals[i]); err != nil {
			t.Fatalf("adding %s: %v", a.arts[i].ID, err)
		}
	}
	if err := l.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	return l.Stats()
}

// loadChecked loads a into s as 'newsgraph load' does: each run of 128
// articles is checked against the store first, and only those Check says
// need it are analysed (here: their analysis is taken) and given to Add.
// It returns the stats and how many articles were analysed.
func loadChecked(t *testing.T, s graph.Store, a analysed, batchSize int) (graph.LoadStats, int) {
	t.Helper()
	ctx := context.Background()
	l := graph.NewLoader(s, batchSize)
	analysedN := 0
	for from := 0; from < len(a.arts); from += 128 {
		to := min(from+128, len(a.arts))
		known, err := l.Check(ctx, a.arts[from:to])
		if err != nil {
			t.Fatal(err)
		}
		for i, k := range known {
			art := a.arts[from+i]
			if k != graph.NeedsAnalysis {
				l.AddKnown(art, k)
				continue
			}
			analysedN++
			if err := l.Add(ctx, art, a.anals[from+i]); err != nil {
				t.Fatalf("adding %s: %v", art.ID, err)
			}
		}
	}
	if err := l.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	return l.Stats(), analysedN
}

// sameStory is the SAME_STORY links of g, as "start end".
func sameStory(g *graph.Graph) []string {
	var out []string
	for _, r := range g.Relationships {
		if r.Type == graph.RelSameStory {
			out = append(out, r.Start+" "+r.End)
		}
	}
	return out
}

func linkedTo(g *graph.Graph, a, b string) bool {
	if b < a {
		a, b = b, a
	}
	return slices.Contains(sameStory(g), a+" "+b)
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
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		w := testWeek(t)
		s := newStore()
		stats := load(t, s, w, 300) // many batches: articles meet stored state
		if stats.Batches < 5 {
			t.Fatalf("only %d batches; the test wants many", stats.Batches)
		}
		t.Logf("%d articles in %d batches, %d rows", len(w.arts), stats.Batches, stats.Rows)
		sameGraph(t, "loaded in batches vs built at once", s.Graph(), built(w))
	})
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		w := testWeek(t)
		s := newStore()
		load(t, s, w, 1000)
		first := s.Graph()
		if len(sameStory(first)) < 4 {
			t.Fatalf("SAME_STORY %v: want the seeds and their retellings linked", sameStory(first))
		}
		stats := load(t, s, w, 1000)
		if stats.Added+stats.Replaced != 0 || stats.Unchanged != len(w.arts)-stats.Duplicates {
			t.Errorf("second load: %+v, want every article unchanged", stats)
		}
		if stats.Rows != 0 {
			t.Errorf("second load wrote %d rows, want none (links included)", stats.Rows)
		}
		sameGraph(t, "after the second load", s.Graph(), first)
	})
}

// Loading A then B gives the graph of A and B at once, SAME_STORY
// included: B's articles link to A's stored ones.
func TestLoadAThenB(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		defer graph.SetStoryPage(7)() // many pages of stored articles
		w := testWeek(t)
		want := built(w)
		var odd, even analysed
		for i := range w.arts {
			half := &even
			if i%2 == 1 {
				half = &odd
			}
			half.arts = append(half.arts, w.arts[i])
			half.anals = append(half.anals, w.anals[i])
		}
		var rest analysed // all but the first seed and near
		for i := range w.arts {
			if i != 0 && w.arts[i].ID != "variant:near" {
				rest.arts = append(rest.arts, w.arts[i])
				rest.anals = append(rest.anals, w.anals[i])
			}
		}
		for _, split := range []struct {
			name string
			runs []analysed
		}{
			{"halves", []analysed{w.slice(0, len(w.arts)/2), w.slice(len(w.arts)/2, len(w.arts))}},
			{"even then odd", []analysed{even, odd}},
			{"odd then even", []analysed{odd, even}},
			{"seed, seed, rest", []analysed{w.slice(1, 2), w.slice(0, 1), w.slice(2, len(w.arts))}},
			// near alone, three days after the stored seed: the window reaches it.
			{"seed, near, rest", []analysed{w.slice(0, 1), w.slice(len(w.arts)-2, len(w.arts)-1), rest}},
		} {
			for _, checked := range []bool{false, true} {
				s := newStore()
				runOf := map[string]int{}
				for r, run := range split.runs {
					if checked {
						loadChecked(t, s, run, 500)
					} else {
						load(t, s, run, 500)
					}
					for _, a := range run.arts {
						runOf[a.ID] = r
					}
				}
				got := s.Graph()
				across := 0
				for _, l := range sameStory(got) {
					ends := strings.Fields(l)
					if runOf[ends[0]] != runOf[ends[1]] {
						across++
					}
				}
				if across == 0 {
					t.Errorf("%s: no SAME_STORY link between runs; the test needs some", split.name)
				}
				sameGraph(t, fmt.Sprintf("%s (checked %v), A then B vs A+B", split.name, checked), got, want)
			}
		}
	})
}

// The date rule: a link needs the two published at most seven days apart,
// unless one is undated; loading applies it as building does.
func TestLoadAppliesTheDateRule(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		w := testWeek(t)
		s := newStore()
		load(t, s, w.slice(0, len(w.arts)-1), 500)
		load(t, s, w.slice(len(w.arts)-1, len(w.arts)), 500) // far alone
		g := s.Graph()
		seed0, seed1 := w.arts[0].ID, w.arts[1].ID
		for _, c := range []struct {
			a, b string
			want bool
		}{
			{seed0, seed1, true},                   // 2025-01-05 and undated
			{seed0, "variant:near", true},          // three days
			{seed1, "variant:near", true},          // undated
			{seed1, "variant:far", true},           // undated
			{seed0, "variant:far", false},          // fifteen days
			{"variant:near", "variant:far", false}, // twelve days
		} {
			if linkedTo(g, c.a, c.b) != c.want {
				t.Errorf("%s and %s: linked %v, want %v", c.a, c.b, !c.want, c.want)
			}
		}
		sameGraph(t, "loaded vs built", g, built(w))
	})
}

// A changed article (same id, new text) replaces its old share.
func TestChangedArticleReplacesItsShare(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		w := testWeek(t)
		s := newStore()
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
		got := s.Graph()
		// Its links are made anew: to the stored second seed and near, with
		// the new text's similarity.
		for _, other := range []string{w.arts[1].ID, "variant:near"} {
			if !linkedTo(got, a.ID, other) {
				t.Errorf("the changed seed is not linked to %s", other)
			}
		}
		sameGraph(t, "after replacing the first seed", got, built(changed))
	})
}

func TestDeleteTakesAwayOnlyItsShare(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		w := testWeek(t)
		s := newStore()
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
		got := s.Graph()
		for _, l := range sameStory(got) {
			if slices.Contains(gone, strings.Fields(l)[0]) || slices.Contains(gone, strings.Fields(l)[1]) {
				t.Errorf("SAME_STORY %s outlives a deleted article", l)
			}
		}
		sameGraph(t, "after delete", got, built(rest))
	})
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
		if err = l.Add(ctx, w.arts[i], w.anals[i]); err != nil {
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
// those are counted, and nothing changes: no row is written.
func TestUnchangedArticlesNeedNoAnalysis(t *testing.T) {
	w := testWeek(t)
	s := newMemStore()
	load(t, s, w, 1000)
	before := s.Graph()

	arts := append([]article.Article{}, w.arts...)
	arts[3].SHA256 = "edited"
	ctx := context.Background()
	l := graph.NewLoader(s, 1000)
	known, err := l.Check(ctx, append(arts, article.Article{ID: "article:new", SHA256: "x"}))
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range known {
		if want := i != 3 && i < len(arts); (k == graph.StoredAsIs) != want {
			t.Errorf("article %d: %v, want StoredAsIs %v", i, k, want)
		}
	}

	s.storyPages = 0
	stats, n := loadChecked(t, s, w, 1000)
	if n != 0 || stats.Unchanged+stats.Duplicates != len(w.arts) || stats.Batches != 0 || stats.Rows != 0 || s.storyPages != 0 {
		t.Errorf("%d analysed, stats %+v, %d pages of stored articles read", n, stats, s.storyPages)
	}
	sameGraph(t, "after a re-run of unchanged articles", s.Graph(), before)
}

// The same text under a new id in a later run is a duplicate, found
// before analysis; on another day it is another report.
func TestCopyInALaterRunIsADuplicate(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		w := testWeek(t)
		s := newStore()
		load(t, s, w, 1000)
		before := s.Graph()

		cp := w.arts[0]
		cp.ID = "copy:seed"
		again := cp
		again.ID, again.Published = "copy:later", "2025-02-01"
		later := analysed{[]article.Article{cp, again}, []nlp.Analysis{w.anals[0], w.anals[0]}}

		ctx := context.Background()
		known, err := graph.NewLoader(s, 1000).Check(ctx, later.arts)
		if err != nil {
			t.Fatal(err)
		}
		if known[0] != graph.DuplicateOfStored || known[1] != graph.NeedsAnalysis {
			t.Errorf("Check: %v, want the copy a duplicate and the one of another day to analyse", known)
		}
		stats, n := loadChecked(t, s, later.slice(0, 1), 1000)
		if n != 0 || stats.Duplicates != 1 || stats.Rows != 0 {
			t.Errorf("%d analysed, stats %+v: want the copy a duplicate with no analysis", n, stats)
		}
		sameGraph(t, "after the copy", s.Graph(), before)

		// Given to Add without Check, the batch finds it the same way.
		if stats := load(t, s, later.slice(0, 1), 1000); stats.Duplicates != 1 || stats.Rows != 0 {
			t.Errorf("added: stats %+v, want a duplicate", stats)
		}
		sameGraph(t, "after the copy added", s.Graph(), before)

		// On another day it is an article, and one story with the seeds.
		if stats := load(t, s, later.slice(1, 2), 1000); stats.Added != 1 {
			t.Errorf("stats %+v: want the copy of another day added", stats)
		}
		if got := s.Graph(); !linkedTo(got, again.ID, w.arts[1].ID) {
			t.Errorf("the copy of another day is not linked to the undated seed: %v", sameStory(got))
		}
	})
}

// A load cut off after some batches committed, before Finish made their
// links: the re-run makes them without analysing those articles again.
func TestLinksOfAnInterruptedLoadAreMadeByTheNextRun(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		w := testWeek(t)
		s := newStore()
		ctx := context.Background()
		l := graph.NewLoader(s, 300)
		for i := range w.arts {
			if err := l.Add(ctx, w.arts[i], w.anals[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := l.Flush(ctx); err != nil { // and no Finish
			t.Fatal(err)
		}
		if got := sameStory(s.Graph()); len(got) != 0 {
			t.Fatalf("links before Finish: %v", got)
		}
		stats, n := loadChecked(t, s, w, 300)
		if n != 0 || stats.Added+stats.Replaced != 0 {
			t.Errorf("re-run analysed %d, stats %+v: want every article known", n, stats)
		}
		sameGraph(t, "after the re-run", s.Graph(), built(w))
	})
}

// An id given twice with different texts: the last version wins, in one
// batch, across batches and across runs, as in a build.
func TestLastVersionWins(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		w := testWeek(t)
		x, err := nlp.NewExtractor()
		if err != nil {
			t.Fatal(err)
		}
		v := w.arts[0]
		v.Text = strings.Join(strings.Split(v.Text, "\n\n")[4:], "\n\n")
		v.SHA256 = article.Hash(v.Text)
		seq := analysed{append([]article.Article{}, w.arts...), append([]nlp.Analysis{}, w.anals...)}
		seq.arts = append(seq.arts, v)
		seq.anals = append(seq.anals, x.Analyze(v.Text, v.Published))
		var last analysed // what stays: the first seed's last version
		last.arts = append([]article.Article{v}, w.arts[1:]...)
		last.anals = append([]nlp.Analysis{seq.anals[len(seq.anals)-1]}, w.anals[1:]...)
		want := built(last)
		sameGraph(t, "built with the seed twice", built(seq), want)
		for _, batch := range []int{100000, 300} {
			s := newStore()
			if st := load(t, s, seq, batch); st.Replaced != 1 {
				t.Errorf("batch %d: stats %+v, want one replaced", batch, st)
			}
			sameGraph(t, fmt.Sprintf("loaded in batches of %d", batch), s.Graph(), want)
			s = newStore()
			loadChecked(t, s, seq, batch)
			sameGraph(t, fmt.Sprintf("loaded with checks in batches of %d", batch), s.Graph(), want)
		}
	})
}

// Check answers for the store as the articles before each one will have
// left it: an article whose id, or whose stored copy's id, comes earlier in
// the run and is not committed yet gets analysed, and the batch decides.
func TestCheckWaitsForArticlesUnderWay(t *testing.T) {
	w := testWeek(t)
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	seed := w.arts[0]
	v := seed
	v.Text = strings.Join(strings.Split(v.Text, "\n\n")[4:], "\n\n")
	v.SHA256 = article.Hash(v.Text)
	cp := seed
	cp.ID = "copy:seed"
	vAn := x.Analyze(v.Text, v.Published)
	for _, c := range []struct {
		name string
		run  analysed
	}{
		// Back to the stored version: the third must not be taken as stored as it is.
		{"changed and back", analysed{[]article.Article{seed, v, seed}, []nlp.Analysis{w.anals[0], vAn, w.anals[0]}}},
		// The stored holder of the text changes first: the copy is no duplicate.
		{"holder changes", analysed{[]article.Article{v, cp}, []nlp.Analysis{vAn, w.anals[0]}}},
	} {
		s := newMemStore()
		load(t, s, w, 1000)
		loadChecked(t, s, c.run, 1000)
		all := analysed{append(append([]article.Article{}, w.arts...), c.run.arts...), append(append([]nlp.Analysis{}, w.anals...), c.run.anals...)}
		sameGraph(t, c.name, s.Graph(), built(all))
	}
}

func sortedIDs(ids []string) []string {
	out := append([]string{}, ids...)
	slices.Sort(out)
	return out
}

// A corrected title or date with the same text is a changed article: the
// graph shows the title, and event dates come from the date.
func TestChangedDateReplacesTheArticle(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func() testStore) {
		w := testWeek(t)
		s := newStore()
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
		sameGraph(t, "after the new date", s.Graph(), built(changed))
	})
}
