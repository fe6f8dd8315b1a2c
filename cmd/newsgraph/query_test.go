package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func golden(t *testing.T, name string, got []byte) { graphtest.Golden(t, *update, name, got) }

// recordedRows is a result as the driver returns it: nodes, relationships,
// paths, lists, maps, nulls, int64, float64, strings, a date.
func recordedRows() ([]string, []*neo4j.Record) {
	zel := neo4j.Node{ElementId: "4:x:1", Labels: []string{"Person", "Entity"}, Props: map[string]any{
		"id": "person:volodymyr zelensky", "name": "Volodymyr Zelensky", "aliases": []any{"Volodymyr Zelensky", "Zelensky"}, "mentions": int64(10), "articles": int64(2)}}
	kursk := neo4j.Node{ElementId: "4:x:2", Labels: []string{"Entity", "Place"}, Props: map[string]any{
		"id": "place:kursk", "name": "Kursk", "aliases": []any{"Kursk"}, "mentions": int64(7), "articles": int64(2)}}
	co := neo4j.Relationship{ElementId: "5:x:1", StartElementId: "4:x:1", EndElementId: "4:x:2", Type: "CO_OCCURS_WITH",
		Props: map[string]any{"sentences": int64(5), "articles": int64(2)}}
	keys := []string{"entity", "other", "r", "p", "sentences", "share", "names", "extra", "missing", "when"}
	rec := func(vals ...any) *neo4j.Record { return &neo4j.Record{Keys: keys, Values: vals} }
	return keys, []*neo4j.Record{
		rec(zel, kursk, co, neo4j.Path{Nodes: []neo4j.Node{zel, kursk}, Relationships: []neo4j.Relationship{co}},
			int64(5), 0.625, []any{"Kursk", "Kursk Oblast"}, map[string]any{"title": `He said "heavy", 1,000 km; Київ`, "n": nil}, nil,
			neo4j.DateOf(time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC))),
		rec("Oleksandr Syrskyi", nil, nil, nil, int64(0), float64(1), []any{}, map[string]any{}, nil, "line one\nline two"),
	}
}

func TestQueryFormatsGolden(t *testing.T) {
	keys, recs := recordedRows()
	for _, format := range []string{"table", "csv", "json", "jsonl"} {
		var buf bytes.Buffer
		w, err := newRowWriter(format, &buf)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Begin(keys); err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			if err := w.Row(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.End(); err != nil {
			t.Fatal(err)
		}
		golden(t, "query."+format, buf.Bytes())
	}
	if _, err := newRowWriter("xml", &bytes.Buffer{}); err == nil {
		t.Error("unknown format accepted")
	}
}

// An empty result still prints its columns.
func TestQueryEmptyResult(t *testing.T) {
	for format, want := range map[string]string{"table": "a | b\n- | -\n(0 rows)\n", "csv": "a,b\n", "json": "[\n]\n", "jsonl": ""} {
		var buf bytes.Buffer
		w, _ := newRowWriter(format, &buf)
		w.Begin([]string{"a", "b"})
		w.End()
		if buf.String() != want {
			t.Errorf("%s: %q, want %q", format, buf.String(), want)
		}
	}
}

func TestParseParam(t *testing.T) {
	for in, want := range map[string]any{
		"10": int64(10), "-3": int64(-3), "0.5": 0.5, "true": true, "false": false, "null": nil,
		"Zelensky": "Zelensky", "2025-01-05": "2025-01-05", "person:volodymyr zelensky": "person:volodymyr zelensky",
		"'2025'": "2025", `"10"`: "10", "": "", "1,000": "1,000",
		`["a","b"]`:                []any{"a", "b"},
		"['Kursk', 'North Korea']": []any{"Kursk", "North Korea"},
		"[1, 2.5, null]":           []any{int64(1), 2.5, nil},
		`{"k": 1, t: 'x'}`:         map[string]any{"k": int64(1), "t": "x"},
		"[unclosed":                "[unclosed",
	} {
		if got := parseParam(in); !reflect.DeepEqual(got, want) {
			t.Errorf("parseParam(%q) = %#v, want %#v", in, got, want)
		}
	}
}

// Every library query is one statement whose :param lines parse, and give
// a value for every $parameter it uses, so it runs as it is.
func TestLibraryQueriesLoad(t *testing.T) {
	for _, name := range cypher.Queries() {
		stmt, defaults, err := loadStatement(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, p := range usedParams(stmt) {
			if _, ok := defaults[p]; !ok {
				t.Errorf("%s uses $%s but has no ':param %s => ...' line", name, p, p)
			}
		}
	}
	if _, _, err := loadStatement("no_such_query"); err == nil || !strings.Contains(err.Error(), "--list") {
		t.Errorf("unknown query: %v", err)
	}
	file := filepath.Join(t.TempDir(), "two.cypher")
	os.WriteFile(file, []byte("RETURN 1;\nRETURN 2;\n"), 0o644)
	if _, _, err := loadStatement(file); err == nil || !strings.Contains(err.Error(), "2 statements") {
		t.Errorf("two statements: %v", err)
	}
}

func usedParams(stmt string) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(stmt, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		for i := strings.IndexByte(line, '$'); i >= 0; i = strings.IndexByte(line, '$') {
			line = line[i+1:]
			j := 0
			for j < len(line) && (line[j] == '_' || line[j] >= 'a' && line[j] <= 'z' || line[j] >= 'A' && line[j] <= 'Z' || line[j] >= '0' && line[j] <= '9') {
				j++
			}
			if p := line[:j]; p != "" && !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

func TestQueryList(t *testing.T) {
	out, stderr, code := run(t, "query", "--list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"co_occurring", "entity_profile", "ego_network", "strongest_pairs", "events_timeline",
		"who_acted_on_whom", "shortest_paths", "articles_mentioning_all", "emerging_links", "same_story"} {
		if !strings.Contains(out, want+" ") {
			t.Errorf("--list does not show %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "//") {
		t.Errorf("--list shows comment markers:\n%s", out)
	}
}

// A bad format or an unknown query fails before any connection is tried.
func TestQueryFailsEarly(t *testing.T) {
	_, stderr, code := run(t, "query", "nope", "--uri", "neo4j://127.0.0.1:1")
	if code == 0 || !strings.Contains(stderr, "no library query") {
		t.Errorf("unknown query: exit %d: %s", code, stderr)
	}
	_, stderr, code = run(t, "query", "co_occurring", "--format", "xml", "--uri", "neo4j://127.0.0.1:1")
	if code == 0 || !strings.Contains(stderr, "--format") {
		t.Errorf("bad format: exit %d: %s", code, stderr)
	}
}
