package graph_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// recordedDB is a graph as a Neo4j server holds and returns it: element ids
// that are not newsgraph ids, labels in the server's order, int64 numbers
// and []any lists. It answers the export statements as the Cypher in
// cypher/queries/export_*.cypher does, so ReadGraph can be tested without a
// server.
type recordedDB struct {
	nodes []neo4j.Node
	rels  []neo4j.Relationship
	byID  map[string]neo4j.Node // element id -> node
	calls []string
}

func recordDB(g *graph.Graph) *recordedDB {
	db := &recordedDB{byID: map[string]neo4j.Node{}}
	eid := map[string]string{}
	// The server's order is not the Builder's: walk the nodes backwards.
	for i := len(g.Nodes) - 1; i >= 0; i-- {
		n := g.Nodes[i]
		labels := slices.Clone(n.Labels)
		slices.Reverse(labels) // e.g. [Person Entity]
		node := neo4j.Node{ElementId: fmt.Sprintf("4:db:%d", len(db.nodes)), Labels: labels, Props: stored(n.Properties)}
		eid[n.ID] = node.ElementId
		db.nodes = append(db.nodes, node)
		db.byID[node.ElementId] = node
	}
	for i, r := range g.Relationships {
		db.rels = append(db.rels, neo4j.Relationship{ElementId: fmt.Sprintf("5:db:%d", i), Type: r.Type,
			StartElementId: eid[r.Start], EndElementId: eid[r.End], Props: stored(r.Properties)})
	}
	return db
}

// stored converts property values to the types the driver returns.
func stored(props map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range props {
		switch x := v.(type) {
		case int:
			out[k] = int64(x)
		case []string:
			l := make([]any, len(x))
			for i, s := range x {
				l[i] = s
			}
			out[k] = l
		default:
			out[k] = v
		}
	}
	return out
}

func (db *recordedDB) Stream(_ context.Context, statement string, params map[string]any, fn func(*neo4j.Record) error) error {
	name := ""
	for _, q := range cypher.Queries() {
		if text, _ := cypher.Query(q); text == statement {
			name = q
		}
	}
	db.calls = append(db.calls, name)
	emit := func(key string, v any) error { return fn(&neo4j.Record{Keys: []string{key}, Values: []any{v}}) }
	inPeriod := func(n neo4j.Node) bool {
		p, _ := n.Props["published"].(string)
		since, _ := params["since"].(string)
		until, _ := params["until"].(string)
		return p != "" && p >= since && (until == "" || p <= until)
	}
	noPeriod := params["since"] == nil && params["until"] == nil
	var out []neo4j.Node
	switch name {
	case "export_all":
		for _, n := range db.nodes {
			emit("item", n)
		}
		for _, r := range db.rels {
			emit("item", r)
		}
		return nil
	case "export_entities":
		for _, w := range params["entities"].([]string) {
			for _, n := range db.nodes {
				if slices.Contains(n.Labels, "Entity") && (n.Props["id"] == w || n.Props["name"] == w) {
					out = append(out, n)
				}
			}
		}
	case "export_period":
		for _, n := range db.nodes {
			if slices.Contains(n.Labels, "Article") && inPeriod(n) {
				out = append(out, n)
				for _, r := range db.rels {
					if r.StartElementId == n.ElementId && (r.Type == "MENTIONS" || r.Type == "REPORTS") {
						out = append(out, db.byID[r.EndElementId])
					}
				}
			}
		}
	case "export_neighbours":
		for _, id := range params["ids"].([]string) {
			for _, r := range db.rels {
				other := ""
				if r.StartElementId == id {
					other = r.EndElementId
				} else if r.EndElementId == id {
					other = r.StartElementId
				}
				if m, ok := db.byID[other]; ok && (!slices.Contains(m.Labels, "Article") || noPeriod || inPeriod(m)) {
					out = append(out, m)
				}
			}
		}
	case "export_relationships":
		ids := params["ids"].([]string)
		for _, r := range db.rels {
			if slices.Contains(ids, r.StartElementId) && slices.Contains(ids, r.EndElementId) {
				emit("r", r)
			}
		}
		return nil
	default:
		return fmt.Errorf("recordedDB: unexpected statement %.60q", statement)
	}
	seen := map[string]bool{}
	for _, n := range out {
		if !seen[n.ElementId] {
			seen[n.ElementId] = true
			if err := emit("n", n); err != nil {
				return err
			}
		}
	}
	return nil
}

// written is a graph as every file writer writes it.
func written(t *testing.T, g *graph.Graph) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	var buf bytes.Buffer
	if err := graph.WriteJSON(&buf, g); err != nil {
		t.Fatal(err)
	}
	out["graph.json"] = bytes.Clone(buf.Bytes())
	buf.Reset()
	if err := graph.WriteGraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	out["graph.graphml"] = bytes.Clone(buf.Bytes())
	dir := t.TempDir()
	if err := graph.WriteAdminImport(dir, g); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out["neo4j-admin/"+filepath.Base(f)] = b
	}
	return out
}

