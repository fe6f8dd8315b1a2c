package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// The gold set is testdata/gold/NAME.body.txt: the body of page NAME as a
// reader would mark it, for the seeds in testdata/articles and for the
// furniture-heavy pages in testdata/gold (see testdata/gold/README.md).
const goldDir = "../testdata/gold"

// minBodyScore is the body precision and recall every gold page must reach.
const minBodyScore = 0.95

// goldInput finds the page a gold body belongs to.
func goldInput(t *testing.T, name string) string {
	for _, p := range []string{
		filepath.Join("..", "testdata", "articles", name+".txt"),
		filepath.Join(goldDir, name+".txt"),
		filepath.Join(goldDir, name+".html"),
	} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatalf("no page for gold body %s", name)
	return ""
}

func readOne(t testing.TB, path string) Article {
	t.Helper()
	var arts []Article
	err := Read([]string{path}, Options{Skip: func(e *InputError) { t.Errorf("skipped %v", e) }},
		func(a Article) error { arts = append(arts, a); return nil })
	if err != nil || len(arts) != 1 {
		t.Fatalf("%s: %d articles, err %v; want 1", path, len(arts), err)
	}
	return arts[0]
}

// TestBodyPrecisionRecall measures the body cut out of each gold page
// against the marked body, by characters: precision is the share of the
// extracted characters that belong to the body, recall the share of the
// body's characters that were extracted.
func TestBodyPrecisionRecall(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(goldDir, "*.body.txt"))
	if len(golds) < 5 {
		t.Fatalf("%d gold pages, want at least 5", len(golds))
	}
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".body.txt")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			a := readOne(t, goldInput(t, name))
			p, r := bodyScore(a.Text, string(want))
			t.Logf("precision %.3f recall %.3f", p, r)
			if p < minBodyScore || r < minBodyScore {
				t.Errorf("precision %.3f recall %.3f, want both >= %.2f; extracted:\n%s", p, r, minBodyScore, a.Text)
			}
		})
	}
}

// bodyScore aligns the words of got and want (longest common subsequence)
// and counts the characters of the aligned words.
func bodyScore(got, want string) (precision, recall float64) {
	g, w := strings.Fields(got), strings.Fields(want)
	common := lcsChars(g, w)
	return ratio(common, chars(g)), ratio(common, chars(w))
}

func lcsChars(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + utf8.RuneCountInString(a[i-1])
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func chars(words []string) int {
	n := 0
	for _, w := range words {
		n += utf8.RuneCountInString(w)
	}
	return n
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// furnitureNames are people, clubs and places that appear only in the
// furniture of the seeds; none may reach the body.
var furnitureNames = []string{"Galatasaray", "Kayserispor", "Meloni", "Yoon", "Araghchi", "Baqaei",
	"Hezbollah", "Osimhen", "Quark", "Bolu", "Media Wire", "Recent Posts", "LATEST NEWS", "hours ago"}

func TestSeedsLeaveFurnitureOut(t *testing.T) {
	for _, p := range []string{"../testdata/articles/000_5cf880316bd9c7f4.txt", "../testdata/articles/003_a921ee35d6a13ac6.txt"} {
		a := readOne(t, p)
		for _, name := range furnitureNames {
			if strings.Contains(a.Text, name) || strings.Contains(a.Title, name) {
				t.Errorf("%s: furniture %q in the article", p, name)
			}
		}
		if a.Title != "Zelensky claims heavy Russian, North Korean losses in Kursk" {
			t.Errorf("%s: title %q, want the headline", p, a.Title)
		}
	}
	if a := readOne(t, "../testdata/articles/000_5cf880316bd9c7f4.txt"); a.Dateline != "KIEV" || a.Published != "2025-01-05" {
		t.Errorf("dateline %q, published %q; want KIEV, 2025-01-05", a.Dateline, a.Published)
	}
}

func TestGoldPagesMetadata(t *testing.T) {
	a := readOne(t, filepath.Join(goldDir, "airtanker.txt"))
	if a.Dateline != "WASHINGTON" || a.Title != "Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US airtanker contract" {
		t.Errorf("airtanker: dateline %q, title %q", a.Dateline, a.Title)
	}
	b := readOne(t, filepath.Join(goldDir, "boeing_emails.txt"))
	if b.Title != "Internal emails expose Boeing-Air Force contract discussions" || b.Published != "2004-11-24" {
		t.Errorf("boeing_emails: title %q, published %q", b.Title, b.Published)
	}
	h := readOne(t, filepath.Join(goldDir, "kursk_page.html"))
	want := Article{Title: "Zelensky claims heavy Russian, North Korean losses in Kursk", Published: "2025-01-05",
		Author: "Media Wire Desk", URL: "https://example.org/news/zelensky-claims-heavy-losses-kursk", Source: "Example Front Page"}
	if h.Title != want.Title || h.Published != want.Published || h.Author != want.Author || h.URL != want.URL || h.Source != want.Source {
		t.Errorf("kursk_page metadata: title %q published %q author %q url %q source %q\nwant %+v", h.Title, h.Published, h.Author, h.URL, h.Source, want)
	}
}
