package graph_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// tiny is a small hand-made graph with the awkward values real text brings:
// quotes, commas, a semicolon, non-ASCII, a newline.
func tiny() *graph.Graph {
	return &graph.Graph{
		Nodes: []graph.Node{
			{ID: "a1", Labels: []string{graph.LabelArticle}, Properties: map[string]any{
				"id": "a1", "title": `Zelensky: "heavy" losses, Kursk; 1,000-km front`, "published": "2025-01-05", "sha256": "ab"}},
			{ID: "person:volodymyr zelensky", Labels: []string{graph.LabelEntity, graph.LabelPerson}, Properties: map[string]any{
				"id": "person:volodymyr zelensky", "name": "Volodymyr Zelensky", "aliases": []string{"Volodymyr Zelensky", "Zelensky"},
				"mentions": 3, "articles": 1}},
			{ID: "place:kursk", Labels: []string{graph.LabelEntity, graph.LabelPlace}, Properties: map[string]any{
				"id": "place:kursk", "name": "Kursk", "aliases": []string{"Kursk"}, "mentions": 2, "articles": 1}},
			{ID: "event:1", Labels: []string{graph.LabelEvent}, Properties: map[string]any{
				"id": "event:1", "type": "STATEMENT", "trigger": "said", "text": "Zelensky said.\nIt's Kyiv’s view", "confidence": 0.5}},
		},
		Relationships: []graph.Relationship{
			{Type: graph.RelActorIn, Start: "person:volodymyr zelensky", End: "event:1", Properties: map[string]any{}},
			{Type: graph.RelCoOccurs, Start: "person:volodymyr zelensky", End: "place:kursk", Properties: map[string]any{"sentences": 2, "articles": 1}},
			{Type: graph.RelMentions, Start: "a1", End: "person:volodymyr zelensky", Properties: map[string]any{"count": 3}},
			{Type: graph.RelMentions, Start: "a1", End: "place:kursk", Properties: map[string]any{"count": 2}},
			{Type: graph.RelOccurredIn, Start: "event:1", End: "place:kursk", Properties: map[string]any{}},
			{Type: graph.RelReports, Start: "a1", End: "event:1", Properties: map[string]any{}},
		},
	}
}

func golden(t *testing.T, name string, got []byte) { graphtest.Golden(t, *update, name, got) }

func TestFileWritersGolden(t *testing.T) {
	dir := t.TempDir()
	if err := (graph.Files{Dir: dir}).Write(tiny()); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"graph.json", "graph.graphml", "load.cypher",
		"neo4j-admin/import.sh", "neo4j-admin/persons.csv", "neo4j-admin/events.csv", "neo4j-admin/co_occurs_with.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "tiny."+strings.ReplaceAll(name, "/", "."), b)
	}
}

// The JSON file holds exactly the graph, in the documented shape.
func TestJSONRoundTrip(t *testing.T) {
	g := graphtest.SeedGraph(t)
	var buf bytes.Buffer
	if err := graph.WriteJSON(&buf, g); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Nodes []struct {
			ID         string         `json:"id"`
			Labels     []string       `json:"labels"`
			Properties map[string]any `json:"properties"`
		} `json:"nodes"`
		Relationships []struct {
			Type, Start, End string
			Properties       map[string]any `json:"properties"`
		} `json:"relationships"`
	}
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Nodes) != len(g.Nodes) || len(back.Relationships) != len(g.Relationships) {
		t.Fatalf("JSON has %d nodes and %d relationships, graph %d and %d",
			len(back.Nodes), len(back.Relationships), len(g.Nodes), len(g.Relationships))
	}
	for i, n := range back.Nodes {
		if n.ID != g.Nodes[i].ID || n.Properties["id"] != n.ID {
			t.Fatalf("node %d: %+v", i, n)
		}
	}
}

// GraphML is well-formed XML with every node and edge.
func TestGraphMLIsWellFormed(t *testing.T) {
	g := graphtest.SeedGraph(t)
	var buf bytes.Buffer
	if err := graph.WriteGraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Relationships) {
		t.Fatalf("GraphML has %d nodes and %d edges, graph %d and %d",
			len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Relationships))
	}
}

