package graph_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func newDiskStore(t *testing.T) *graph.DiskStore {
	t.Helper()
	s, err := graph.NewDiskStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

func diskGraph(t *testing.T, s *graph.DiskStore) *graph.Graph {
	t.Helper()
	g, err := s.Graph()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// The disk store `build` loads into gives the graph built in memory, and
// keeps the loader's properties: twice changes nothing, delete takes away
// only an article's share.
func TestDiskStoreLoadEqualsBuild(t *testing.T) {
	w := testWeek(t)
	s := newDiskStore(t)
	stats := load(t, s, w, 300)
	if stats.Batches < 5 {
		t.Fatalf("only %d batches; the test wants many", stats.Batches)
	}
	want := built(w)
	sameGraph(t, "loaded into the disk store in batches vs built at once", diskGraph(t, s), want)

	if st := load(t, s, w, 1000); st.Added+st.Replaced != 0 {
		t.Errorf("second load: %+v, want every article unchanged", st)
	}
	sameGraph(t, "after a second load", diskGraph(t, s), want)

	gone := []string{w.arts[1].ID, w.arts[5].ID, w.arts[40].ID}
	if _, err := graph.Delete(context.Background(), s, gone); err != nil {
		t.Fatal(err)
	}
	var rest analysed
	for i := range w.arts {
		if i != 1 && i != 5 && i != 40 {
			rest.arts = append(rest.arts, w.arts[i])
			rest.anals = append(rest.anals, w.anals[i])
		}
	}
	sameGraph(t, "after delete", withoutSameStory(diskGraph(t, s)), withoutSameStory(built(rest)))
}

// A then B into the disk store gives A+B (SAME_STORY aside, as in Neo4j).
func TestDiskStoreAThenB(t *testing.T) {
	w := testWeek(t)
	half := len(w.arts) / 2
	s := newDiskStore(t)
	load(t, s, w.slice(0, half), 500)
	load(t, s, w.slice(half, len(w.arts)), 500)
	sameGraph(t, "A then B vs A+B", withoutSameStory(diskGraph(t, s)), withoutSameStory(built(w)))
}
