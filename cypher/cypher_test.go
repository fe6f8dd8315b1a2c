package cypher_test

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/cypher/lint"
)

func TestSplit(t *testing.T) {
	script := "// a comment; with a semicolon\nCREATE (:A {s: 'x;y'});\n" +
		"MATCH (n) WHERE n.s = \"a\\\";b\" RETURN n;  /* c; */\n" +
		"RETURN `odd;name`;\n// only a comment;\n"
	got := cypher.Split(script)
	want := []string{
		"// a comment; with a semicolon\nCREATE (:A {s: 'x;y'})",
		"MATCH (n) WHERE n.s = \"a\\\";b\" RETURN n",
		"/* c; */\nRETURN `odd;name`",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Split:\n got %q\nwant %q", got, want)
	}
}

func TestSchemaHasConstraintsForEveryKey(t *testing.T) {
	schema := strings.Join(cypher.Schema(), "\n")
	for _, label := range []string{"Article", "Entity", "Event"} {
		if !strings.Contains(schema, ":"+label+") REQUIRE") {
			t.Errorf("schema has no uniqueness constraint for %s.id", label)
		}
	}
}

// TestEveryFilePassesCypherCheck runs Neo4j's own Cypher front end over
// every .cypher file the binary embeds.
func TestEveryFilePassesCypherCheck(t *testing.T) {
	lint.RequireOrSkip(t)
	var stmts []lint.Statement
	err := fs.WalkDir(cypher.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(cypher.FS(), path)
		stmts = append(stmts, lint.Statement{Name: path, Text: string(b)})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(stmts) < 10 {
		t.Fatalf("only %d embedded .cypher files", len(stmts))
	}
	problems, err := lint.Check(stmts)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// TestCheckerCatchesErrors makes sure the check above can fail.
func TestCheckerCatchesErrors(t *testing.T) {
	lint.RequireOrSkip(t)
	problems, err := lint.Check([]lint.Statement{
		{Name: "undefined", Text: "MATCH (n) RETURN m"},
		{Name: "old-syntax", Text: "CREATE CONSTRAINT ON (a:Article) ASSERT a.id IS UNIQUE"},
		{Name: "fine", Text: "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row"},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, p := range problems {
		got[p.Name] = true
	}
	if !got["undefined"] || !got["old-syntax"] || got["fine"] {
		t.Fatalf("checker problems = %v", problems)
	}
}
