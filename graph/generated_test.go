package graph_test

import (
	"fmt"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// generated is a graph.Source made up as it is read, in the Source order,
// and never held: a graph of any size for the writers' tests and
// benchmarks. Every relationship's ends are nodes of the graph.
type generated struct {
	articles, entities, events int
	mentions                   int // MENTIONS an article
	coOccurs                   int // CO_OCCURS_WITH an entity, to entities after it
	reports                    int // REPORTS an article
}

// Entity i's kind: the first third organizations, then people, then
// places, so that ids in index order are in id order.
var entityKinds = []struct{ label, prefix string }{
	{graph.LabelOrganization, "organization:o"},
	{graph.LabelPerson, "person:p"},
	{graph.LabelPlace, "place:l"},
}

func (g generated) articleID(i int) string { return fmt.Sprintf("gen:%07d", i) }
func (g generated) eventID(i int) string   { return fmt.Sprintf("event:%07d", i) }

func (g generated) entityKind(i int) int { return min(3*i/g.entities, 2) }

func (g generated) entityID(i int) string {
	return fmt.Sprintf("%s%07d", entityKinds[g.entityKind(i)].prefix, i)
}

// placeOf is an index of a place entity.
func (g generated) placeOf(i int) int {
	first := (2*g.entities + 2) / 3 // the least j with 3j >= 2*entities
	return first + int(mix(i, 7)%uint64(g.entities-first))
}

// mix is a fixed pseudo-random number for (i, salt).
func mix(i, salt int) uint64 {
	x := uint64(i)*0x9e3779b97f4a7c15 + uint64(salt)*0xbf58476d1ce4e5b9
	x ^= x >> 31
	x *= 0x94d049bb133111eb
	x ^= x >> 29
	return x
}

// ends is up to k distinct indexes in [lo, hi) for start i, in order.
func ends(i, salt, k, lo, hi int) []int {
	if hi <= lo {
		return nil
	}
	out := make([]int, 0, k)
	for j := 0; j < k; j++ {
		out = append(out, lo+int(mix(i, salt+j)%uint64(hi-lo)))
	}
	sort.Ints(out)
	uniq := out[:0]
	for j, e := range out {
		if j == 0 || e != out[j-1] {
			uniq = append(uniq, e)
		}
	}
	return uniq
}

// mentionsOf is entity i's "mentions": a few entities are mentioned a lot.
func mentionsOf(i int) int { return 1 + int(1e6/(1+mix(i, 3)%100000)) }

func (g generated) EachNode(fn func(graph.Node) error) error {
	for i := 0; i < g.articles; i++ {
		id := g.articleID(i)
		if err := fn(graph.Node{ID: id, Labels: []string{graph.LabelArticle}, Properties: map[string]any{
			"id": id, "sha256": fmt.Sprintf("%064x", mix(i, 1)), "title": fmt.Sprintf("Article %d: \"talks\" on a ceasefire, day %d", i, i%31),
			"url": "https://example.com/news/" + id, "source": "gen", "published": fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)}}); err != nil {
			return err
		}
	}
	for i := 0; i < g.entities; i++ {
		id, k := g.entityID(i), entityKinds[g.entityKind(i)]
		name := fmt.Sprintf("Name %d", i)
		if err := fn(graph.Node{ID: id, Labels: []string{graph.LabelEntity, k.label}, Properties: map[string]any{
			"id": id, "name": name, "aliases": []string{name, fmt.Sprintf("N. %d", i)}, "names": []string{name},
			"name_mentions": []int{mentionsOf(i)}, "mentions": mentionsOf(i), "articles": 1 + mentionsOf(i)/3,
			"alias_articles": []int{1, 1}}}); err != nil {
			return err
		}
	}
	for i := 0; i < g.events; i++ {
		id := g.eventID(i)
		if err := fn(graph.Node{ID: id, Labels: []string{graph.LabelEvent}, Properties: map[string]any{
			"id": id, "type": "STATEMENT", "trigger": "said", "text": fmt.Sprintf("Name %d said it, event %d.", i, i),
			"confidence": 0.5, "sources": 1, "date": fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)}}); err != nil {
			return err
		}
	}
	return nil
}

