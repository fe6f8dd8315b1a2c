package graph_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/cypher/lint"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestLoadScriptPassesCypherCheck checks every statement load.cypher holds
// for the test articles, and every :param value as the expression
// cypher-shell evaluates it as.
func TestLoadScriptPassesCypherCheck(t *testing.T) {
	lint.RequireOrSkip(t)
	var buf bytes.Buffer
	if err := graph.WriteCypherScript(&buf, graphtest.SeedGraph(t)); err != nil {
		t.Fatal(err)
	}
	var stmts []lint.Statement
	var code strings.Builder
	params := 0
	for i, line := range strings.Split(buf.String(), "\n") {
		if v, ok := strings.CutPrefix(line, ":param rows => "); ok {
			params++
			stmts = append(stmts, lint.Statement{Name: fmt.Sprintf("load.cypher:%d (:param value)", i+1), Text: "RETURN " + v + " AS rows"})
			continue
		}
		if strings.HasPrefix(line, ":") {
			t.Fatalf("load.cypher:%d: unexpected command %q", i+1, line)
		}
		code.WriteString(line + "\n")
	}
	for j, s := range cypher.Split(code.String()) {
		stmts = append(stmts, lint.Statement{Name: fmt.Sprintf("load.cypher statement %d", j+1), Text: s})
	}
	if params == 0 || len(stmts) < 2*params {
		t.Fatalf("load.cypher has %d :param lines and %d statements", params, len(stmts)-params)
	}
	problems, err := lint.Check(stmts)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// TestScriptStringsAreEscaped puts hostile text through the script writer
// and checks the checker still sees one literal, not new syntax.
func TestScriptStringsAreEscaped(t *testing.T) {
	lint.RequireOrSkip(t)
	hostile := "x'}] MATCH (n) DETACH DELETE n //\n\\' \" \u2028 `"
	g := &graph.Graph{Nodes: []graph.Node{{ID: hostile, Labels: []string{graph.LabelArticle},
		Properties: map[string]any{"id": hostile, "title": hostile}}}}
	var buf bytes.Buffer
	if err := graph.WriteCypherScript(&buf, g); err != nil {
		t.Fatal(err)
	}
	var value string
	for _, line := range strings.Split(buf.String(), "\n") {
		if v, ok := strings.CutPrefix(line, ":param rows => "); ok {
			value = v
		}
	}
	if strings.Contains(value, "\n") || value == "" {
		t.Fatalf("param line %q", value)
	}
	problems, err := lint.Check([]lint.Statement{{Name: "hostile", Text: "RETURN " + value + " AS rows"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}
