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
