package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// With --json-log every stderr line is a JSON object: the skipped inputs
// with file and line, then the summary.
func TestJSONLog(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(`{"id":"a","text":"Zelensky spoke in Kyiv on Monday."}`+"\n"+`{"id":"b","text":`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "extract", dir, "--json-log")
	if code != exitSkipped {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var msgs []string
	sc := bufio.NewScanner(strings.NewReader(stderr))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "1 inputs were skipped") {
			continue // the exit message, printed by main
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not a JSON line: %q", line)
		}
		msgs = append(msgs, rec["msg"].(string))
		if rec["msg"] == "skipped" && (rec["line"] != 2.0 || !strings.HasSuffix(rec["path"].(string), "feed.jsonl")) {
			t.Errorf("skipped record %v: want feed.jsonl line 2", rec)
		}
		if rec["msg"] == "done" && (rec["articles"] != 1.0 || rec["skipped"] != 1.0) {
			t.Errorf("summary %v: want 1 article, 1 skipped", rec)
		}
	}
	if strings.Join(msgs, ",") != "skipped,done" {
		t.Errorf("records %v, want skipped then done", msgs)
	}
}

// Progress lines say how far the run is; on a terminal the bar is redrawn
// in place and cleared before any other line.
func TestProgressLines(t *testing.T) {
	var buf bytes.Buffer
	r := &report{w: &buf, start: time.Now().Add(-10 * time.Second), entities: map[string]bool{}, total: 1000}
	r.readBytes.Store(250)
	r.articles = 50
	r.progress()
	got := buf.String()
	for _, want := range []string{"progress: 50 articles", "5.0/s", "ETA 30s"} {
		if !strings.Contains(got, want) {
			t.Errorf("progress line %q lacks %q", got, want)
		}
	}
	buf.Reset()
	r.tty = true
	r.progress()
	if got := buf.String(); !strings.HasPrefix(got, "\r\033[K[#####...............]  25% 50 articles") || strings.HasSuffix(got, "\n") {
		t.Errorf("bar %q", got)
	}
	r.skip(&article.InputError{Path: "x.txt", Err: os.ErrNotExist})
	if got := buf.String(); !strings.Contains(got, "\r\033[Kskipped x.txt") {
		t.Errorf("the bar was not cleared before the skipped line: %q", got)
	}
}

// recordingStore is a Store that stores nothing: every read finds
// nothing, writes are counted. With cancel set, it cancels the run while
// the first write is in flight, as Ctrl-C would.
type recordingStore struct {
	mu      sync.Mutex // the reader's look-ups and the writer's batches run at once
	cancel  context.CancelFunc
	updates int
	writes  int
	rows    int
	// copies are Article nodes the Texts look-up finds, as if stored.
	copies []graph.Node
}

func (s *recordingStore) Update(ctx context.Context, fn func(graph.Tx) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.updates++
	if err := ctx.Err(); err != nil {
		return err // a cancelled transaction would roll back
	}
	if err := fn(emptyTx{s}); err != nil {
		return err
	}
	return ctx.Err() // a transaction whose context ends before commit rolls back
}

type emptyTx struct{ s *recordingStore }

func (emptyTx) Articles([]string) (*graph.Graph, error)                 { return &graph.Graph{}, nil }
func (emptyTx) Contributions([]string) (*graph.Graph, error)            { return &graph.Graph{}, nil }
func (emptyTx) Entities([]string) (*graph.Graph, error)                 { return &graph.Graph{}, nil }
func (emptyTx) Pairs([]graph.Relationship) (*graph.Graph, error)        { return &graph.Graph{}, nil }
func (emptyTx) People([]string) (*graph.Graph, error)                   { return &graph.Graph{}, nil }
func (emptyTx) Lone([]string) (*graph.Graph, error)                     { return &graph.Graph{}, nil }
func (emptyTx) Events([]graph.EventKey, []string) (*graph.Graph, error) { return &graph.Graph{}, nil }
func (emptyTx) Stories(string, string, string, string, int) (*graph.Graph, error) {
	return &graph.Graph{}, nil
}
func (tx emptyTx) Texts(shas []string) (*graph.Graph, error) {
	g := &graph.Graph{}
	for _, n := range tx.s.copies {
		if slices.Contains(shas, n.Properties["sha256"].(string)) {
			g.Nodes = append(g.Nodes, n)
		}
	}
	return g, nil
}
func (tx emptyTx) Write(ch *graph.Changes) error {
	if tx.s.writes == 0 && tx.s.cancel != nil {
		tx.s.cancel()
	}
	tx.s.writes++
	tx.s.rows += len(ch.Upsert.Nodes) + len(ch.Upsert.Relationships)
	return nil
}

// Ctrl-C during a load: the batch in flight commits, nothing after it
// starts, and the run ends with the cancellation.
func TestLoadStopsAfterTheBatchInFlight(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &recordingStore{cancel: cancel}
	var errOut bytes.Buffer
	rep := &report{w: &errOut, quiet: true, entities: map[string]bool{}}
	dir := filepath.Join("..", "..", "testdata", "articles")
	l, err := loadAll(ctx, s, 1, []string{dir, dir + "/*.txt"}, article.Options{}, rep)
	if err != context.Canceled {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if s.writes != 1 || l.Stats().Batches != 1 {
		t.Errorf("%d writes, %d batches: want the one in flight committed and no other", s.writes, l.Stats().Batches)
	}
}

// An article whose text and date are stored under another id is a
// duplicate, found before analysis: it is not analysed, and not loaded.
func TestLoadSkipsCopiesOfStoredTextsBeforeAnalysis(t *testing.T) {
	arts, anals := graphtest.Seeds(t)
	copyOf := arts[0]
	props := map[string]any{"id": "stored:copy", "sha256": copyOf.SHA256}
	if copyOf.Published != "" {
		props["published"] = copyOf.Published
	}
	s := &recordingStore{copies: []graph.Node{{ID: "stored:copy", Labels: []string{graph.LabelArticle}, Properties: props}}}
	rep := &report{w: io.Discard, quiet: true, entities: map[string]bool{}}
	l, err := loadAll(context.Background(), s, 0, []string{filepath.Join("..", "..", "testdata", "articles")}, article.Options{}, rep)
	if err != nil {
		t.Fatal(err)
	}
	if st := l.Stats(); st.Duplicates != 1 || st.Added != 1 {
		t.Errorf("stats %+v, want the copy a duplicate and the other seed added", st)
	}
	if rep.articles != 2 || rep.events != len(anals[1].Events) {
		t.Errorf("%d articles read, %d events found, want 2 and only the other seed's %d: the copy was analysed",
			rep.articles, rep.events, len(anals[1].Events))
	}
}

func TestPasswordFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(p, []byte("s3cret pass\r\nignored\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got, err := readPassword(p); err != nil || got != "s3cret pass" {
		t.Errorf("readPassword = %q, %v", got, err)
	}
	_, stderr, code := run(t, "schema", "--password-file", filepath.Join(t.TempDir(), "none"))
	if code != 1 || !strings.Contains(stderr, "--password-file") || strings.Contains(stderr, "s3cret") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}
