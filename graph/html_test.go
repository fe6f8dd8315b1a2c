package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// dataBlock is the graph's JSON inside graph.html.
var dataBlock = regexp.MustCompile(`(?s)<script type="application/json" id="graph-data">(.*?)</script>`)

// graph.html loads nothing from a network, and holds the whole graph.
func TestHTMLIsSelfContained(t *testing.T) {
	g := graphtest.SeedGraph(t)
	// Text that would end the script element if it were not escaped.
	g.Nodes[0].Properties["title"] = `</script><script src="https://evil.example/x.js"></script>`
	var buf bytes.Buffer
	if err := graph.WriteHTML(&buf, g); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	m := dataBlock.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no graph-data script in graph.html")
	}
	var data struct {
		Nodes []struct{ ID, Kind, Title string } `json:"nodes"`
		Links []struct{ T string }               `json:"links"`
	}
	if err := json.Unmarshal([]byte(m[1]), &data); err != nil {
		t.Fatalf("graph data: %v", err)
	}
	if len(data.Nodes) != len(g.Nodes) || len(data.Links) != len(g.Relationships) {
		t.Fatalf("page holds %d nodes and %d links, graph %d and %d", len(data.Nodes), len(data.Links), len(g.Nodes), len(g.Relationships))
	}
	if data.Nodes[0].Title != g.Nodes[0].Properties["title"] {
		t.Errorf("title came back as %q", data.Nodes[0].Title)
	}
	code := strings.Replace(page, m[1], "", 1) // the page without its data
	for _, bad := range []string{"http://", "https://", "//cdn", " src=", "<link", "@import", "url(", "fetch(", "XMLHttpRequest", "import(", "<iframe", "<img"} {
		if strings.Contains(code, bad) {
			t.Errorf("graph.html has %q: it must load nothing", bad)
		}
	}
	if n := strings.Count(page, "</script>"); n != 2 {
		t.Errorf("%d </script> tags: the data escaped its element", n)
	}
}

// chromium is a headless Chromium, or "" when none is installed.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--window-size=1400,900", "--virtual-time-budget=3000"}
	out, err := exec.CommandContext(ctx, bin, append(base, args...)...).Output()
	if err != nil {
		t.Fatalf("chromium %v: %v", args, err)
	}
	return out
}

