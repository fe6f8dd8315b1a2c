package graph

import (
	"fmt"
	"strings"
)

// A Source is a graph that writers read in the Graph's stable order (nodes:
// articles, entities, events, each by id; relationships by type, start, end,
// an article's REPORTS of one event by n), as many times as they need.
//
// The writers take a Source rather than a *Graph so that a graph too large
// to hold in memory can be written from where it is stored: a writer keeps
// only small state per label or type (column sets, counters) and reads the
// rows again when it needs a second look. fn's error stops the reading and
// is returned as is.
type Source interface {
	EachNode(fn func(Node) error) error
	EachRelationship(fn func(Relationship) error) error
}

// EachNode calls fn on every node in the graph's order.
func (g *Graph) EachNode(fn func(Node) error) error {
	for _, n := range g.Nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

// EachRelationship calls fn on every relationship in the graph's order.
func (g *Graph) EachRelationship(fn func(Relationship) error) error {
	for _, r := range g.Relationships {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// counts is what Stats reports: nodes by their last label (the kind),
// relationships by type.
type counts struct {
	labels map[string]int
	types  map[string]int
}

func newCounts() counts { return counts{labels: map[string]int{}, types: map[string]int{}} }

func (c counts) node(n Node)        { c.labels[n.Labels[len(n.Labels)-1]]++ }
func (c counts) rel(r Relationship) { c.types[r.Type]++ }

func (c counts) String() string {
	var parts []string
	for _, l := range []string{LabelArticle, LabelPerson, LabelPlace, LabelOrganization, LabelEvent} {
		parts = append(parts, fmt.Sprintf("%d %s", c.labels[l], l))
	}
	for _, t := range []string{RelMentions, RelCoOccurs, RelReports, RelActorIn, RelTargetOf, RelOccurredIn, RelSameStory} {
		parts = append(parts, fmt.Sprintf("%d %s", c.types[t], t))
	}
	return strings.Join(parts, ", ")
}

// Stats counts what a graph holds, for summaries, in one pass over it: the
// same text as (*Graph).Stats for a graph that is not in memory.
func Stats(src Source) (string, error) {
	c := newCounts()
	if err := src.EachNode(func(n Node) error { c.node(n); return nil }); err != nil {
		return "", err
	}
	if err := src.EachRelationship(func(r Relationship) error { c.rel(r); return nil }); err != nil {
		return "", err
	}
	return c.String(), nil
}

// Stats counts what a graph holds, for summaries.
func (g *Graph) Stats() string {
	s, _ := Stats(g) // reading a Graph cannot fail
	return s
}
