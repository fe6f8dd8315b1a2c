package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
)

// recordedExport is what export_all returns for a small graph, as the
// driver hands it over: one node or relationship a record, labels in the
// server's order, int64 and []any values, element ids.
func recordedExport() []*neo4j.Record {
	item := func(v any) *neo4j.Record { return &neo4j.Record{Keys: []string{"item"}, Values: []any{v}} }
	return []*neo4j.Record{
		item(neo4j.Node{ElementId: "4:x:2", Labels: []string{"Place", "Entity"}, Props: map[string]any{
			"id": "place:kursk", "name": "Kursk", "aliases": []any{"Kursk"}, "mentions": int64(7), "articles": int64(2)}}),
		item(neo4j.Node{ElementId: "4:x:1", Labels: []string{"Person", "Entity"}, Props: map[string]any{
			"id": "person:volodymyr zelensky", "name": "Volodymyr Zelensky", "aliases": []any{"Volodymyr Zelensky", "Zelensky"}, "mentions": int64(10), "articles": int64(2)}}),
		item(neo4j.Node{ElementId: "4:x:0", Labels: []string{"Article"}, Props: map[string]any{
			"id": "a1", "title": `Zelensky: "heavy" losses, Kursk; 1,000-km front`, "published": "2025-01-05", "sha256": "ab"}}),
		item(neo4j.Node{ElementId: "4:x:3", Labels: []string{"Event"}, Props: map[string]any{
			"id": "event:1", "type": "ASSAULT", "trigger": "lost", "text": "Russia lost a battalion.", "confidence": 0.6, "sources": int64(1)}}),
		item(neo4j.Relationship{ElementId: "5:x:0", StartElementId: "4:x:1", EndElementId: "4:x:2", Type: "CO_OCCURS_WITH", Props: map[string]any{"sentences": int64(5), "articles": int64(2)}}),
		item(neo4j.Relationship{ElementId: "5:x:1", StartElementId: "4:x:0", EndElementId: "4:x:1", Type: "MENTIONS", Props: map[string]any{"count": int64(5)}}),
		item(neo4j.Relationship{ElementId: "5:x:2", StartElementId: "4:x:0", EndElementId: "4:x:2", Type: "MENTIONS", Props: map[string]any{"count": int64(3)}}),
		item(neo4j.Relationship{ElementId: "5:x:3", StartElementId: "4:x:0", EndElementId: "4:x:3", Type: "REPORTS", Props: map[string]any{}}),
		item(neo4j.Relationship{ElementId: "5:x:4", StartElementId: "4:x:3", EndElementId: "4:x:2", Type: "OCCURRED_IN", Props: map[string]any{}}),
		item(neo4j.Relationship{ElementId: "5:x:5", StartElementId: "4:x:1", EndElementId: "4:x:3", Type: "TARGET_OF", Props: map[string]any{}}),
	}
}

func TestExportFormatsGolden(t *testing.T) {
	c := graph.NewCollector()
	for _, r := range recordedExport() {
		c.AddRecord(r)
	}
	g, err := c.Graph()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range []struct{ format, out string }{{"json", "g.json"}, {"graphml", "g.graphml"}, {"csv", "csv"}, {"html", "g.html"}} {
		if err := writeExport(nil, g, f.format, filepath.Join(dir, f.out)); err != nil {
			t.Fatalf("%s: %v", f.format, err)
		}
	}
	for name, file := range map[string]string{
		"export.json": "g.json", "export.graphml": "g.graphml", "export.persons.csv": "csv/persons.csv",
		"export.mentions.csv": "csv/mentions.csv", "export.events.csv": "csv/events.csv",
	} {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		golden(t, name, b)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "g.html"))
	if !strings.Contains(string(page), `"id":"person:volodymyr zelensky"`) {
		t.Error("the html export does not hold the graph")
	}
}

// Bad selections and a csv export without a folder fail before connecting.
func TestExportFailsEarly(t *testing.T) {
	for _, args := range [][]string{
		{"--since", "5 Jan 2025"},
		{"--since", "2025-02-01", "--until", "2025-01-01"},
		{"--depth", "-1", "--entity", "Kursk"},
		{"--format", "csv"},
		{"--format", "gexf"},
		{"stray-argument"},
	} {
		_, stderr, code := run(t, append([]string{"export", "--uri", "neo4j://127.0.0.1:1", "--wait", "0s"}, args...)...)
		if code == 0 || strings.Contains(stderr, "cannot reach") {
			t.Errorf("%v: exit %d, %s", args, code, stderr)
		}
	}
}