// The page runs in a real browser and draws the test articles' graph: every
// entity a node, in its type's colour. With -update the screenshot, with
// Zelensky selected, is written to docs/graph.png for the README.
func TestHTMLDrawsInChromium(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no chromium: apt-get install chromium to draw graph.html headless")
	}
	g := graphtest.SeedGraph(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "graph.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := graph.WriteHTML(f, g); err != nil {
		t.Fatal(err)
	}
	f.Close()
	url := "file://" + page + "#person:volodymyr%20zelensky"

	entities := 0
	for _, n := range g.Nodes {
		if n.Labels[0] == graph.LabelEntity {
			entities++
		}
	}
	dom := runChromium(t, bin, "--dump-dom", url)
	if want := fmt.Sprintf(`data-drawn="%d"`, entities); !bytes.Contains(dom, []byte(want)) {
		t.Fatalf("the page's script did not draw %d entities (no %s in the DOM)", entities, want)
	}
	if !bytes.Contains(dom, []byte("<h3>Volodymyr Zelensky</h3>")) || !bytes.Contains(dom, []byte("Articles (")) {
		t.Error("selecting #person:volodymyr zelensky did not show his articles")
	}

	shot := filepath.Join(dir, "graph.png")
	runChromium(t, bin, "--screenshot="+shot, url)
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	// Count the pixels of each type's colour: people and places are drawn.
	colours := map[string][3]int{"Person": {0xe1, 0x57, 0x59}, "Place": {0x4e, 0x79, 0xa7}}
	for kind, c := range colours {
		n := 0
		bounds := img.Bounds()
		for y := bounds.Min.Y; y < bounds.Max.Y; y += 2 {
			for x := bounds.Min.X + 360; x < bounds.Max.X; x += 2 {
				r, g, b, _ := img.At(x, y).RGBA()
				if near(int(r>>8), c[0]) && near(int(g>>8), c[1]) && near(int(b>>8), c[2]) {
					n++
				}
			}
		}
		if n < 50 {
			t.Errorf("the screenshot has %d pixels of the %s colour: the graph was not drawn", n, kind)
		}
	}
	if *update {
		if err := os.WriteFile(filepath.Join("..", "docs", "graph.png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func near(a, b int) bool { return a-b < 6 && b-a < 6 }

// sampleNote is the note a sampled graph.html shows in its side panel.
var sampleNote = regexp.MustCompile(`<p id="sample" data-nodes-left-out="(\d+)" data-links-left-out="(\d+)"[^>]*>(.*?)</p>`)

// pageData is the graph data of a graph.html page.
type pageData struct {
	Nodes []struct {
		ID, Kind string
		Mentions int
	} `json:"nodes"`
	Links []struct {
		T    string `json:"t"`
		S, E int
	} `json:"links"`
}

func readPage(t *testing.T, page []byte) pageData {
	t.Helper()
	m := dataBlock.FindSubmatch(page)
	if m == nil {
		t.Fatal("no graph-data script in graph.html")
	}
	var data pageData
	if err := json.Unmarshal(m[1], &data); err != nil {
		t.Fatalf("graph data: %v", err)
	}
	return data
}

// A graph within the limits is drawn whole, with no note; one node more
// and the page holds a sample.
func TestHTMLWholeUpToTheLimit(t *testing.T) {
	for _, tc := range []struct {
		entities int
		sample   bool
	}{{graph.HTMLMaxNodes, false}, {graph.HTMLMaxNodes + 1, true}} {
		var buf bytes.Buffer
		if err := graph.WriteHTML(&buf, generated{entities: tc.entities}); err != nil {
			t.Fatal(err)
		}
		data := readPage(t, buf.Bytes())
		if sampled := sampleNote.Match(buf.Bytes()); sampled != tc.sample {
			t.Errorf("%d nodes: sampled %v, want %v", tc.entities, sampled, tc.sample)
		}
		want := tc.entities
		if tc.sample {
			want = graph.HTMLSampleEntities
		}
		if len(data.Nodes) != want {
			t.Errorf("%d nodes: the page holds %d, want %d", tc.entities, len(data.Nodes), want)
		}
	}
}

// A graph over the limits, in nodes or in relationships, gives a page with
// the most mentioned entities, some of their articles and the links among
// them, no more than the sample's limits, and a note that says how much it
// left out.
func TestHTMLSamplesALargeGraph(t *testing.T) {
	for name, src := range map[string]generated{
		"nodes":         {articles: 3000, entities: 20000, events: 500, mentions: 8, coOccurs: 3, reports: 2},
		"relationships": {articles: 2000, entities: 6000, events: 100, mentions: 8, coOccurs: 40, reports: 2},
	} {
		t.Run(name, func(t *testing.T) {
			nodes, rels := 0, 0
			hasArticle := map[string]bool{} // entities some article mentions
			src.EachNode(func(graph.Node) error { nodes++; return nil })
			src.EachRelationship(func(r graph.Relationship) error {
				rels++
				if r.Type == graph.RelMentions {
					hasArticle[r.End] = true
				}
				return nil
			})
			if nodes <= graph.HTMLMaxNodes && rels <= graph.HTMLMaxLinks {
				t.Fatalf("the test graph (%d nodes, %d relationships) is within the limits", nodes, rels)
			}
			var buf bytes.Buffer
			if err := graph.WriteHTML(&buf, src); err != nil {
				t.Fatal(err)
			}
			page := buf.Bytes()
			data := readPage(t, page)

			// The most mentioned entities, the first by id on a tie.
			type ranked struct {
				id       string
				mentions int
			}
			var all []ranked
			src.EachNode(func(n graph.Node) error {
				if n.Labels[0] == graph.LabelEntity {
					all = append(all, ranked{n.ID, n.Properties["mentions"].(int)})
				}
				return nil
			})
			sort.Slice(all, func(i, j int) bool {
				return all[i].mentions > all[j].mentions || all[i].mentions == all[j].mentions && all[i].id < all[j].id
			})
			want := map[string]bool{}
			for _, e := range all[:graph.HTMLSampleEntities] {
				want[e.id] = true
			}
			kinds := map[string]int{}
			for _, n := range data.Nodes {
				kinds[n.Kind]++
				if n.Kind != "Article" && !want[n.ID] {
					t.Errorf("%s %s is not among the %d most mentioned", n.Kind, n.ID, graph.HTMLSampleEntities)
				}
			}
			entities := kinds["Person"] + kinds["Place"] + kinds["Organization"]
			if entities != graph.HTMLSampleEntities || kinds["Event"] != 0 {
				t.Errorf("the sample has %d entities and %d events, want %d and none", entities, kinds["Event"], graph.HTMLSampleEntities)
			}
			if a := kinds["Article"]; a == 0 || a > graph.HTMLSampleEntities*graph.HTMLSampleArticles {
				t.Errorf("the sample has %d articles, want 1 to %d", a, graph.HTMLSampleEntities*graph.HTMLSampleArticles)
			}

			types := map[string]int{}
			mentioned := map[int]bool{}
			for _, l := range data.Links {
				if l.S < 0 || l.S >= len(data.Nodes) || l.E < 0 || l.E >= len(data.Nodes) {
					t.Fatalf("link %+v has an end outside the sample", l)
				}
				types[l.T]++
				if l.T == graph.RelMentions {
					mentioned[l.E] = true
				}
			}
			for typ, n := range types {
				max := graph.HTMLSampleLinks
				if typ == graph.RelMentions {
					max += graph.HTMLSampleEntities * graph.HTMLSampleArticles
				}
				if n > max {
					t.Errorf("%d %s links, want at most %d", n, typ, max)
				}
			}
			if types[graph.RelCoOccurs] == 0 || types[graph.RelMentions] == 0 {
				t.Errorf("links by type: %v", types)
			}
			// Every entity has an article, for its details and the date filter.
			for i, n := range data.Nodes {
				if n.Kind != "Article" && hasArticle[n.ID] && !mentioned[i] {
					t.Errorf("no article in the sample mentions %s", n.ID)
				}
			}

			m := sampleNote.FindSubmatch(page)
			if m == nil {
				t.Fatal("the page does not say it holds a sample")
			}
			if got, want := string(m[1]), fmt.Sprint(nodes-len(data.Nodes)); got != want {
				t.Errorf("the note says %s nodes were left out, want %s", got, want)
			}
			if got, want := string(m[2]), fmt.Sprint(rels-len(data.Links)); got != want {
				t.Errorf("the note says %s relationships were left out, want %s", got, want)
			}
			text := string(m[3])
			for _, s := range []string{
				fmt.Sprintf("This graph has %d nodes and %d relationships", nodes, rels),
				fmt.Sprintf("Left out: %d nodes (all %d events) and %d relationships", nodes-len(data.Nodes), src.events, rels-len(data.Links)),
			} {
				if !strings.Contains(text, s) {
					t.Errorf("the note %q does not say %q", text, s)
				}
			}
		})
	}
}
