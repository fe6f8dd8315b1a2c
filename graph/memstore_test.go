package graph_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// memStore is a Store in memory with the semantics of the Cypher in
// cypher/load: nodes merged on id, relationships on type and ends (and
// REPORTS on the report's position n), SET replacing all properties, and
// the lookups of cypher/load/read_*.cypher. Tests load into it to check the
// rows the loader writes without a server.
type memStore struct {
	nodes map[string]graph.Node
	rels  map[relKey]graph.Relationship
	// failAfter makes the Update after that many succeed fail, as a
	// server that goes away mid-load; 0 never fails.
	failAfter, updates int
	// storyPages and storiesRead count the Stories pages read and the
	// articles on them.
	storyPages, storiesRead int
}

type relKey struct {
	typ, start, end string
	n               int
}

func keyOf(r graph.Relationship) relKey {
	k := relKey{typ: r.Type, start: r.Start, end: r.End}
	if r.Type == graph.RelReports {
		k.n = r.Properties["n"].(int)
	}
	return k
}

func newMemStore() *memStore {
	return &memStore{nodes: map[string]graph.Node{}, rels: map[relKey]graph.Relationship{}}
}

// Update runs fn on a copy and keeps it only if fn succeeds: one
// transaction.
func (m *memStore) Update(_ context.Context, fn func(graph.Tx) error) error {
	m.updates++
	if m.failAfter > 0 && m.updates > m.failAfter {
		return fmt.Errorf("server went away")
	}
	tx := &memTx{nodes: map[string]graph.Node{}, rels: map[relKey]graph.Relationship{}, m: m}
	for k, v := range m.nodes {
		tx.nodes[k] = v
	}
	for k, v := range m.rels {
		tx.rels[k] = v
	}
	if err := fn(tx); err != nil {
		return err
	}
	m.nodes, m.rels = tx.nodes, tx.rels
	return nil
}

// Graph is everything stored, in the Builder's order.
func (m *memStore) Graph() *graph.Graph {
	tx := &memTx{nodes: m.nodes, rels: m.rels}
	ids := make([]string, 0, len(m.nodes))
	for id := range m.nodes {
		ids = append(ids, id)
	}
	var rels []graph.Relationship
	for _, r := range m.rels {
		rels = append(rels, r)
	}
	return tx.piece(ids, rels)
}

type memTx struct {
	nodes map[string]graph.Node
	rels  map[relKey]graph.Relationship
	m     *memStore
}

// piece is a Graph of the given nodes and relationships, sorted as the
// Builder sorts: articles, entities, events by id; relationships by type,
// start, end, position.
func (tx *memTx) piece(ids []string, rels []graph.Relationship) *graph.Graph {
	g := &graph.Graph{Nodes: []graph.Node{}, Relationships: []graph.Relationship{}}
	seen := map[string]bool{}
	for _, id := range ids {
		if n, ok := tx.nodes[id]; ok && !seen[id] {
			seen[id] = true
			g.Nodes = append(g.Nodes, n)
		}
	}
	order := map[string]int{graph.LabelArticle: 0, graph.LabelEntity: 1, graph.LabelEvent: 2}
	sort.Slice(g.Nodes, func(i, j int) bool {
		oi, oj := order[g.Nodes[i].Labels[0]], order[g.Nodes[j].Labels[0]]
		if oi != oj {
			return oi < oj
		}
		return g.Nodes[i].ID < g.Nodes[j].ID
	})
	g.Relationships = append(g.Relationships, rels...)
	sort.Slice(g.Relationships, func(i, j int) bool {
		a, b := keyOf(g.Relationships[i]), keyOf(g.Relationships[j])
		return fmt.Sprintf("%s\x00%s\x00%s\x00%09d", a.typ, a.start, a.end, a.n) < fmt.Sprintf("%s\x00%s\x00%s\x00%09d", b.typ, b.start, b.end, b.n)
	})
	return g
}

func (tx *memTx) relsWhere(ok func(graph.Relationship) bool) []graph.Relationship {
	var out []graph.Relationship
	for _, r := range tx.rels {
		if ok(r) {
			out = append(out, r)
		}
	}
	return out
}

