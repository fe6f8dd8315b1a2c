package graph_test

import (
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
