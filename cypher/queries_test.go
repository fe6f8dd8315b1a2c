package cypher_test

import (
	"context"
	"html"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/cypher/lint"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

var (
	paramUse  = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
	paramLine = regexp.MustCompile(`(?m)^// :param ([A-Za-z_][A-Za-z0-9_]*) => \S`)
	labelUse  = regexp.MustCompile(`[(\[]\w*:([A-Za-z_|]+)`)
)

// Each library query opens with what it answers, names its parameters, and
// gives a Browser ':param' line for each one it uses; it names only the
// model's labels and relationship types.
func TestQueriesAreDocumented(t *testing.T) {
	known := map[string]bool{}
	for _, s := range []string{graph.LabelArticle, graph.LabelEntity, graph.LabelPerson, graph.LabelPlace, graph.LabelOrganization,
		graph.LabelEvent, graph.RelMentions, graph.RelCoOccurs, graph.RelReports, graph.RelActorIn, graph.RelTargetOf,
		graph.RelOccurredIn, graph.RelSameStory} {
		known[s] = true
	}
	names := cypher.Queries()
	if len(names) < 12 {
		t.Fatalf("only %d library queries", len(names))
	}
	for _, name := range names {
		text, err := cypher.Query(name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(text, "// ") || !strings.Contains(text, "// Parameters:") {
			t.Errorf("%s does not open with a comment that says what it answers and its Parameters", name)
		}
		code := strings.Join(cypher.Split(text), "\n")
		documented := map[string]bool{}
		for _, m := range paramLine.FindAllStringSubmatch(text, -1) {
			documented[m[1]] = true
		}
		for _, m := range paramUse.FindAllStringSubmatch(stripComments(code), -1) {
			if !documented[m[1]] {
				t.Errorf("%s uses $%s without a '// :param %s => ...' line", name, m[1], m[1])
			}
		}
		for _, m := range labelUse.FindAllStringSubmatch(stripComments(code), -1) {
			for _, l := range strings.Split(m[1], "|") {
				if !known[l] {
					t.Errorf("%s names %q, not in the model", name, l)
				}
			}
		}
	}
}

func stripComments(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// rows collects a result as maps, for checks.
type rows []map[string]any

func (r *rows) Begin([]string) error { return nil }
func (r *rows) Row(rec *neo4j.Record) error {
	m := map[string]any{}
	for i, k := range rec.Keys {
		m[k] = rec.Values[i]
	}
	*r = append(*r, m)
	return nil
}

// TestLibraryOnTestArticles loads the test articles into Neo4j and runs
// every library query on them, checking each against the answer computed
// from the built graph in Go. It needs NEO4J_URI (an empty database) or a
// Docker engine, and skips with one line otherwise.
func TestLibraryOnTestArticles(t *testing.T) {
	cfg := graphtest.Neo4j(t)
	ctx := context.Background()
	db, err := graph.OpenNeo4j(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	if n, _ := db.Count(ctx, "MATCH (n) RETURN count(n)"); n != 0 {
		t.Skipf("the database at %s is not empty (%d nodes); point NEO4J_URI at an empty one", cfg.URI, n)
	}
	if err := db.Schema(ctx); err != nil {
		t.Fatal(err)
	}
	graphtest.LoadSeeds(t, db)
	g := graphtest.SeedGraph(t)
	x := newExpect(g)
	const zel = "person:volodymyr zelensky"
	run := func(name string, params map[string]any) rows {
		t.Helper()
		q, err := cypher.Query(name)
		if err != nil {
			t.Fatal(err)
		}
		var out rows
		if err := db.Query(ctx, q, params, false, &out); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return out
	}
	tested := map[string]bool{}
	check := func(name string, ok bool, got any, want any) {
		t.Helper()
		tested[name] = true
		if !ok {
			t.Errorf("%s: got %v, want %v", name, got, want)
		}
	}

	r := run("top_entities", map[string]any{"label": "Person", "since": nil, "until": nil, "limit": 5})
	check("top_entities", len(r) > 0 && r[0]["id"] == zel, r, zel)

	r = run("co_occurring", map[string]any{"entity": zel, "type": "Place", "limit": 10})
	check("co_occurring", len(r) > 0 && r[0]["id"] == x.topPlace(zel), r, x.topPlace(zel)) // Kursk or North Korea

	r = run("entity_profile", map[string]any{"entity": "Volodymyr Zelensky", "limit": 100})
	check("entity_profile", len(r) == 1 && len(r[0]["in_articles"].([]any)) == x.articlesOf(zel) &&
		reflect.DeepEqual(r[0]["aliases"], []any{"Volodymyr Zelensky", "Zelensky"}), r, x.articlesOf(zel))

	r = run("ego_network", map[string]any{"entity": zel, "min_sentences": 2})
	check("ego_network", reflect.DeepEqual(distinct(r, "other"), x.ego(zel, 2)), distinct(r, "other"), x.ego(zel, 2))

	r = run("strongest_pairs", map[string]any{"type_a": "Person", "type_b": "Place", "min_sentences": 1, "limit": 5})
	check("strongest_pairs", len(r) > 0 && r[0]["sentences"] == int64(x.strongest("Person", "Place")) && r[0]["type_a"] == "Person", r, x.strongest("Person", "Place"))

	r = run("events_timeline", map[string]any{"entity": zel, "since": nil, "until": nil})
	check("events_timeline", len(r) == x.eventRoles(zel), len(r), x.eventRoles(zel))

	r = run("who_acted_on_whom", map[string]any{"event_type": nil, "limit": 1000})
	check("who_acted_on_whom", sumInt(r, "events") == x.actorTargetTriples(), sumInt(r, "events"), x.actorTargetTriples())

	r = run("shortest_paths", map[string]any{"from": "person:oleksandr syrskyi", "to": "place:china"})
	want := x.distance("person:oleksandr syrskyi", "place:china", graph.RelCoOccurs)
	check("shortest_paths", len(r) > 0 && r[0]["hops"] == int64(want), r, want)

	r = run("event_paths", map[string]any{"from": zel, "to": "place:russia"})
	want = x.distance(zel, "place:russia", graph.RelActorIn, graph.RelTargetOf, graph.RelOccurredIn)
	check("event_paths", (want < 0 && len(r) == 0) || (len(r) > 0 && r[0]["hops"] == int64(want)), r, want)

	all := []string{zel, "place:kursk", "place:north korea"}
	r = run("articles_mentioning_all", map[string]any{"entities": all})
	check("articles_mentioning_all", len(r) == x.mentioningAll(all), len(r), x.mentioningAll(all))

	r = run("emerging_links", map[string]any{"since": "2025-01-01", "until": nil, "type": nil, "limit": 100000})
	check("emerging_links", len(r) == x.pairsInDated(), len(r), x.pairsInDated())

	r = run("same_story", map[string]any{"min_similarity": 0.0, "limit": 100})
	check("same_story", len(r) == x.stories(), len(r), x.stories())

	read, err := db.ReadGraph(ctx, graph.Selection{})
	check("export_all", err == nil && reflect.DeepEqual(read, g), err, "the built graph")
	read, err = db.ReadGraph(ctx, graph.Selection{Entities: []string{"Volodymyr Zelensky"}, Depth: 1, Since: "2025-01-01"})
	check("export_entities", err == nil && len(read.Nodes) > 1 && len(read.Nodes) < len(g.Nodes), err, "a part")
	tested["export_neighbours"], tested["export_relationships"] = true, true
	read, err = db.ReadGraph(ctx, graph.Selection{Since: "2025-01-01", Until: "2025-12-31"})
	check("export_period", err == nil && len(read.Nodes) > 1, err, "a part")

	for _, name := range cypher.Queries() {
		if !tested[name] {
			t.Errorf("library query %s is not run by this test", name)
		}
	}
}

func distinct(r rows, key string) []string {
	seen := map[string]bool{}
	var out []string
	for _, row := range r {
		if s, ok := row[key].(string); ok && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func sumInt(r rows, key string) int {
	n := 0
	for _, row := range r {
		v, _ := row[key].(int64)
		n += int(v)
	}
	return n
}

// expect computes the library's answers from the built graph, in Go.
type expect struct {
	g     *graph.Graph
	nodes map[string]graph.Node
}

func newExpect(g *graph.Graph) *expect {
	x := &expect{g: g, nodes: map[string]graph.Node{}}
	for _, n := range g.Nodes {
		x.nodes[n.ID] = n
	}
	return x
}

func (x *expect) kind(id string) string       { l := x.nodes[id].Labels; return l[len(l)-1] }
func (x *expect) name(id string) string       { s, _ := x.nodes[id].Properties["name"].(string); return s }
func prop(r graph.Relationship, k string) int { v, _ := r.Properties[k].(int); return v }

func (x *expect) topPlace(id string) string {
	best, bs, ba := "", -1, -1
	for _, r := range x.g.Relationships {
		if r.Type != graph.RelCoOccurs || (r.Start != id && r.End != id) {
			continue
		}
		o := r.Start
		if o == id {
			o = r.End
		}
		s, a := prop(r, "sentences"), prop(r, "articles")
		if x.kind(o) == graph.LabelPlace && (s > bs || s == bs && a > ba || s == bs && a == ba && x.name(o) < x.name(best)) {
			best, bs, ba = o, s, a
		}
	}
	return best
}

func (x *expect) articlesOf(id string) int {
	n := 0
	for _, r := range x.g.Relationships {
		if r.Type == graph.RelMentions && r.End == id {
			n++
		}
	}
	return n
}

func (x *expect) ego(id string, min int) []string {
	adj := map[string][]string{}
	for _, r := range x.g.Relationships {
		if r.Type == graph.RelCoOccurs && prop(r, "sentences") >= min {
			adj[r.Start] = append(adj[r.Start], r.End)
			adj[r.End] = append(adj[r.End], r.Start)
		}
	}
	seen := map[string]bool{}
	for _, a := range adj[id] {
		seen[a] = true
		for _, b := range adj[a] {
			seen[b] = true
		}
	}
	delete(seen, id)
	var out []string
	for o := range seen {
		out = append(out, x.name(o))
	}
	sort.Strings(out)
	return out
}

func (x *expect) strongest(ta, tb string) int {
	best := 0
	for _, r := range x.g.Relationships {
		ks, ke := x.kind(r.Start), x.kind(r.End)
		if r.Type == graph.RelCoOccurs && (ks == ta && ke == tb || ks == tb && ke == ta) {
			best = max(best, prop(r, "sentences"))
		}
	}
	return best
}

func (x *expect) eventRoles(id string) int {
	n := 0
	for _, r := range x.g.Relationships {
		if (r.Type == graph.RelActorIn || r.Type == graph.RelTargetOf) && r.Start == id || r.Type == graph.RelOccurredIn && r.End == id {
			n++
		}
	}
	return n
}

func (x *expect) actorTargetTriples() int {
	actors, targets := map[string][]string{}, map[string][]string{}
	for _, r := range x.g.Relationships {
		switch r.Type {
		case graph.RelActorIn:
			actors[r.End] = append(actors[r.End], r.Start)
		case graph.RelTargetOf:
			targets[r.End] = append(targets[r.End], r.Start)
		}
	}
	n := 0
	for v, as := range actors {
		for _, a := range as {
			for _, t := range targets[v] {
				if a != t {
					n++
				}
			}
		}
	}
	return n
}

// distance is the fewest steps from a to b over the types, either way, or -1.
func (x *expect) distance(a, b string, types ...string) int {
	adj := map[string][]string{}
	for _, r := range x.g.Relationships {
		for _, t := range types {
			if r.Type == t {
				adj[r.Start] = append(adj[r.Start], r.End)
				adj[r.End] = append(adj[r.End], r.Start)
			}
		}
	}
	dist := map[string]int{a: 0}
	queue := []string{a}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == b {
			return dist[n]
		}
		for _, m := range adj[n] {
			if _, ok := dist[m]; !ok {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
	return -1
}

func (x *expect) mentioned() map[string][]string {
	out := map[string][]string{}
	for _, r := range x.g.Relationships {
		if r.Type == graph.RelMentions {
			out[r.Start] = append(out[r.Start], r.End)
		}
	}
	return out
}

func (x *expect) mentioningAll(ids []string) int {
	n := 0
	for _, ents := range x.mentioned() {
		has := map[string]bool{}
		for _, e := range ents {
			has[e] = true
		}
		all := true
		for _, id := range ids {
			all = all && has[id]
		}
		if all {
			n++
		}
	}
	return n
}

// pairsInDated counts the entity pairs named together in a dated article
// (the test articles are all from 2025, so every such pair is new then).
func (x *expect) pairsInDated() int {
	pairs := map[[2]string]bool{}
	for a, ents := range x.mentioned() {
		if p, _ := x.nodes[a].Properties["published"].(string); p < "2025-01-01" {
			continue
		}
		for _, e := range ents {
			for _, f := range ents {
				if e < f {
					pairs[[2]string{e, f}] = true
				}
			}
		}
	}
	return len(pairs)
}

// stories counts the groups of articles joined by SAME_STORY.
func (x *expect) stories() int {
	parent := map[string]string{}
	var find func(string) string
	find = func(s string) string {
		if p, ok := parent[s]; ok && p != s {
			return find(p)
		}
		return s
	}
	for _, r := range x.g.Relationships {
		if r.Type == graph.RelSameStory {
			parent[find(r.Start)] = find(r.End)
			if _, ok := parent[r.End]; !ok {
				parent[r.End] = r.End
			}
		}
	}
	roots := map[string]bool{}
	for s := range parent {
		roots[find(s)] = true
	}
	return len(roots)
}

// Every runnable block of the Browser guide passes the Cypher check.
func TestGuidePassesCypherCheck(t *testing.T) {
	b, err := os.ReadFile("guide/newsgraph.html")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile(`(?s)<pre class="pre-scrollable code runnable">(.*?)</pre>`).FindAllStringSubmatch(string(b), -1)
	if len(blocks) < 10 {
		t.Fatalf("only %d runnable blocks in the guide", len(blocks))
	}
	lint.RequireOrSkip(t)
	var stmts []lint.Statement
	for i, m := range blocks {
		stmts = append(stmts, lint.Statement{Name: "guide block " + strconv.Itoa(i+1), Text: html.UnescapeString(m[1]), Console: true})
	}
	problems, err := lint.Check(stmts)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}