// The neo4j-admin CSVs hold every node and relationship once, with headers
// whose every column is filled consistently, and import.sh names each file.
func TestAdminImportFiles(t *testing.T) {
	g := graphtest.SeedGraph(t)
	dir := t.TempDir()
	if err := graph.WriteAdminImport(dir, g); err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(filepath.Join(dir, "import.sh"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(script), "neo4j-admin database import full") {
		t.Fatal("import.sh does not run neo4j-admin database import full")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	nodes, rels := 0, 0
	for _, f := range files {
		if !strings.Contains(string(script), "="+filepath.Base(f)) {
			t.Errorf("import.sh does not load %s", filepath.Base(f))
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		records, err := csv.NewReader(fh).ReadAll()
		fh.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		header := records[0]
		switch {
		case strings.HasPrefix(header[0], "id:ID("):
			nodes += len(records) - 1
		case strings.HasPrefix(header[0], ":START_ID("):
			rels += len(records) - 1
		default:
			t.Errorf("%s: header %v", f, header)
		}
	}
	if nodes != len(g.Nodes) || rels != len(g.Relationships) {
		t.Fatalf("CSVs hold %d nodes and %d relationships, graph %d and %d", nodes, rels, len(g.Nodes), len(g.Relationships))
	}
}

var errRead = errors.New("the store went away")

// failing is a Source that fails after some rows.
type failing struct {
	graph.Source
	after int
}

func (f failing) EachNode(fn func(graph.Node) error) error {
	n := 0
	return f.Source.EachNode(func(node graph.Node) error {
		if n++; n > f.after {
			return errRead
		}
		return fn(node)
	})
}

// A source that fails to read fails the file it was read for, by name.
func TestWritersNameTheFileOfAReadError(t *testing.T) {
	dir := t.TempDir()
	err := (graph.Files{Dir: dir}).Write(failing{tiny(), 2})
	if !errors.Is(err, errRead) || !strings.Contains(err.Error(), filepath.Join(dir, "graph.json")) {
		t.Errorf("Files.Write: %v", err)
	}
	admin := filepath.Join(dir, "neo4j-admin")
	err = graph.WriteAdminImport(admin, failing{tiny(), 2})
	if !errors.Is(err, errRead) || !strings.Contains(err.Error(), admin) {
		t.Errorf("WriteAdminImport: %v", err)
	}
	if _, err := graph.Stats(failing{tiny(), 2}); !errors.Is(err, errRead) {
		t.Errorf("Stats: %v", err)
	}
}

// brokenWriter fails every write.
type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// A writer whose output fails stops reading its source.
func TestWritersStopAtAWriteError(t *testing.T) {
	src := generated{articles: 2000, entities: 3000, events: 500, mentions: 5, coOccurs: 3, reports: 2}
	all := &counting{Source: src}
	graph.Stats(all)
	for _, tc := range []struct {
		name  string
		write func(io.Writer, graph.Source) error
		first int // rows read before the first write
	}{
		{"json", graph.WriteJSON, 0},
		{"graphml", graph.WriteGraphML, all.rows}, // a pass for the keys
		{"cypher", graph.WriteCypherScript, 0},
	} {
		c := &counting{Source: src}
		if err := tc.write(brokenWriter{}, c); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
		if c.rows > tc.first+1000 {
			t.Errorf("%s: read %d rows of %d after the output failed", tc.name, c.rows-tc.first, all.rows)
		}
	}
}

// counting counts the rows read from a Source.
type counting struct {
	graph.Source
	rows int
}

func (c *counting) EachNode(fn func(graph.Node) error) error {
	return c.Source.EachNode(func(n graph.Node) error { c.rows++; return fn(n) })
}

func (c *counting) EachRelationship(fn func(graph.Relationship) error) error {
	return c.Source.EachRelationship(func(r graph.Relationship) error { c.rows++; return fn(r) })
}

// Stats counts a Source as (*Graph).Stats counts a Graph.
func TestStatsOfASource(t *testing.T) {
	g := graphtest.SeedGraph(t)
	got, err := graph.Stats(g)
	if err != nil || got != g.Stats() {
		t.Fatalf("Stats: %q, %v; want %q", got, err, g.Stats())
	}
	if !strings.HasPrefix(got, "2 Article, 2 Person, 11 Place, 1 Organization, 34 Event, 20 MENTIONS") {
		t.Errorf("Stats: %q", got)
	}
}
