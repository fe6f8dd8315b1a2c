package graph

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/cypher"
)

// Reading a graph back out of Neo4j, for 'newsgraph export'. What comes back
// is converted to the very Graph the Builder makes, so that the existing
// writers give the same files whether the graph was built from articles or
// read from a database loaded with them.

// Selection says which part of the graph to read: all of it, the
// neighbourhood of some entities, the articles of a period (and what they
// mention and report), or the neighbourhood limited to that period.
type Selection struct {
	Entities []string // ids or names; empty: not limited to entities
	Depth    int      // steps out from Entities, over any relationship
	Since    string   // first day 'YYYY-MM-DD' on Article.published, or ""
	Until    string   // last day, or ""
}

// Streamer runs one statement and hands each record to fn as it arrives.
// *Neo4j is one; tests use recorded results.
type Streamer interface {
	Stream(ctx context.Context, statement string, params map[string]any, fn func(*neo4j.Record) error) error
}

// ReadGraph reads the selected part of the graph through s. The whole graph
// is one streamed query; a selection first gathers its nodes (entities,
// then Depth rounds of neighbours; or a period's articles and what they
// point at), then the relationships between them.
func ReadGraph(ctx context.Context, s Streamer, sel Selection) (*Graph, error) {
	c := NewCollector()
	stream := func(name string, params map[string]any) error {
		q, err := cypher.Query(name)
		if err != nil {
			return err
		}
		if err := s.Stream(ctx, q, params, func(r *neo4j.Record) error { c.AddRecord(r); return nil }); err != nil {
			return fmt.Errorf("reading the graph (%s): %w", name, err)
		}
		return nil
	}
	period := map[string]any{"since": nullIfEmpty(sel.Since), "until": nullIfEmpty(sel.Until)}

	switch {
	case len(sel.Entities) == 0 && sel.Since == "" && sel.Until == "":
		if err := stream("export_all", nil); err != nil {
			return nil, err
		}
		return c.Graph()
	case len(sel.Entities) == 0:
		if err := stream("export_period", period); err != nil {
			return nil, err
		}
	default:
		if err := stream("export_entities", map[string]any{"entities": sel.Entities}); err != nil {
			return nil, err
		}
		if missing := c.missing(sel.Entities); len(missing) > 0 {
			return nil, fmt.Errorf("no entity has the id or name %q (see 'newsgraph query top_entities')", missing)
		}
		frontier := c.nodeIDs()
		for d := 0; d < sel.Depth && len(frontier) > 0; d++ {
			before := c.seen()
			params := map[string]any{"ids": frontier, "since": period["since"], "until": period["until"]}
			if err := stream("export_neighbours", params); err != nil {
				return nil, err
			}
			frontier = c.nodeIDsNotIn(before)
		}
	}
	if err := stream("export_relationships", map[string]any{"ids": c.nodeIDs()}); err != nil {
		return nil, err
	}
	return c.Graph()
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Collector gathers the nodes and relationships found in driver values,
// each once by element id, and turns them into a Graph.
type Collector struct {
	nodes map[string]neo4j.Node
	rels  map[string]neo4j.Relationship
	order []string // node element ids in the order first seen
}

// NewCollector returns an empty Collector.
func NewCollector() *Collector {
	return &Collector{nodes: map[string]neo4j.Node{}, rels: map[string]neo4j.Relationship{}}
}

// AddRecord collects every node and relationship in a record's values.
func (c *Collector) AddRecord(r *neo4j.Record) {
	for _, v := range r.Values {
		c.Add(v)
	}
}

// Add collects the nodes and relationships in v, looking inside paths,
// lists and maps; other values are ignored.
func (c *Collector) Add(v any) {
	switch x := v.(type) {
	case neo4j.Node:
		if _, ok := c.nodes[x.ElementId]; !ok {
			c.nodes[x.ElementId] = x
			c.order = append(c.order, x.ElementId)
		}
	case neo4j.Relationship:
		c.rels[x.ElementId] = x
	case neo4j.Path:
		for _, n := range x.Nodes {
			c.Add(n)
		}
		for _, r := range x.Relationships {
			c.Add(r)
		}
	case []any:
		for _, e := range x {
			c.Add(e)
		}
	case map[string]any:
		for _, e := range x {
			c.Add(e)
		}
	}
}

func (c *Collector) seen() int { return len(c.order) }

func (c *Collector) nodeIDs() []string { return append([]string{}, c.order...) }

func (c *Collector) nodeIDsNotIn(before int) []string { return append([]string{}, c.order[before:]...) }

// missing lists the wanted ids or names that no collected node has.
func (c *Collector) missing(wanted []string) []string {
	have := map[string]bool{}
	for _, n := range c.nodes {
		for _, k := range []string{"id", "name"} {
			if s, ok := n.Props[k].(string); ok {
				have[s] = true
			}
		}
	}
	var out []string
	for _, w := range wanted {
		if !have[w] {
			out = append(out, w)
		}
	}
	return out
}

// Graph returns what was collected as a Graph in the Builder's order, with
// the Builder's value types. A node without an "id" property is not one of
// newsgraph's and is an error; relationships whose ends were not collected
// are left out, as they lead outside the selection.
func (c *Collector) Graph() (*Graph, error) {
	g := &Graph{Nodes: make([]Node, 0, len(c.nodes)), Relationships: []Relationship{}}
	ids := make(map[string]string, len(c.nodes)) // element id -> id
	for _, eid := range c.order {
		n := c.nodes[eid]
		id, ok := n.Props["id"].(string)
		if !ok {
			return nil, fmt.Errorf("node %s %v has no string id property: not a newsgraph node", eid, n.Labels)
		}
		ids[eid] = id
		g.Nodes = append(g.Nodes, Node{ID: id, Labels: modelLabels(n.Labels), Properties: plainProps(n.Props)})
	}
	for _, r := range c.rels {
		start, okS := ids[r.StartElementId]
		end, okE := ids[r.EndElementId]
		if okS && okE {
			g.Relationships = append(g.Relationships, rel(r.Type, start, end, plainProps(r.Props)))
		}
	}
	sortGraph(g)
	return g, nil
}

// sortGraph puts nodes and relationships in the order Builder.Graph uses:
// articles, entities, events, each by id; relationships by type, start, end
// (and an article's reports of one event by their position).
func sortGraph(g *Graph) {
	sort.Slice(g.Nodes, func(i, j int) bool {
		oi, oj := nodeOrder(g.Nodes[i]), nodeOrder(g.Nodes[j])
		if oi != oj {
			return oi < oj
		}
		return g.Nodes[i].ID < g.Nodes[j].ID
	})
	sort.Slice(g.Relationships, func(i, j int) bool {
		ri, rj := g.Relationships[i], g.Relationships[j]
		if ri.Type != rj.Type {
			return ri.Type < rj.Type
		}
		if ri.Start != rj.Start {
			return ri.Start < rj.Start
		}
		if ri.End != rj.End {
			return ri.End < rj.End
		}
		return num(ri.Properties["n"]) < num(rj.Properties["n"]) // an article's reports of one event
	})
}

// modelLabels orders labels as the model writes them (Entity before its
// kind), whatever order the server returns them in; labels newsgraph does
// not know follow, sorted.
func modelLabels(labels []string) []string {
	known := []string{LabelArticle, LabelEntity, LabelPerson, LabelPlace, LabelOrganization, LabelEvent}
	has := map[string]bool{}
	for _, l := range labels {
		has[l] = true
	}
	out := make([]string, 0, len(labels))
	for _, l := range known {
		if has[l] {
			out = append(out, l)
			delete(has, l)
		}
	}
	var rest []string
	for l := range has {
		rest = append(rest, l)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// plainProps converts property values to the types the Builder uses:
// integers to int, lists of strings to []string, of integers to []int. The writers type columns
// by these Go types, so both paths must agree on them.
func plainProps(props map[string]any) map[string]any {
	out := make(map[string]any, len(props))
	for k, v := range props {
		out[k] = plainValue(v)
	}
	return out
}

func plainValue(v any) any {
	switch x := v.(type) {
	case int64:
		return int(x)
	case []any:
		if len(x) == 0 {
			return []string{}
		}
		switch x[0].(type) {
		case string:
			if all(x, func(e any) bool { _, ok := e.(string); return ok }) {
				return strs(x)
			}
		case int64:
			if all(x, func(e any) bool { _, ok := e.(int64); return ok }) {
				return ints(x)
			}
		}
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plainValue(e)
		}
		return out
	}
	return v
}

func all(xs []any, ok func(any) bool) bool {
	for _, x := range xs {
		if !ok(x) {
			return false
		}
	}
	return true
}

// Plain turns a value the driver returns into plain data for output: a node
// or a relationship becomes its property map, a path the list of its nodes'
// and relationships' property maps in order, temporal values their ISO
// text, points {srid, x, y[, z]}; lists and maps are converted inside.
// Non-finite floats, which JSON cannot hold, become text.
func Plain(v any) any {
	switch x := v.(type) {
	case neo4j.Node:
		return plainMap(x.Props)
	case neo4j.Relationship:
		return plainMap(x.Props)
	case neo4j.Path:
		out := make([]any, 0, len(x.Nodes)+len(x.Relationships))
		for i, n := range x.Nodes {
			out = append(out, plainMap(n.Props))
			if i < len(x.Relationships) {
				out = append(out, plainMap(x.Relationships[i].Props))
			}
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = Plain(e)
		}
		return out
	case map[string]any:
		return plainMap(x)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Sprint(x)
		}
		return x
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case neo4j.Point2D:
		return map[string]any{"srid": x.SpatialRefId, "x": x.X, "y": x.Y}
	case neo4j.Point3D:
		return map[string]any{"srid": x.SpatialRefId, "x": x.X, "y": x.Y, "z": x.Z}
	case fmt.Stringer: // Date, LocalTime, Time, LocalDateTime, Duration
		return x.String()
	}
	return v
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = Plain(v)
	}
	return out
}