func (g generated) EachRelationship(fn func(graph.Relationship) error) error {
	emit := func(typ, start, end string, props map[string]any) error {
		return fn(graph.Relationship{Type: typ, Start: start, End: end, Properties: props})
	}
	// In type order: ACTOR_IN, CO_OCCURS_WITH, MENTIONS, OCCURRED_IN,
	// REPORTS, SAME_STORY, TARGET_OF; each by start, then end.
	for i := 0; i < g.entities && g.events > 0; i++ {
		if mix(i, 11)%2 == 0 {
			if err := emit(graph.RelActorIn, g.entityID(i), g.eventID(int(mix(i, 12)%uint64(g.events))), map[string]any{}); err != nil {
				return err
			}
		}
	}
	for i := 0; i < g.entities; i++ {
		for _, e := range ends(i, 20, g.coOccurs, i+1, g.entities) {
			if err := emit(graph.RelCoOccurs, g.entityID(i), g.entityID(e), map[string]any{
				"sentences": 1 + int(mix(i, e)%9), "articles": 1 + int(mix(e, i)%4)}); err != nil {
				return err
			}
		}
	}
	for i := 0; i < g.articles; i++ {
		for _, e := range ends(i, 40, g.mentions, 0, g.entities) {
			if err := emit(graph.RelMentions, g.articleID(i), g.entityID(e), map[string]any{
				"count": 1 + int(mix(i, e)%5), "name": fmt.Sprintf("Name %d", e), "sentences": []int{0, 2}}); err != nil {
				return err
			}
		}
	}
	for i := 0; i < g.events && g.entities > 0; i++ {
		if err := emit(graph.RelOccurredIn, g.eventID(i), g.entityID(g.placeOf(i)), map[string]any{}); err != nil {
			return err
		}
	}
	for i := 0; i < g.articles; i++ {
		for n, e := range ends(i, 60, g.reports, 0, g.events) {
			if err := emit(graph.RelReports, g.articleID(i), g.eventID(e), map[string]any{
				"n": n, "type": "STATEMENT", "trigger": "said", "text": "They said so.", "sentence": n, "confidence": 0.5}); err != nil {
				return err
			}
		}
	}
	for i := 0; i+1 < g.articles; i++ {
		if err := emit(graph.RelSameStory, g.articleID(i), g.articleID(i+1), map[string]any{"similarity": 0.5 + float64(mix(i, 70)%50)/100}); err != nil {
			return err
		}
	}
	for i := 0; i < g.entities && g.events > 0; i++ {
		if mix(i, 13)%2 == 0 {
			if err := emit(graph.RelTargetOf, g.entityID(i), g.eventID(int(mix(i, 14)%uint64(g.events))), map[string]any{}); err != nil {
				return err
			}
		}
	}
	return nil
}

// materialize reads src into a Graph.
func materialize(src graph.Source) (*graph.Graph, error) {
	g := &graph.Graph{}
	if err := src.EachNode(func(n graph.Node) error { g.Nodes = append(g.Nodes, n); return nil }); err != nil {
		return nil, err
	}
	err := src.EachRelationship(func(r graph.Relationship) error { g.Relationships = append(g.Relationships, r); return nil })
	return g, err
}

// The generated graph is in the Source order, like the Builder's.
func TestGeneratedIsInSourceOrder(t *testing.T) {
	g, err := materialize(generated{articles: 50, entities: 90, events: 40, mentions: 6, coOccurs: 3, reports: 2})
	if err != nil {
		t.Fatal(err)
	}
	kind := map[string]int{graph.LabelArticle: 0, graph.LabelEntity: 1, graph.LabelEvent: 2}
	ids := map[string]bool{}
	for i, n := range g.Nodes {
		ids[n.ID] = true
		if i > 0 {
			p := g.Nodes[i-1]
			if kind[p.Labels[0]] > kind[n.Labels[0]] || kind[p.Labels[0]] == kind[n.Labels[0]] && p.ID >= n.ID {
				t.Fatalf("node %s after %s", n.ID, p.ID)
			}
		}
	}
	for i, r := range g.Relationships {
		if !ids[r.Start] || !ids[r.End] {
			t.Fatalf("%s %s -> %s: an end is not a node", r.Type, r.Start, r.End)
		}
		if i > 0 {
			p := g.Relationships[i-1]
			if p.Type+"\x00"+p.Start+"\x00"+p.End >= r.Type+"\x00"+r.Start+"\x00"+r.End {
				t.Fatalf("%s %s -> %s after %s %s -> %s", r.Type, r.Start, r.End, p.Type, p.Start, p.End)
			}
		}
	}
	if len(g.Nodes) != 180 || len(g.Relationships) < 300 {
		t.Fatalf("%d nodes, %d relationships", len(g.Nodes), len(g.Relationships))
	}
}
