package graph_test

import (
	"context"
	"reflect"
	"strings"
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

// testStore is a Store the tests read back whole.
type testStore interface {
	graph.Store
	Graph() *graph.Graph
}

type diskTestStore struct {
	*graph.DiskStore
	t *testing.T
}

func (s diskTestStore) Graph() *graph.Graph { return diskGraph(s.t, s.DiskStore) }

// eachStore runs a test of the loader's properties on each Store the tests
// have: the in-memory one with cypher/load's semantics, and the disk store
// build loads into.
func eachStore(t *testing.T, test func(t *testing.T, newStore func() testStore)) {
	t.Run("memory", func(t *testing.T) { test(t, func() testStore { return newMemStore() }) })
	t.Run("disk", func(t *testing.T) { test(t, func() testStore { return diskTestStore{newDiskStore(t), t} }) })
}

// The disk store's events lookup (SQL) and the in-memory one (the rule in
// Go) find the same events for keys of every date precision, with and
// without actors, targets and places, on a week of real events and on reports dated
// only by month or year.
func TestDiskStoreEventsLookupAsCypher(t *testing.T) {
	w := testWeek(t)
	mem, disk := newMemStore(), newDiskStore(t)
	extra := &graph.Graph{
		Nodes: []graph.Node{
			{ID: "article:vague", Labels: []string{graph.LabelArticle}, Properties: map[string]any{"id": "article:vague", "sha256": "v"}},
			{ID: "event:month", Labels: []string{graph.LabelEvent}, Properties: map[string]any{"id": "event:month", "type": "ASSAULT"}},
			{ID: "event:year", Labels: []string{graph.LabelEvent}, Properties: map[string]any{"id": "event:year", "type": "ASSAULT"}},
			{ID: "place:gaza", Labels: []string{graph.LabelEntity, graph.LabelPlace}, Properties: map[string]any{"id": "place:gaza", "name": "Gaza"}},
		},
		Relationships: []graph.Relationship{
			{Type: graph.RelReports, Start: "article:vague", End: "event:month", Properties: map[string]any{"n": 0, "date": "2025-01"}},
			{Type: graph.RelReports, Start: "article:vague", End: "event:year", Properties: map[string]any{"n": 1, "date": "2025"}},
			{Type: graph.RelOccurredIn, Start: "event:month", End: "place:gaza", Properties: map[string]any{}},
			{Type: graph.RelOccurredIn, Start: "event:year", End: "place:gaza", Properties: map[string]any{}},
		},
	}
	for _, s := range []testStore{mem, diskTestStore{disk, t}} {
		load(t, s, w, 1000)
		if err := s.Update(context.Background(), func(tx graph.Tx) error { return tx.Write(&graph.Changes{Upsert: extra}) }); err != nil {
			t.Fatal(err)
		}
	}
	events := eventSummaries(mem.nodes, mem.rels)
	var keys []graph.EventKey
	for _, ev := range events {
		for _, actors := range [][]string{ev.actors, nil, {"person:nobody"}} {
			for _, targets := range [][]string{ev.targets, nil} {
				if len(actors) == 0 && len(targets) == 0 && ev.place == "" {
					continue // a bare report has no key
				}
				for _, d := range append(ev.dates, "2025-01-03", "2025-01", "2025", "") {
					k := graph.EventKey{Type: ev.typ, Place: ev.place, Actors: actors, Targets: targets, Dates: []string{}}
					switch len(d) {
					case 0:
						k.Undated = true
					case len("2025-01-03"):
						k.Dates = []string{d, d[:7], d[:4]} // the day and its month and year; neighbours come from other keys
					case len("2025-01"):
						k.Dates, k.Prefix = []string{d[:4]}, d
					default:
						k.Prefix = d
					}
					keys = append(keys, k)
				}
			}
		}
	}
	found := 0
	for _, k := range keys {
		var got, want *graph.Graph
		if err := disk.Update(context.Background(), func(tx graph.Tx) (err error) { got, err = tx.Events([]graph.EventKey{k}, nil); return }); err != nil {
			t.Fatal(err)
		}
		if err := mem.Update(context.Background(), func(tx graph.Tx) (err error) { want, err = tx.Events([]graph.EventKey{k}, nil); return }); err != nil {
			t.Fatal(err)
		}
		if len(want.Nodes) > 0 {
			found++
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("key %+v: disk store found %d nodes, the rule %d", k, len(got.Nodes), len(want.Nodes))
		}
	}
	if found < len(keys)/4 {
		t.Errorf("only %d of %d keys found an event; the test wants most to", found, len(keys))
	}
}

// A relationship to a node that is not stored is the loader's bug: the
// write fails rather than leave it dangling in the files.
func TestDiskStoreRefusesARelationshipToNowhere(t *testing.T) {
	s := newDiskStore(t)
	g := &graph.Graph{
		Nodes:         []graph.Node{{ID: "article:a", Labels: []string{graph.LabelArticle}, Properties: map[string]any{"id": "article:a", "sha256": "a"}}},
		Relationships: []graph.Relationship{{Type: graph.RelMentions, Start: "article:a", End: "person:nobody", Properties: map[string]any{"count": 1}}},
	}
	err := s.Update(context.Background(), func(tx graph.Tx) error { return tx.Write(&graph.Changes{Upsert: g}) })
	if err == nil || !strings.Contains(err.Error(), "person:nobody") {
		t.Fatalf("err = %v, want one naming the missing end", err)
	}
	if got := diskGraph(t, s); len(got.Nodes) != 0 {
		t.Errorf("the failed transaction left %d nodes", len(got.Nodes))
	}
}
