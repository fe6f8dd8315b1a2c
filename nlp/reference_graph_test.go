package nlp_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// The graph makes entity nodes of names only: a built graph has no node
// for a nominal or pronoun reference ("the government", "he", "they"),
// and one node for each named entity.
func TestGraphHasNoReferenceNodes(t *testing.T) {
	text := "The UK continues to stand shoulder to shoulder with the government and people of Iraq in the fight against terrorism. " +
		"This listing gives yet another indication that Assad’s “war” on ISIL is a sham and that he supports them financially. " +
		"The Syrian Democratic Forces announced that they began their advance to isolate Raqqah, Syria, Nov. 6, 2016."
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	an := x.Analyze(text, "2016-11-07")
	kinds := map[nlp.ReferenceKind]int{}
	for _, r := range an.Mentions {
		kinds[r.Kind]++
	}
	if kinds[nlp.Nominal] == 0 || kinds[nlp.Pronoun] == 0 {
		t.Fatalf("want nominal and pronoun references, got %v", kinds)
	}
	b := graph.NewBuilder()
	a := article.Article{ID: "article:refs", Text: text, Published: "2016-11-07", SHA256: article.Hash(text)}
	if !b.Add(a, an) {
		t.Fatal("article refused")
	}
	entities := map[string]bool{}
	for _, n := range b.Graph().Nodes {
		for _, l := range n.Labels {
			if l == graph.LabelEntity {
				entities[n.ID] = true
			}
		}
	}
	for _, e := range an.Entities {
		if !entities[e.ID] {
			t.Errorf("no node for entity %s", e.ID)
		}
	}
	if len(entities) != len(an.Entities) {
		t.Errorf("%d entity nodes for %d entities: %v", len(entities), len(an.Entities), entities)
	}
	for id := range entities {
		for _, r := range an.Mentions {
			if r.Kind != nlp.Named && id[strings.Index(id, ":")+1:] == strings.ToLower(r.Text) {
				t.Errorf("entity node %s made of the %s reference %q", id, r.Kind, r.Text)
			}
		}
	}
}
