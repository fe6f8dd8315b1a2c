package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/newsgraph/newsgraph/nlp"
)

type eventAcc struct {
	props   map[string]any
	article string
	actors  []string
	targets []string
	place   string
}

// addEvents records the events one article reports.
func (b *Builder) addEvents(articleID string, events []nlp.Event) {
	for _, ev := range events {
		id := EventID(articleID, ev)
		props := map[string]any{
			"id": id, "type": ev.Type, "trigger": ev.Trigger, "text": ev.Text,
			"confidence": ev.Confidence,
		}
		if ev.Date != "" {
			props["date"] = ev.Date
		}
		b.events[id] = &eventAcc{props: props, article: articleID, actors: ev.Actors, targets: ev.Targets, place: ev.Place}
	}
}

// eventGraph adds the Event nodes and their relationships to g.
func (b *Builder) eventGraph(g *Graph) {
	for id, ev := range b.events {
		g.Nodes = append(g.Nodes, Node{ID: id, Labels: []string{LabelEvent}, Properties: ev.props})
		g.Relationships = append(g.Relationships, rel(RelReports, ev.article, id, nil))
		for _, a := range ev.actors {
			g.Relationships = append(g.Relationships, rel(RelActorIn, a, id, nil))
		}
		for _, t := range ev.targets {
			g.Relationships = append(g.Relationships, rel(RelTargetOf, t, id, nil))
		}
		if ev.place != "" {
			g.Relationships = append(g.Relationships, rel(RelOccurredIn, id, ev.place, nil))
		}
	}
}

// EventID is stable for one event of one article across runs.
func EventID(articleID string, ev nlp.Event) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d\x00%s\x00%s", articleID, ev.Sentence, ev.Type, ev.Trigger)))
	return "event:" + hex.EncodeToString(h[:8])
}
