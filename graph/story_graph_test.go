package graph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

func TestBuilderReportsTextDuplicates(t *testing.T) {
	arts, anals := graphtest.Seeds(t)
	b := graph.NewBuilder()
	a := arts[0]
	a.ID = "given-1"
	if !b.Add(a, anals[0]) {
		t.Fatal("first copy refused")
	}
	a.ID = "given-2"
	if b.Add(a, anals[0]) {
		t.Error("Builder added the same text under a second id")
	}
	g := b.Graph()
	n := 0
	for _, nd := range g.Nodes {
		if nd.Labels[0] == graph.LabelArticle {
			n++
			if nd.ID != "given-1" {
				t.Errorf("kept %s, want the first, given-1", nd.ID)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d article nodes, want 1", n)
	}
}

func TestSameStoryInGraph(t *testing.T) {
	arts, anals := graphtest.Seeds(t)
	var rels []graph.Relationship
	for run := 0; run < 2; run++ {
		b := graph.NewBuilder()
		// Order must not matter: add them the other way round the second time.
		for i := range arts {
			k := i
			if run == 1 {
				k = len(arts) - 1 - i
			}
			b.Add(arts[k], anals[k])
		}
		var got []graph.Relationship
		for _, r := range b.Graph().Relationships {
			if r.Type == graph.RelSameStory {
				got = append(got, r)
			}
		}
		if len(got) != 1 {
			t.Fatalf("%d SAME_STORY relationships, want 1", len(got))
		}
		if run == 1 && (got[0].Start != rels[0].Start || got[0].End != rels[0].End || got[0].Properties["similarity"] != rels[0].Properties["similarity"]) {
			t.Errorf("order changed the link: %v vs %v", got[0], rels[0])
		}
		rels = got
	}
}
