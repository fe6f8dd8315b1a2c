package graph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

func findRel(g *graph.Graph, typ, a, b string) *graph.Relationship {
	for i, r := range g.Relationships {
		if r.Type == typ && ((r.Start == a && r.End == b) || (r.Start == b && r.End == a)) {
			return &g.Relationships[i]
		}
	}
	return nil
}

func findNode(g *graph.Graph, id string) *graph.Node {
	for i, n := range g.Nodes {
		if n.ID == id {
			return &g.Nodes[i]
		}
	}
	return nil
}

// The two test articles are one story from two outlets: Zelensky and Kursk
// share sentences in both.
func TestSeedStoryCoOccurrence(t *testing.T) {
	g := graphtest.SeedGraph(t)
	r := findRel(g, graph.RelCoOccurs, "person:volodymyr zelensky", "place:kursk")
	if r == nil {
		t.Fatal("no CO_OCCURS_WITH between Zelensky and Kursk")
	}
	if r.Start > r.End {
		t.Errorf("CO_OCCURS_WITH runs %s -> %s; start id must be the smaller", r.Start, r.End)
	}
	if got := r.Properties["articles"]; got != 2 {
		t.Errorf("Zelensky-Kursk articles = %v, want 2", got)
	}
	if got := r.Properties["sentences"].(int); got < 4 {
		t.Errorf("Zelensky-Kursk sentences = %d, want at least 4", got)
	}
	z := findNode(g, "person:volodymyr zelensky")
	if z == nil || z.Properties["articles"] != 2 {
		t.Fatalf("Zelensky node %+v", z)
	}
	for _, n := range g.Nodes {
		if n.Labels[0] == graph.LabelArticle {
			if findRel(g, graph.RelMentions, n.ID, z.ID) == nil {
				t.Errorf("article %s does not MENTION Zelensky", n.ID)
			}
		}
	}
}

// Counts on nodes agree with the relationships they summarize.
func TestEntityCountsMatchMentions(t *testing.T) {
	g := graphtest.SeedGraph(t)
	mentions, articles := map[string]int{}, map[string]int{}
	for _, r := range g.Relationships {
		if r.Type == graph.RelMentions {
			mentions[r.End] += r.Properties["count"].(int)
			articles[r.End]++
		}
	}
	for _, n := range g.Nodes {
		if n.Labels[0] != graph.LabelEntity {
			continue
		}
		if n.Properties["mentions"] != mentions[n.ID] || n.Properties["articles"] != articles[n.ID] {
			t.Errorf("%s: mentions %v articles %v, relationships say %d and %d",
				n.ID, n.Properties["mentions"], n.Properties["articles"], mentions[n.ID], articles[n.ID])
		}
	}
}

func TestBuilderIgnoresRepeatedArticle(t *testing.T) {
	arts, anals := graphtest.Seeds(t)
	once, twice := graph.NewBuilder(), graph.NewBuilder()
	once.Add(arts[0], anals[0])
	twice.Add(arts[0], anals[0])
	if twice.Add(arts[0], anals[0]) {
		t.Fatal("second Add of the same article reported true")
	}
	a, b := once.Graph(), twice.Graph()
	if len(a.Nodes) != len(b.Nodes) || len(a.Relationships) != len(b.Relationships) {
		t.Fatal("adding an article twice changed the graph")
	}
}

// Every relationship connects nodes that exist, with the labels its type
// promises.
func TestRelationshipsConnectExistingNodes(t *testing.T) {
	g := graphtest.SeedGraph(t)
	labels := map[string]map[string]bool{}
	for _, n := range g.Nodes {
		labels[n.ID] = map[string]bool{}
		for _, l := range n.Labels {
			labels[n.ID][l] = true
		}
	}
	ends := map[string][2]string{
		graph.RelMentions:   {graph.LabelArticle, graph.LabelEntity},
		graph.RelCoOccurs:   {graph.LabelEntity, graph.LabelEntity},
		graph.RelReports:    {graph.LabelArticle, graph.LabelEvent},
		graph.RelActorIn:    {graph.LabelEntity, graph.LabelEvent},
		graph.RelTargetOf:   {graph.LabelEntity, graph.LabelEvent},
		graph.RelOccurredIn: {graph.LabelEvent, graph.LabelPlace},
	}
	for _, r := range g.Relationships {
		want, ok := ends[r.Type]
		if !ok {
			continue
		}
		if !labels[r.Start][want[0]] || !labels[r.End][want[1]] {
			t.Errorf("%s from %s to %s: want (:%s)->(:%s)", r.Type, r.Start, r.End, want[0], want[1])
		}
	}
}
