package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// surnameArticles are short news texts about people named in full in some
// articles and by surname alone in others. "lone" and "lone-retold" are one
// story told twice (a SAME_STORY pair) that names Trump alone.
func surnameArticles(t *testing.T) map[string]analysed {
	t.Helper()
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	story := "On Tuesday, Trump said that the talks with Russia would continue. He criticised the European Union over its tariffs on American cars, " +
		"and Trump said the German government would answer in kind. Officials in Brussels said a meeting with Ursula von der Leyen was planned for next week."
	texts := []struct{ id, published, text string }{
		{"full-1", "2025-03-01", "Donald Trump met Volodymyr Zelensky at the White House on Monday. Donald Trump said the meeting was good."},
		{"full-2", "2025-03-02", "Donald Trump spoke to reporters in Florida about the war in Ukraine."},
		{"lone", "2025-03-04", story},
		{"lone-retold", "2025-03-04", story + " The statement came after a call with Emmanuel Macron."},
		{"melania", "2025-03-05", "Melania Trump visited a children's hospital in New York on Wednesday."},
	}
	out := map[string]analysed{}
	for _, tx := range texts {
		a := article.Article{ID: tx.id, Published: tx.published, Text: tx.text, SHA256: article.Hash(tx.text), Source: "test"}
		out[tx.id] = analysed{[]article.Article{a}, []nlp.Analysis{x.Analyze(a.Text, a.Published)}}
	}
	return out
}

func join(m map[string]analysed, ids ...string) analysed {
	var a analysed
	for _, id := range ids {
		a.arts = append(a.arts, m[id].arts...)
		a.anals = append(a.anals, m[id].anals...)
	}
	return a
}

// A surname alone links to the full name that other articles use, and
// unlinks when that stops being clear, in whatever order the articles come
// and go: each state is the graph of its articles built at once.
func TestSurnameLinksAcrossArticles(t *testing.T) {
	eachStore(t, checkSurnameLinks)
}

// checkSurnameLinks is TestSurnameLinksAcrossArticles on the stores
// newStore gives, each one empty.
func checkSurnameLinks(t *testing.T, newStore func() testStore) {
	m := surnameArticles(t)
	if e := entity(m["lone"].anals[0], "person:trump"); e == nil || e.Surname != "trump" || e.Given != "" {
		t.Fatalf("the lone article's Trump: %+v, want a surname alone", e)
	}
	for _, order := range [][]string{
		{"lone", "lone-retold", "full-1", "full-2"}, // links when the second full name comes
		{"full-1", "full-2", "lone", "lone-retold"}, // linked as it comes
		{"full-1", "lone", "full-2", "lone-retold"},
		{"", "lone", "full-2", "lone-retold", "full-1"}, // one batch, then each again: unchanged
	} {
		s := newStore()
		if order[0] == "" { // one batch
			order = order[1:]
			load(t, s, join(m, order...), 1000)
		}
		for _, id := range order {
			load(t, s, join(m, id), 500)
		}
		all := join(m, order...)
		got := s.Graph()
		sameGraph(t, "after "+order[len(order)-1], got, built(all))
		if n := findNode(got, "person:trump"); n != nil {
			t.Errorf("%v: person:trump is still a node: %v", order, n.Properties)
		}
		trump := findNode(got, "person:donald trump")
		if trump == nil {
			t.Fatalf("%v: no person:donald trump", order)
		}
		p := trump.Properties
		if p["articles"] != 4 || p["linked_articles"] != 2 || p["name"] != "Donald Trump" || !slices.Contains(p["aliases"].([]string), "Trump") {
			t.Errorf("%v: donald trump %v, want 4 articles, 2 of them linked, named Donald Trump, alias Trump", order, p)
		}
		if !slices.Contains(sameStory(got), "lone lone-retold") {
			t.Errorf("%v: the retelling lost its SAME_STORY link: %v", order, sameStory(got))
		}
		if !actorIn(got, "person:donald trump", "lone") {
			t.Errorf("%v: the lone article's statement is not Donald Trump's", order)
		}

		// A second Trump named in full: one article against two is
		// no longer clear, so the lone ones go back to "Trump".
		load(t, s, join(m, "melania"), 500)
		got = s.Graph()
		sameGraph(t, "with melania", got, built(join(m, append(order, "melania")...)))
		if n := findNode(got, "person:trump"); n == nil || n.Properties["articles"] != 2 {
			t.Errorf("%v: with Melania Trump, person:trump should be back with 2 articles: %v", order, n)
		}
		if actorIn(got, "person:donald trump", "lone") {
			t.Errorf("%v: with Melania Trump the lone statement is still Donald Trump's", order)
		}
		if !slices.Contains(sameStory(got), "lone lone-retold") {
			t.Errorf("%v: unlinking lost the SAME_STORY link", order)
		}

		// Deleting Melania's article links them again; deleting a
		// full name's article then unlinks them (one is not enough).
		for _, gone := range []string{"melania", "full-2"} {
			if _, err := graph.Delete(context.Background(), s, []string{gone}); err != nil {
				t.Fatal(err)
			}
		}
		got = s.Graph()
		sameGraph(t, "after deletes", got, built(join(m, "full-1", "lone", "lone-retold")))
		if findNode(got, "person:trump") == nil {
			t.Errorf("%v: with one Donald Trump article, person:trump should be its own node", order)
		}
	}
}

func entity(an nlp.Analysis, id string) *nlp.Entity {
	for i := range an.Entities {
		if an.Entities[i].ID == id {
			return &an.Entities[i]
		}
	}
	return nil
}

// actorIn reports whether who is an actor of an event the article reports.
func actorIn(g *graph.Graph, who, article string) bool {
	reported := map[string]bool{}
	for _, r := range g.Relationships {
		if r.Type == graph.RelReports && r.Start == article {
			reported[r.End] = true
		}
	}
	for _, r := range g.Relationships {
		if r.Type == graph.RelActorIn && r.Start == who && reported[r.End] {
			return true
		}
	}
	return false
}
