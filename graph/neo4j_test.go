package graph_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// openTestNeo4j connects to the test server with an empty database and the
// schema in place; it skips with one line when there is no server.
func openTestNeo4j(t *testing.T) *graph.Neo4j {
	t.Helper()
	cfg := graphtest.Neo4j(t)
	ctx := context.Background()
	db, err := graph.OpenNeo4j(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(ctx) })
	if n, _ := db.Count(ctx, "MATCH (n) RETURN count(n)"); n != 0 && os.Getenv("NEO4J_URI") != "" {
		t.Skipf("the database at %s is not empty (%d nodes); point NEO4J_URI at an empty one", cfg.URI, n)
	}
	if err := db.Schema(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}

// emptyDatabase removes everything the previous step loaded.
func emptyDatabase(t *testing.T, db *graph.Neo4j) {
	t.Helper()
	if _, err := db.Count(context.Background(), "MATCH (n) DETACH DELETE n RETURN count(*)"); err != nil {
		t.Fatal(err)
	}
}

// stored reads back the whole graph in the database.
func readBack(t *testing.T, db *graph.Neo4j) *graph.Graph {
	t.Helper()
	g, err := db.ReadGraph(context.Background(), graph.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestLoadIntoNeo4j checks the loader's properties against a real server,
// the same ones load_test.go checks on an in-memory store: loading twice
// changes nothing; A then B gives A+B; a changed article replaces its
// share; delete takes away only an article's share; a load cut off
// mid-way completes when run again.
func TestLoadIntoNeo4j(t *testing.T) {
	db := openTestNeo4j(t)
	w := testWeek(t)
	ctx := context.Background()

	t.Run("twice", func(t *testing.T) {
		emptyDatabase(t, db)
		load(t, db, w, 1000)
		first := readBack(t, db)
		sameGraph(t, "loaded vs built", first, built(w))
		load(t, db, w, 1000)
		sameGraph(t, "after the second load", readBack(t, db), first)
	})
	t.Run("A then B", func(t *testing.T) {
		emptyDatabase(t, db)
		half := len(w.arts) / 2
		load(t, db, w.slice(0, half), 500)
		load(t, db, w.slice(half, len(w.arts)), 500)
		sameGraph(t, "A then B vs A+B", readBack(t, db), built(w))
	})
	t.Run("delete", func(t *testing.T) {
		emptyDatabase(t, db)
		load(t, db, w, 1000)
		gone := w.arts[1].ID
		if _, err := graph.Delete(ctx, db, []string{gone}); err != nil {
			t.Fatal(err)
		}
		var rest analysed
		for i := range w.arts {
			if w.arts[i].ID != gone {
				rest.arts = append(rest.arts, w.arts[i])
				rest.anals = append(rest.anals, w.anals[i])
			}
		}
		sameGraph(t, "after delete", readBack(t, db), built(rest))
	})
	t.Run("surnames", func(t *testing.T) {
		checkSurnameLinks(t, func() testStore {
			emptyDatabase(t, db)
			return neo4jTestStore{db, t}
		})
	})
	t.Run("cancelled then resumed", func(t *testing.T) {
		emptyDatabase(t, db)
		cctx, cancel := context.WithCancel(ctx)
		defer cancel()
		l := graph.NewLoader(db, 300)
		for i := range w.arts {
			if i == len(w.arts)/2 {
				cancel() // Ctrl-C: the command stops adding and does not finish
				break
			}
			if err := l.Add(cctx, w.arts[i], w.anals[i]); err != nil {
				t.Fatal(err)
			}
		}
		load(t, db, w, 300)
		sameGraph(t, "after the re-run", readBack(t, db), built(w))
	})
}

// neo4jTestStore reads the database back as a testStore.
type neo4jTestStore struct {
	*graph.Neo4j
	t *testing.T
}

func (s neo4jTestStore) Graph() *graph.Graph { return readBack(s.t, s.Neo4j) }

// TestOpenNeo4jNamesTheSetting checks the message for an unreachable server
// names the setting to fix; it needs no server.
func TestOpenNeo4jNamesTheSetting(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err := graph.OpenNeo4j(ctx, graph.Neo4jConfig{URI: "neo4j://127.0.0.1:1", Username: "neo4j", Password: "x"})
	if err == nil {
		t.Fatal("connected to nothing")
	}
	if !strings.Contains(err.Error(), "NEO4J_URI") || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("error does not name the setting: %v", err)
	}
	_, err = graph.OpenNeo4j(ctx, graph.Neo4jConfig{URI: "http//bad", Password: "x"})
	if err == nil || !strings.Contains(err.Error(), "NEO4J_URI") {
		t.Fatalf("bad URI error: %v", err)
	}
}
