package graph_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/testcontainers/testcontainers-go"
	tcneo4j "github.com/testcontainers/testcontainers-go/modules/neo4j"

	"github.com/newsgraph/newsgraph/graph"
)

// neo4jImage is the server the project targets: the 5.26 LTS line.
const neo4jImage = "neo4j:5.26-community"

// testNeo4j returns a Neo4j to load into: the one NEO4J_URI names (with
// NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), else a fresh container
// through testcontainers-go. With neither, the test skips with one line.
func testNeo4j(t *testing.T) graph.Neo4jConfig {
	t.Helper()
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		return graph.Neo4jConfig{URI: uri, Username: envOr("NEO4J_USERNAME", "neo4j"),
			Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
	}
	if !dockerRunning() {
		t.Skip("no Neo4j: set NEO4J_URI (and NEO4J_PASSWORD) or run a Docker engine for testcontainers")
	}
	ctx := context.Background()
	const password = "newsgraph-test"
	c, err := tcneo4j.Run(ctx, neo4jImage, tcneo4j.WithAdminPassword(password))
	t.Cleanup(func() { testcontainers.TerminateContainer(c) })
	if err != nil {
		t.Fatalf("starting %s: %v", neo4jImage, err)
	}
	uri, err := c.BoltUrl(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return graph.Neo4jConfig{URI: uri, Username: "neo4j", Password: password}
}

func dockerRunning() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p, err := testcontainers.ProviderDocker.GetProvider()
	if err != nil {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return p.Health(ctx) == nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

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
	cfg := testNeo4j(t)
	ctx := context.Background()
	db, err := graph.OpenNeo4j(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	if n, _ := db.Count(ctx, "MATCH (n) RETURN count(n)"); n != 0 && os.Getenv("NEO4J_URI") != "" {
		t.Skipf("the database at %s is not empty (%d nodes); point NEO4J_URI at an empty one", cfg.URI, n)
	}
	g := seedGraph(t)
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
