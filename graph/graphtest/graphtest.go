// Package graphtest gives tests the two test articles' graph and a Neo4j
// to load it into, so that every package tests against the same ones.
package graphtest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/testcontainers/testcontainers-go"
	tcneo4j "github.com/testcontainers/testcontainers-go/modules/neo4j"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// Image is the server the project targets: the 5.26 LTS line.
const Image = "neo4j:5.26-community"

var (
	seedOnce  sync.Once
	seedArts  []article.Article
	seedAnals []nlp.Analysis
	seedErr   error
)

// Seeds reads and analyzes the two articles in testdata/articles, once for
// all the tests of a package.
func Seeds(t testing.TB) ([]article.Article, []nlp.Analysis) {
	t.Helper()
	seedOnce.Do(func() {
		x, err := nlp.NewExtractor()
		if err != nil {
			seedErr = err
			return
		}
		_, file, _, _ := runtime.Caller(0)
		dir := filepath.Join(filepath.Dir(file), "..", "..", "testdata", "articles")
		seedErr = article.Read([]string{dir}, article.Options{}, func(a article.Article) error {
			seedArts = append(seedArts, a)
			seedAnals = append(seedAnals, x.Analyze(a.Text, a.Published))
			return nil
		})
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	if len(seedArts) != 2 {
		t.Fatalf("read %d test articles, want 2", len(seedArts))
	}
	return seedArts, seedAnals
}

// SeedGraph is the graph of the two test articles.
func SeedGraph(t testing.TB) *graph.Graph {
	arts, anals := Seeds(t)
	b := graph.NewBuilder()
	for i := range arts {
		b.Add(arts[i], anals[i])
	}
	return b.Graph()
}

// Golden compares got with testdata/golden/NAME, or rewrites the file when
// update is set (each package's -update flag).
func Golden(t testing.TB, update bool, name string, got []byte) {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(file), "..", "..", "testdata", "golden", name)
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run the test with -update to rewrite it):\n%s", name, got)
	}
}

// LoadSeeds loads the two test articles into s, as 'newsgraph load' does.
func LoadSeeds(t testing.TB, s graph.Store) {
	t.Helper()
	arts, anals := Seeds(t)
	ctx := context.Background()
	l := graph.NewLoader(s, 0)
	for i := range arts {
		if err := l.Add(ctx, arts[i], anals[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Finish(ctx); err != nil {
		t.Fatal(err)
	}
}

// Neo4j returns a Neo4j to load into: the one NEO4J_URI names (with
// NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), else a fresh container
// through testcontainers-go. With neither, the test skips with one line.
func Neo4j(t *testing.T) graph.Neo4jConfig {
	t.Helper()
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		user := os.Getenv("NEO4J_USERNAME")
		if user == "" {
			user = "neo4j"
		}
		return graph.Neo4jConfig{URI: uri, Username: user,
			Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
	}
	if !dockerRunning() {
		t.Skip("no Neo4j: set NEO4J_URI (and NEO4J_PASSWORD) or run a Docker engine for testcontainers")
	}
	ctx := context.Background()
	const password = "newsgraph-test"
	c, err := tcneo4j.Run(ctx, Image, tcneo4j.WithAdminPassword(password))
	t.Cleanup(func() { testcontainers.TerminateContainer(c) })
	if err != nil {
		t.Fatalf("starting %s: %v", Image, err)
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
