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

// graphCounts are the numbers a load must reproduce exactly.
var graphCounts = map[string]string{
	"articles":       "MATCH (a:Article) RETURN count(a)",
	"persons":        "MATCH (e:Entity:Person) RETURN count(e)",
	"places":         "MATCH (e:Entity:Place) RETURN count(e)",
	"organizations":  "MATCH (e:Entity:Organization) RETURN count(e)",
	"events":         "MATCH (v:Event) RETURN count(v)",
	"mentions":       "MATCH ()-[r:MENTIONS]->() RETURN count(r)",
	"mention count":  "MATCH ()-[r:MENTIONS]->() RETURN sum(r.count)",
	"co-occurrences": "MATCH ()-[r:CO_OCCURS_WITH]->() RETURN count(r)",
	"shared sents":   "MATCH ()-[r:CO_OCCURS_WITH]->() RETURN sum(r.sentences)",
	"shared arts":    "MATCH ()-[r:CO_OCCURS_WITH]->() RETURN sum(r.articles)",
	"entity counts":  "MATCH (e:Entity) RETURN sum(e.mentions) + sum(e.articles)",
	"event edges":    "MATCH ()-[r:REPORTS|ACTOR_IN|TARGET_OF|OCCURRED_IN]->() RETURN count(r)",
}

// TestLoadTwiceIsIdempotent loads the test articles into a real Neo4j
// twice: every count after the second load equals the first, and equals
// the graph that was built.
func TestLoadTwiceIsIdempotent(t *testing.T) {
	cfg := graphtest.Neo4j(t)
	ctx := context.Background()
	db, err := graph.OpenNeo4j(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	if n, _ := db.Count(ctx, "MATCH (n) RETURN count(n)"); n != 0 && os.Getenv("NEO4J_URI") != "" {
		t.Skipf("the database at %s is not empty (%d nodes); point NEO4J_URI at an empty one", cfg.URI, n)
	}
	g := graphtest.SeedGraph(t)
	var first map[string]int64
	for run := 1; run <= 2; run++ {
		if err := db.WriteGraph(ctx, g); err != nil {
			t.Fatalf("load %d: %v", run, err)
		}
		counts := map[string]int64{}
		for name, q := range graphCounts {
			if counts[name], err = db.Count(ctx, q); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		if run == 1 {
			first = counts
			continue
		}
		for name, n := range counts {
			if n != first[name] {
				t.Errorf("%s: %d after the second load, %d after the first", name, n, first[name])
			}
		}
	}
	total, _ := db.Count(ctx, "MATCH (n) RETURN count(n)")
	if int(total) != len(g.Nodes) {
		t.Errorf("database has %d nodes, graph %d", total, len(g.Nodes))
	}
	rels, _ := db.Count(ctx, "MATCH ()-[r]->() RETURN count(r)")
	if int(rels) != len(g.Relationships) {
		t.Errorf("database has %d relationships, graph %d", rels, len(g.Relationships))
	}
}

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
