// Package graph holds the graph model of a set of articles, the Builder that
// merges per-article analyses into one graph, and the writers that put it in
// files or in Neo4j.
//
// The names of labels, relationship types and properties are the project's
// contract with its users' queries; they are fixed here and nowhere else.
package graph

// Node labels.
const (
	LabelArticle      = "Article"
	LabelEntity       = "Entity"
	LabelPerson       = "Person"
	LabelPlace        = "Place"
	LabelOrganization = "Organization"
	LabelEvent        = "Event"
)

// Relationship types.
const (
	RelMentions   = "MENTIONS"       // (:Article)-[:MENTIONS {count}]->(:Entity)
	RelCoOccurs   = "CO_OCCURS_WITH" // (:Entity)-[{sentences, articles}]->(:Entity), start id < end id
	RelReports    = "REPORTS"        // (:Article)-[:REPORTS]->(:Event)
	RelActorIn    = "ACTOR_IN"       // (:Entity)-[:ACTOR_IN]->(:Event)
	RelTargetOf   = "TARGET_OF"      // (:Entity)-[:TARGET_OF]->(:Event)
	RelOccurredIn = "OCCURRED_IN"    // (:Event)-[:OCCURRED_IN]->(:Place)
	RelSameStory  = "SAME_STORY"     // (:Article)-[:SAME_STORY {similarity}]->(:Article), start id < end id
)

// Node is a node with its labels and properties. Properties always include
// "id", the node's stable key.
type Node struct {
	ID         string         `json:"id"`
	Labels     []string       `json:"labels"`
	Properties map[string]any `json:"properties"`
}

// Relationship connects two nodes by their ids.
type Relationship struct {
	Type       string         `json:"type"`
	Start      string         `json:"start"`
	End        string         `json:"end"`
	Properties map[string]any `json:"properties"`
}

// Graph is a whole graph, nodes and relationships in a stable order: the
// same input always gives the same graph, byte for byte once written.
type Graph struct {
	Nodes         []Node         `json:"nodes"`
	Relationships []Relationship `json:"relationships"`
}
