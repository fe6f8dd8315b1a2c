package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// run runs the app in process as the shell would, flags after paths
// included, and returns stdout, stderr and the exit status.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	app := newApp()
	var out, errOut bytes.Buffer
	app.Writer, app.ErrWriter = &out, &errOut
	app.ExitErrHandler = func(*cli.Context, error) {} // report, do not exit
	argv := append([]string{"newsgraph"}, args...)
	err := app.Run(flagsFirst(app, argv))
	code := 0
	if err != nil {
		code = 1
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			code = ec.ExitCode()
		}
		errOut.WriteString(err.Error())
	}
	return out.String(), errOut.String(), code
}

func TestFlagsAfterPaths(t *testing.T) {
	app := newApp()
	got := flagsFirst(app, []string{"newsgraph", "build", "testdata/articles", "--out", "out/", "more", "--skip-bad", "-", "--", "--out"})
	want := []string{"newsgraph", "build", "--out", "out/", "--skip-bad", "testdata/articles", "more", "-", "--", "--out"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

// The README's first command: build the test articles into files.
func TestBuildWritesEveryOutput(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := run(t, "build", "../../testdata/articles", "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, f := range []string{"graph.json", "graph.graphml", "load.cypher", "neo4j-admin/import.sh",
		"neo4j-admin/articles.csv", "neo4j-admin/persons.csv", "neo4j-admin/places.csv", "neo4j-admin/mentions.csv",
		"neo4j-admin/co_occurs_with.csv"} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s missing or empty", f)
		}
	}
	if !strings.Contains(stderr, "2 articles read") {
		t.Errorf("summary: %s", stderr)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "graph.json"))
	var g struct {
		Nodes []struct {
			ID     string   `json:"id"`
			Labels []string `json:"labels"`
		} `json:"nodes"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		ids[n.ID] = true
	}
	for _, id := range []string{"person:volodymyr zelensky", "person:oleksandr syrskyi",
		"place:makhnovka", "place:pokrovsk", "place:kursk", "place:russia", "place:north korea"} {
		if !ids[id] {
			t.Errorf("graph.json has no node %s", id)
		}
	}
}

// Bad inputs are named, skipped, and make the exit status say so; the good
// ones are still read.
func TestBadInputIsReportedAndSkipped(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("empty.txt", nil)
	write("binary.txt", []byte("PK\x03\x04\x00\x00 zip"))
	write("latin1.txt", []byte("Caf\xe9 news\n\nBody text about Kyiv."))
	write("feed.jsonl", []byte(`{"id":"a","title":"T","text":"Zelensky spoke in Kyiv on Monday."}`+"\n"+`{"id":"b","text":`+"\n"+`{"id":"c","text":"Officials in Kursk said nothing."}`+"\n"))
	out := t.TempDir()
	_, stderr, code := run(t, "build", dir, "--out", out)
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d: %s", code, exitSkipped, stderr)
	}
	for _, want := range []string{"empty.txt", "binary.txt", "feed.jsonl:2"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %s:\n%s", want, stderr)
		}
	}
	if !strings.Contains(stderr, "articles read") {
		t.Errorf("no summary line:\n%s", stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "graph.json")); err != nil {
		t.Errorf("the good articles were not written: %v", err)
	}
	if _, _, code := run(t, "build", dir, "--out", out, "--skip-bad"); code != 0 {
		t.Errorf("--skip-bad: exit %d", code)
	}
}

func TestExtractPrintsOneRecordAnArticle(t *testing.T) {
	stdout, stderr, code := run(t, "extract", "../../testdata/articles")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	var rec extractRecord
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Published != "2025-01-05" || rec.ID == "" || len(rec.Entities) == 0 {
		t.Fatalf("record %+v", rec)
	}
	// Offsets point into the article text as read.
	var text string
	article.Read([]string{"../../testdata/articles/000_5cf880316bd9c7f4.txt"}, article.Options{}, func(a article.Article) error {
		text = a.Text
		return nil
	})
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			if m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %+v does not match the text", e.ID, m)
			}
		}
	}
}

func TestNoInputIsAnError(t *testing.T) {
	if _, stderr, code := run(t, "build"); code == 0 || !strings.Contains(stderr, "no input") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}

// build merges the articles on disk a batch at a time; its files are the
// ones the graph built in memory at once gives, and the scratch store is
// gone afterwards.
func TestBuildFilesEqualTheGraphBuiltAtOnce(t *testing.T) {
	paths := []string{"../../testdata/articles", filepath.Join(currentEvents, "2025-01-0[1-3]-index.md")}
	out := t.TempDir()
	if _, stderr, code := run(t, "build", "--out", out, paths[0], paths[1]); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	b := graph.NewBuilder()
	n := 0
	err = article.Read(paths, article.Options{}, func(a article.Article) error {
		b.Add(a, x.Analyze(a.Text, a.Published))
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Fatalf("read %d articles; the test wants more than one batch", n)
	}
	want := t.TempDir()
	if err := (graph.Files{Dir: want}).Write(b.Graph()); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"graph.json", "graph.graphml", "load.cypher", "graph.html", "neo4j-admin/mentions.csv", "neo4j-admin/events.csv"} {
		got, err1 := os.ReadFile(filepath.Join(out, f))
		exp, err2 := os.ReadFile(filepath.Join(want, f))
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v %v", f, err1, err2)
		}
		if !bytes.Equal(got, exp) {
			t.Errorf("%s differs from the graph built in memory (%d vs %d bytes)", f, len(got), len(exp))
		}
	}
	left, _ := filepath.Glob(filepath.Join(out, "newsgraph-*"))
	if len(left) > 0 {
		t.Errorf("scratch files left in the output: %v", left)
	}
}
