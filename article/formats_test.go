package article

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// readAll reads paths and returns the articles and the skipped inputs.
func readAll(t *testing.T, opts Options, paths ...string) ([]Article, []*InputError) {
	t.Helper()
	var arts []Article
	var skipped []*InputError
	opts.Skip = func(e *InputError) { skipped = append(skipped, e) }
	if err := Read(paths, opts, func(a Article) error { arts = append(arts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	return arts, skipped
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const story = "Kursk fighting\n\nUkrainian forces held their positions near Makhnovka on Sunday, officials said.\n"

func TestEncodings(t *testing.T) {
	dir := t.TempDir()
	u16 := utf16.Encode([]rune("Café talks\n\nThe café owners in Zürich met the mayor on Monday, officials said.\n"))
	le := []byte{0xFF, 0xFE}
	for _, c := range u16 {
		le = append(le, byte(c), byte(c>>8))
	}
	write(t, dir, "a_utf8bom.txt", append([]byte{0xEF, 0xBB, 0xBF}, story...))
	write(t, dir, "b_utf16.txt", le)
	write(t, dir, "c_latin1.txt", []byte("Caf\xe9 talks\n\nThe caf\xe9 owners in Z\xfcrich met the mayor on Monday, officials said.\n"))
	arts, skipped := readAll(t, Options{}, dir)
	if len(skipped) != 0 || len(arts) != 3 {
		t.Fatalf("read %d, skipped %v; want 3 and none", len(arts), skipped)
	}
	if arts[0].Title != "Kursk fighting" {
		t.Errorf("BOM left in the title: %q", arts[0].Title)
	}
	for _, a := range arts[1:] {
		if !strings.Contains(a.Text, "café owners in Zürich") {
			t.Errorf("%s: text %q, want it converted to UTF-8", a.Path, a.Text)
		}
	}
}

func TestBadInputsAreReportedAndSkipped(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a_empty.txt", nil)
	write(t, dir, "b_binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 1, 2, 3, 0, 0})
	write(t, dir, "c_invalid.txt", []byte("Title\n\nSome \x81\x8d\x90 words \xc3\x28 that are no known encoding at all, officials said.\n"))
	write(t, dir, "d_good.txt", []byte(story))
	write(t, dir, "e_lines.jsonl", []byte(`{"text":"First good line, about talks in Geneva on Monday."}`+"\n{broken\n"+`{"text":""}`+"\n"+`{"text":"Third good line, about a vote in Paris on Friday."}`+"\n"))
	write(t, dir, "f_huge.txt", []byte(strings.Repeat("word ", 3000)))
	arts, skipped := readAll(t, Options{MaxBytes: 10000}, dir)
	if len(arts) != 3 {
		t.Errorf("read %d articles, want 3 (d_good and two JSON lines)", len(arts))
	}
	want := map[string]string{"a_empty.txt": "empty", "b_binary.txt": "binary", "c_invalid.txt": "UTF-8",
		"e_lines.jsonl:2": "malformed JSON", "e_lines.jsonl:3": "no text", "f_huge.txt": "larger than"}
	got := map[string]string{}
	for _, e := range skipped {
		k := filepath.Base(e.Path)
		if e.Line > 0 {
			k += ":" + strconv.Itoa(e.Line)
		}
		got[k] = e.Error()
	}
	for k, w := range want {
		if !strings.Contains(got[k], w) {
			t.Errorf("%s: reported %q, want it to say %q", k, got[k], w)
		}
	}
	if len(skipped) != len(want) {
		t.Errorf("skipped %v, want %d", got, len(want))
	}
}

func TestJSONFieldsAndArrays(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "export.jsonl", []byte(`{"uid": 42, "headline": "Vote", "body": "Parliament passed the budget on Friday.", "meta": {"date": "2025-03-01T10:00:00Z"}, "authors": ["A. Writer", "B. Writer"]}`+"\n"))
	write(t, dir, "array.json", []byte("[\n  {\"text\": \"One story about a storm in Manila.\"},\n  {\"title\": \"no text\"},\n  {\"text\": \"Two stories about a flood in Lagos.\"}\n]\n"))
	fields, err := ParseFields([]string{"id=uid", "title=headline", "text=body", "published=meta.date", "author=authors"})
	if err != nil {
		t.Fatal(err)
	}
	arts, skipped := readAll(t, Options{Fields: fields}, filepath.Join(dir, "export.jsonl"))
	if len(arts) != 1 || len(skipped) != 0 {
		t.Fatalf("read %d, skipped %v", len(arts), skipped)
	}
	a := arts[0]
	if a.ID != "42" || a.Title != "Vote" || a.Published != "2025-03-01" || a.Author != "A. Writer, B. Writer" {
		t.Errorf("mapped fields wrong: %+v", a)
	}
	arts, skipped = readAll(t, Options{}, filepath.Join(dir, "array.json"))
	if len(arts) != 2 || len(skipped) != 1 || skipped[0].Line != 3 || arts[1].Line != 4 {
		t.Errorf("array: read %d, skipped %v (want line 3), second at line %d", len(arts), skipped, arts[len(arts)-1].Line)
	}
	if _, err := ParseFields([]string{"txt=body"}); err == nil {
		t.Error("an unknown field was accepted")
	}
}

func TestDigestItems(t *testing.T) {
	p := filepath.Join("..", "..", "shared", "data", "corpus", "current-events", "2025-03-15-index.md")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no shared corpus: %v", err)
	}
	arts, skipped := readAll(t, Options{}, p)
	if len(skipped) != 0 || len(arts) < 10 {
		t.Fatalf("read %d items, skipped %v", len(arts), skipped)
	}
	a := arts[0]
	if a.Published != "2025-03-15" || a.Category != "Armed conflicts and attacks" || a.Source != "UPI" || strings.Contains(a.Text, "](") {
		t.Errorf("first item: %+v", a)
	}
	for _, a := range arts {
		for _, l := range a.Links {
			if a.Text[l.Start:l.End] != l.Text || l.Target == "" {
				t.Errorf("link %+v does not point at its anchor in %q", l, a.Text)
			}
		}
	}
	found := false
	for _, l := range arts[0].Links {
		if l.Text == "Israeli" && l.Target == "Israel" {
			found = true
		}
	}
	if !found {
		t.Errorf("links %+v: want Israeli -> Israel", arts[0].Links)
	}
}

func TestSinceUntil(t *testing.T) {
	arts, _ := readAll(t, Options{Since: "2025-01-01", Until: "2025-01-31"}, "../testdata/articles")
	if len(arts) != 1 || arts[0].Published != "2025-01-05" {
		t.Errorf("kept %d articles, want only the dated seed", len(arts))
	}
	arts, _ = readAll(t, Options{Since: "2025-02-01"}, "../testdata/articles")
	if len(arts) != 0 {
		t.Errorf("kept %d articles published before --since", len(arts))
	}
}

func TestStdinSniffsFormat(t *testing.T) {
	for _, in := range []string{`{"text": "A story about talks in Geneva on Monday."}`, story,
		"<html><body><article><h1>Talks</h1><p>Talks in Geneva went on until late on Monday, officials said.</p></article></body></html>"} {
		arts, skipped := readAll(t, Options{Stdin: strings.NewReader(in)}, "-")
		if len(arts) != 1 || len(skipped) != 0 {
			t.Errorf("stdin %.20q: read %d, skipped %v", in, len(arts), skipped)
		}
	}
}
