package graph

import (
	"github.com/newsgraph/newsgraph/cypher"
)

// DefaultBatchSize is how many rows go into one UNWIND statement.
const DefaultBatchSize = 5000

// Step is one loading statement and the rows it runs on. The Neo4j writer
// sends each batch of rows as $rows; load.cypher sets $rows with :param and
// runs the very same statement, so the two paths cannot drift apart.
type Step struct {
	Name      string // the file in cypher/load
	Statement string
	Rows      []map[string]any
}

// nodeSteps and relSteps name the loading statement of each label and type,
// in the order they run: every node before any relationship.
var (
	nodeSteps = []struct{ label, file string }{
		{LabelArticle, "article"},
		{LabelPerson, "person"},
		{LabelPlace, "place"},
		{LabelOrganization, "organization"},
		{LabelEvent, "event"},
	}
	relSteps = []struct{ typ, file string }{
		{RelMentions, "mentions"},
		{RelCoOccurs, "co_occurs_with"},
		{RelReports, "reports"},
		{RelActorIn, "actor_in"},
		{RelTargetOf, "target_of"},
		{RelOccurredIn, "occurred_in"},
		{RelSameStory, "same_story"},
	}
)

// Plan turns a graph into its loading steps. Each node row is the node's
// property map; each relationship row is start, end and its properties.
// Rows keep the graph's order, sorted by key, which keeps lock contention
// low when relationships are merged.
func Plan(g *Graph) []Step {
	var steps []Step
	for _, ns := range nodeSteps {
		var rows []map[string]any
		for _, n := range g.Nodes {
			if nodeKind(n) == ns.label {
				rows = append(rows, n.Properties)
			}
		}
		steps = append(steps, Step{Name: ns.file, Statement: cypher.Load(ns.file), Rows: rows})
	}
	for _, rs := range relSteps {
		var rows []map[string]any
		for _, r := range g.Relationships {
			if r.Type == rs.typ {
				rows = append(rows, relRow(r))
			}
		}
		steps = append(steps, Step{Name: rs.file, Statement: cypher.Load(rs.file), Rows: rows})
	}
	return steps
}

// nodeKind is the label a node is loaded, counted and drawn by: its last,
// Person rather than Entity.
func nodeKind(n Node) string { return n.Labels[len(n.Labels)-1] }

// relRow is a relationship's row: its properties, start and end.
func relRow(r Relationship) map[string]any {
	row := make(map[string]any, len(r.Properties)+2)
	for k, v := range r.Properties {
		row[k] = v
	}
	row["start"], row["end"] = r.Start, r.End
	return row
}

// Batches cuts rows into runs of at most size.
func Batches[T any](rows []T, size int) [][]T {
	if size <= 0 {
		size = DefaultBatchSize
	}
	var out [][]T
	for len(rows) > 0 {
		n := min(size, len(rows))
		out = append(out, rows[:n])
		rows = rows[n:]
	}
	return out
}
