package graph_test

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/nlp"
)

// battle is the Makhnovka battle as each seed article reports it.
func battle(date string, actors ...string) nlp.Event {
	return nlp.Event{
		Type: "ASSAULT", Trigger: "battles", Date: date, Sentence: 3,
		Text:   "In battles yesterday and today near just one village, Makhnovka, in Kursk region, the Russian army lost up to a battalion of North Korean infantry soldiers.",
		Actors: actors, Place: "place:makhnovka", Confidence: 0.5,
	}
}

func buildEvents(t *testing.T, order []string, evs map[string][]nlp.Event) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	for _, id := range order {
		b.Add(article.Article{ID: id, SHA256: id}, nlp.Analysis{Events: evs[id]})
	}
	return b.Graph()
}

func eventNodes(g *graph.Graph) []graph.Node {
	var out []graph.Node
	for _, n := range g.Nodes {
		if n.Labels[0] == graph.LabelEvent {
			out = append(out, n)
		}
	}
	return out
}

func relCount(g *graph.Graph, typ, end string) int {
	n := 0
	for _, r := range g.Relationships {
		if r.Type == typ && (r.End == end || r.Start == end) {
			n++
		}
	}
	return n
}

func TestEventReportedTwiceIsOneNode(t *testing.T) {
	g := buildEvents(t, []string{"article:a", "article:b"}, map[string][]nlp.Event{
		"article:a": {battle("2025-01-04", "place:russia", "place:north korea")},
		"article:b": {battle("2025-01-05", "place:north korea")},
	})
	evs := eventNodes(g)
	if len(evs) != 1 {
		t.Fatalf("got %d event nodes, want 1 merged: %+v", len(evs), evs)
	}
	if got := evs[0].Properties["sources"]; got != 2 {
		t.Errorf("sources = %v, want 2", got)
	}
	if n := relCount(g, graph.RelReports, evs[0].ID); n != 2 {
		t.Errorf("%d REPORTS edges, want 2", n)
	}
	if n := relCount(g, graph.RelActorIn, evs[0].ID); n != 2 {
		t.Errorf("%d ACTOR_IN edges, want the union of both reports' actors (2)", n)
	}
}

func TestDifferentEventsStayApart(t *testing.T) {
	other := battle("2025-01-04", "place:russia")
	other.Place = "place:pokrovsk"
	late := battle("2025-01-09", "place:russia")
	stranger := battle("2025-01-04", "place:ukraine")
	g := buildEvents(t, []string{"article:a", "article:b"}, map[string][]nlp.Event{
		"article:a": {battle("2025-01-04", "place:russia")},
		"article:b": {other, late, stranger},
	})
	if n := len(eventNodes(g)); n != 4 {
		t.Errorf("got %d event nodes, want 4: another place, another week and other actors are other events", n)
	}
}

func TestEventIDsDoNotDependOnArticleOrder(t *testing.T) {
	evs := map[string][]nlp.Event{
		"article:a": {battle("2025-01-04", "place:russia"), {Type: "STATEMENT", Trigger: "said", Actors: []string{"person:volodymyr zelensky"}, Confidence: 0.8}},
		"article:b": {battle("", "place:russia")},
	}
	g1 := buildEvents(t, []string{"article:a", "article:b"}, evs)
	g2 := buildEvents(t, []string{"article:b", "article:a"}, evs)
	if !reflect.DeepEqual(eventNodes(g1), eventNodes(g2)) {
		t.Errorf("event nodes differ with article order:\n%+v\n%+v", eventNodes(g1), eventNodes(g2))
	}
}

// Neo4j stores scalars and homogeneous lists, never maps or nulls.
func TestEventPropertiesAreNeo4jLegal(t *testing.T) {
	ev := battle("2025-01-04", "place:russia")
	ev.Mode, ev.Killed = "artillery", 3
	g := buildEvents(t, []string{"article:a"}, map[string][]nlp.Event{"article:a": {ev, {Type: "STATEMENT", Trigger: "said", Actors: []string{"person:x"}}}})
	for _, n := range eventNodes(g) {
		for k, v := range n.Properties {
			switch v.(type) {
			case string, int, float64, bool, []string:
			default:
				t.Errorf("%s.%s = %#v (%T): not a Neo4j property value", n.ID, k, v, v)
			}
		}
		if n.Properties["type"] == "STATEMENT" {
			for _, k := range []string{"date", "mode", "killed", "injured", "size"} {
				if _, ok := n.Properties[k]; ok {
					t.Errorf("%s has %s though the event states none", n.ID, k)
				}
			}
		}
	}
}

// The two seed articles tell one story from two outlets: events both
// report must come out as one node with two sources.
func TestSeedArticlesShareEvents(t *testing.T) {
	g := graphtest.SeedGraph(t)
	shared := 0
	for _, n := range eventNodes(g) {
		if n.Properties["sources"] == 2 {
			shared++
			t.Logf("shared: %s %q %v", n.Properties["type"], n.Properties["trigger"], n.Properties["text"])
		}
	}
	if shared == 0 {
		t.Errorf("no event of the seed articles has two sources")
	}
}

// Reports that name no actor, no target and no place are events of their
// own: the same day and type is no evidence of the same event. Reports
// with an actor and a place merge.
func TestBareReportsAreNotMerged(t *testing.T) {
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text   string
		events int
	}{
		{"Two people are killed in an airstrike on a boat.", 2},
		{"An Israeli airstrike in Gaza kills two people.", 1},
	} {
		b := graph.NewBuilder()
		for _, id := range []string{"article:a", "article:b"} {
			an := x.Analyze(c.text, "2025-01-03")
			if len(an.Events) != 1 {
				t.Fatalf("%q: %d events extracted, want 1", c.text, len(an.Events))
			}
			b.Add(article.Article{ID: id, SHA256: id, Published: "2025-01-03"}, an)
		}
		if got := len(eventNodes(b.Graph())); got != c.events {
			t.Errorf("%q reported by two articles on one day: %d event nodes, want %d", c.text, got, c.events)
		}
	}
}