// Export and build agree: the test articles' graph, as a loaded Neo4j
// returns it, reads back into the graph that was built, and every writer
// writes the same bytes for both.
func TestReadGraphEqualsBuiltGraph(t *testing.T) {
	built := graphtest.SeedGraph(t)
	db := recordDB(built)
	got, err := graph.ReadGraph(context.Background(), db, graph.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, built) {
		t.Errorf("read graph differs from the built graph:\n%s", got.Stats())
	}
	want := written(t, built)
	for name, b := range written(t, got) {
		if !bytes.Equal(b, want[name]) {
			t.Errorf("%s: export writes different bytes than build", name)
		}
	}
	if len(want) < 10 {
		t.Errorf("only %d files compared", len(want))
	}
}

// Around an entity: its neighbours, and only relationships inside the set.
func TestReadGraphAroundEntity(t *testing.T) {
	built := graphtest.SeedGraph(t)
	db := recordDB(built)
	got, err := graph.ReadGraph(context.Background(), db, graph.Selection{Entities: []string{"Volodymyr Zelensky"}, Depth: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"export_entities", "export_neighbours", "export_relationships"}
	if !reflect.DeepEqual(db.calls, want) {
		t.Errorf("statements run: %v, want %v", db.calls, want)
	}
	ids := map[string]bool{}
	for _, n := range got.Nodes {
		ids[n.ID] = true
	}
	for _, id := range []string{"person:volodymyr zelensky", "place:kursk", "place:makhnovka"} {
		if !ids[id] {
			t.Errorf("no %s around Zelensky", id)
		}
	}
	if len(got.Nodes) >= len(built.Nodes) {
		t.Errorf("depth 1 read the whole graph (%d nodes)", len(got.Nodes))
	}
	for _, r := range got.Relationships {
		if !ids[r.Start] || !ids[r.End] {
			t.Fatalf("relationship leaves the selection: %+v", r)
		}
	}
	if _, err := graph.ReadGraph(context.Background(), recordDB(built), graph.Selection{Entities: []string{"Nobody"}}); err == nil || !strings.Contains(err.Error(), "Nobody") {
		t.Errorf("unknown entity: %v", err)
	}
}

// A period keeps its dated articles and what they mention and report.
func TestReadGraphPeriod(t *testing.T) {
	built := graphtest.SeedGraph(t)
	got, err := graph.ReadGraph(context.Background(), recordDB(built), graph.Selection{Since: "2025-01-01", Until: "2025-01-31"})
	if err != nil {
		t.Fatal(err)
	}
	articles := 0
	for _, n := range got.Nodes {
		if n.Labels[0] == graph.LabelArticle {
			articles++
			if p, _ := n.Properties["published"].(string); p < "2025-01-01" || p > "2025-01-31" {
				t.Errorf("article %s published %q is outside the period", n.ID, p)
			}
		}
	}
	if articles == 0 || len(got.Relationships) == 0 {
		t.Fatalf("period read %d articles, %d relationships", articles, len(got.Relationships))
	}
}

// Paths, lists and maps in a record give up their nodes and relationships.
func TestCollectorLooksInside(t *testing.T) {
	a := neo4j.Node{ElementId: "n1", Labels: []string{"Place", "Entity"}, Props: map[string]any{"id": "place:kursk", "mentions": int64(2), "aliases": []any{"Kursk"}}}
	b := neo4j.Node{ElementId: "n2", Labels: []string{"Entity", "Person"}, Props: map[string]any{"id": "person:x"}}
	r := neo4j.Relationship{ElementId: "r1", StartElementId: "n2", EndElementId: "n1", Type: "CO_OCCURS_WITH", Props: map[string]any{"sentences": int64(1)}}
	c := graph.NewCollector()
	c.AddRecord(&neo4j.Record{Keys: []string{"p", "l"}, Values: []any{neo4j.Path{Nodes: []neo4j.Node{b, a}, Relationships: []neo4j.Relationship{r}}, []any{map[string]any{"x": a}, nil}}})
	g, err := c.Graph()
	if err != nil {
		t.Fatal(err)
	}
	want := &graph.Graph{
		Nodes: []graph.Node{
			{ID: "person:x", Labels: []string{"Entity", "Person"}, Properties: map[string]any{"id": "person:x"}},
			{ID: "place:kursk", Labels: []string{"Entity", "Place"}, Properties: map[string]any{"id": "place:kursk", "mentions": 2, "aliases": []string{"Kursk"}}},
		},
		Relationships: []graph.Relationship{{Type: "CO_OCCURS_WITH", Start: "person:x", End: "place:kursk", Properties: map[string]any{"sentences": 1}}},
	}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("got %+v\nwant %+v", g, want)
	}
	c.Add(neo4j.Node{ElementId: "n3", Labels: []string{"Other"}, Props: map[string]any{}})
	if _, err := c.Graph(); err == nil {
		t.Error("a node without an id was accepted")
	}
}