func (tx *memTx) Articles(ids []string) (*graph.Graph, error) {
	return tx.piece(ids, nil), nil
}

func (tx *memTx) Contributions(ids []string) (*graph.Graph, error) {
	want := set(ids)
	rels := tx.relsWhere(func(r graph.Relationship) bool {
		return want[r.Start] && (r.Type == graph.RelMentions || r.Type == graph.RelReports) && tx.nodes[r.Start].Labels[0] == graph.LabelArticle
	})
	nodes := append([]string{}, ids...)
	for _, r := range rels {
		nodes = append(nodes, r.End)
	}
	return tx.piece(nodes, rels), nil
}

func (tx *memTx) Entities(ids []string) (*graph.Graph, error) {
	var keep []string
	for _, id := range ids {
		if n, ok := tx.nodes[id]; ok && n.Labels[0] == graph.LabelEntity {
			keep = append(keep, id)
		}
	}
	return tx.piece(keep, nil), nil
}

func (tx *memTx) People(names []string) (*graph.Graph, error) {
	want := set(names)
	var keep []string
	for id, n := range tx.nodes {
		if n.Labels[0] == graph.LabelEntity && (want[str(n.Properties["surname"])] || want[str(n.Properties["given"])]) {
			keep = append(keep, id)
		}
	}
	return tx.piece(keep, nil), nil
}

func (tx *memTx) Lone(surnames []string) (*graph.Graph, error) {
	want := set(surnames)
	var keep []string
	for _, r := range tx.rels {
		if r.Type == graph.RelMentions && want[str(r.Properties["surname"])] {
			keep = append(keep, r.Start)
		}
	}
	return tx.piece(keep, nil), nil
}

func (tx *memTx) Pairs(pairs []graph.Relationship) (*graph.Graph, error) {
	var rels []graph.Relationship
	var nodes []string
	for _, p := range pairs {
		if r, ok := tx.rels[relKey{typ: graph.RelCoOccurs, start: p.Start, end: p.End}]; ok {
			rels = append(rels, r)
			nodes = append(nodes, r.Start, r.End)
		}
	}
	return tx.piece(nodes, rels), nil
}

func (tx *memTx) Events(keys []graph.EventKey, ids []string) (*graph.Graph, error) {
	want := set(ids)
	summaries := eventSummaries(tx.nodes, tx.rels)
	for id, s := range summaries {
		for _, k := range keys {
			if matches(k, *s) {
				want[id] = true
				break
			}
		}
	}
	rels := tx.relsWhere(func(r graph.Relationship) bool { return r.Type == graph.RelReports && want[r.End] })
	var nodes []string
	for id := range want {
		nodes = append(nodes, id)
	}
	for _, r := range rels {
		nodes = append(nodes, r.Start)
	}
	return tx.piece(nodes, rels), nil
}

// Texts is cypher/load/read_texts.cypher.
func (tx *memTx) Texts(shas []string) (*graph.Graph, error) {
	want := set(shas)
	var ids []string
	for id, n := range tx.nodes {
		if n.Labels[0] == graph.LabelArticle && want[n.Properties["sha256"].(string)] {
			ids = append(ids, id)
		}
	}
	return tx.piece(ids, nil), nil
}

// Stories is cypher/load/read_stories.cypher and, when since and until are
// "", read_undated_stories.cypher.
func (tx *memTx) Stories(since, until, afterPublished, afterID string, limit int) (*graph.Graph, error) {
	var ids []string
	pub := func(id string) string { p, _ := tx.nodes[id].Properties["published"].(string); return p }
	for id, n := range tx.nodes {
		if n.Labels[0] != graph.LabelArticle {
			continue
		}
		if _, ok := n.Properties["minhash"]; !ok {
			continue
		}
		p, dated := n.Properties["published"].(string)
		if since == "" && until == "" {
			if dated || id <= afterID {
				continue
			}
		} else if !dated || p < since || p > until || p < afterPublished || (p == afterPublished && id <= afterID) {
			continue
		}
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if pi, pj := pub(ids[i]), pub(ids[j]); pi != pj {
			return pi < pj
		}
		return ids[i] < ids[j]
	})
	if len(ids) > limit {
		ids = ids[:limit]
	}
	tx.m.storyPages++
	tx.m.storiesRead += len(ids)
	return tx.piece(ids, nil), nil
}

// Write applies ch as cypher/load's statements do.
func (tx *memTx) Write(ch *graph.Changes) error {
	for _, id := range ch.DeleteArticles {
		tx.detachDelete(id)
	}
	clear, relink := set(ch.ClearArticles), set(ch.RelinkArticles)
	for k, r := range tx.rels {
		if (clear[r.Start] || clear[r.End]) && (r.Type == graph.RelMentions || r.Type == graph.RelReports || r.Type == graph.RelSameStory) {
			delete(tx.rels, k)
		}
		if relink[r.Start] && (r.Type == graph.RelMentions || r.Type == graph.RelReports) {
			delete(tx.rels, k)
		}
	}
	for _, id := range ch.DeleteEvents {
		tx.detachDelete(id)
	}
	for _, p := range ch.DeletePairs {
		delete(tx.rels, relKey{typ: graph.RelCoOccurs, start: p.Start, end: p.End})
	}
	for _, id := range ch.DeleteEntities {
		tx.detachDelete(id)
	}
	for _, n := range ch.Upsert.Nodes {
		tx.nodes[n.ID] = n
	}
	for _, r := range ch.Upsert.Relationships {
		if _, ok := tx.nodes[r.Start]; !ok {
			return fmt.Errorf("%s from %s: no such node (MATCH finds nothing)", r.Type, r.Start)
		}
		if _, ok := tx.nodes[r.End]; !ok {
			return fmt.Errorf("%s to %s: no such node (MATCH finds nothing)", r.Type, r.End)
		}
		tx.rels[keyOf(r)] = r
	}
	return nil
}

func (tx *memTx) detachDelete(id string) {
	delete(tx.nodes, id)
	for k := range tx.rels {
		if k.start == id || k.end == id {
			delete(tx.rels, k)
		}
	}
}

func set(ids []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// eventSummaries summarises the stored events.
func eventSummaries[N, R comparable](nodes map[N]graph.Node, rels map[R]graph.Relationship) map[string]*eventSummary {
	summaries := map[string]*eventSummary{}
	for _, n := range nodes {
		if n.Labels[0] == graph.LabelEvent {
			summaries[n.ID] = &eventSummary{typ: n.Properties["type"].(string)}
		}
	}
	for _, r := range rels {
		switch r.Type {
		case graph.RelOccurredIn:
			summaries[r.Start].place = r.End
		case graph.RelActorIn:
			summaries[r.End].actors = append(summaries[r.End].actors, r.Start)
		case graph.RelTargetOf:
			summaries[r.End].targets = append(summaries[r.End].targets, r.Start)
		case graph.RelReports:
			d, _ := r.Properties["date"].(string)
			summaries[r.End].dates = append(summaries[r.End].dates, d)
		}
	}
	return summaries
}

// eventSummary is what the Events lookup looks at in a stored event.
type eventSummary struct {
	typ, place      string
	actors, targets []string
	dates           []string // of its reports; "" for an undated one
}

// matches is the rule of cypher/load/read_events.cypher: whether a stored
// event is one a report with key k could join: the same type and place
// ("" for none), a shared actor and a shared target (or none on either
// side), and a report dated at most a day away.
func matches(k graph.EventKey, ev eventSummary) bool {
	if ev.typ != k.Type || ev.place != k.Place || !sharesOrNone(k.Actors, ev.actors) || !sharesOrNone(k.Targets, ev.targets) {
		return false
	}
	for _, d := range ev.dates {
		if k.Undated || d == "" || slices.Contains(k.Dates, d) || (k.Prefix != "" && strings.HasPrefix(d, k.Prefix)) {
			return true
		}
	}
	return false
}

func sharesOrNone(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	return slices.ContainsFunc(a, func(x string) bool { return slices.Contains(b, x) })
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
