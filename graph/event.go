package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/nlp"
)

// eventAcc is one event as one article reports it. Events are merged into
// nodes only when the graph is built, over all articles in a fixed order,
// so the result does not depend on the order articles were added in.
type eventAcc struct {
	article string
	ev      nlp.Event
}

// addEvents records the events one article reports.
func (b *Builder) addEvents(articleID string, events []nlp.Event) {
	for _, ev := range events {
		key := EventID(articleID, ev)
		for n := 2; b.events[key] != nil; n++ { // same trigger twice in one sentence
			key = fmt.Sprintf("%s-%d", EventID(articleID, ev), n)
		}
		b.events[key] = &eventAcc{article: articleID, ev: ev}
	}
}

// eventCluster is the reports of one real-world event.
type eventCluster struct {
	members  []*eventAcc
	actors   map[string]bool
	targets  map[string]bool
	articles map[string]bool
}

// eventGraph merges the reports of one event and adds an Event node for
// each, with its REPORTS, ACTOR_IN, TARGET_OF and OCCURRED_IN edges.
func (b *Builder) eventGraph(g *Graph) {
	used := map[string]bool{}
	for _, cl := range b.clusterEvents() {
		id := clusterID(cl, used)
		g.Nodes = append(g.Nodes, Node{ID: id, Labels: []string{LabelEvent}, Properties: clusterProps(id, cl)})
		for _, a := range sortedSet(cl.articles) {
			g.Relationships = append(g.Relationships, rel(RelReports, a, id, nil))
		}
		for _, a := range sortedSet(cl.actors) {
			g.Relationships = append(g.Relationships, rel(RelActorIn, a, id, nil))
		}
		for _, t := range sortedSet(cl.targets) {
			g.Relationships = append(g.Relationships, rel(RelTargetOf, t, id, nil))
		}
		if p := cl.members[0].ev.Place; p != "" {
			g.Relationships = append(g.Relationships, rel(RelOccurredIn, id, p, nil))
		}
	}
}

// clusterEvents groups reports of the same event, as GDELT counts sources:
// same type, same place, dates within a day, and overlapping actors and
// targets. Reports are visited in content order, so the grouping is the
// same for the same input whatever order the articles came in.
func (b *Builder) clusterEvents() []*eventCluster {
	accs := make([]*eventAcc, 0, len(b.events))
	for _, a := range b.events {
		accs = append(accs, a)
	}
	sort.Slice(accs, func(i, j int) bool { return contentKey(accs[i]) < contentKey(accs[j]) })
	var out []*eventCluster
	// Only reports of one type in one place can merge, so each looks
	// among those alone rather than among every event built so far.
	byTypePlace := map[string][]*eventCluster{}
	for _, a := range accs {
		key := a.ev.Type + "\x00" + a.ev.Place
		var home *eventCluster
		for _, cl := range byTypePlace[key] {
			if cl.accepts(a.ev) {
				home = cl
				break
			}
		}
		if home == nil {
			home = &eventCluster{actors: map[string]bool{}, targets: map[string]bool{}, articles: map[string]bool{}}
			out = append(out, home)
			byTypePlace[key] = append(byTypePlace[key], home)
		}
		home.members = append(home.members, a)
		home.articles[a.article] = true
		for _, x := range a.ev.Actors {
			home.actors[x] = true
		}
		for _, x := range a.ev.Targets {
			home.targets[x] = true
		}
	}
	return out
}

func (cl *eventCluster) accepts(ev nlp.Event) bool {
	first := cl.members[0].ev
	if ev.Type != first.Type || ev.Place != first.Place {
		return false
	}
	for _, m := range cl.members {
		if !sameDay(m.ev.Date, ev.Date) {
			return false
		}
	}
	if ev.Type == "STATEMENT" && len(ev.Targets) == 0 && len(cl.targets) == 0 {
		// One speaker says many things: statements about nobody in
		// particular are the same only with the same verb on a known day.
		return overlap(cl.actors, ev.Actors) && ev.Date != "" && ev.Date == first.Date &&
			strings.EqualFold(ev.Trigger, first.Trigger)
	}
	return overlap(cl.actors, ev.Actors) && overlap(cl.targets, ev.Targets)
}

// overlap: both sides name nobody, or they share someone.
func overlap(set map[string]bool, ids []string) bool {
	if len(set) == 0 && len(ids) == 0 {
		return true
	}
	for _, id := range ids {
		if set[id] {
			return true
		}
	}
	return false
}

// sameDay reports dates at most a day apart. An unknown date ("") matches
// any: an article without a dateline is no evidence of another day. A month
// or year matches the dates inside it.
func sameDay(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	ta, errA := time.Parse("2006-01-02", a)
	tb, errB := time.Parse("2006-01-02", b)
	if errA != nil || errB != nil {
		return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	}
	d := ta.Sub(tb)
	return d <= 24*time.Hour && d >= -24*time.Hour
}

// contentKey orders reports by what they say, then where they come from.
func contentKey(a *eventAcc) string {
	ev := a.ev
	return strings.Join([]string{ev.Type, ev.Date, ev.Place, strings.Join(sortedCopy(ev.Actors), ","),
		strings.Join(sortedCopy(ev.Targets), ","), a.article, fmt.Sprint(ev.Sentence), ev.Trigger}, "\x00")
}

// clusterID names a merged event by what identifies it, type, actors,
// place and date of its first report, so that the same input gives the
// same id run after run; used is consulted so two events never share one.
func clusterID(cl *eventCluster, used map[string]bool) string {
	ev := cl.members[0].ev
	id := hashID(ev.Type, strings.Join(sortedCopy(ev.Actors), ","), ev.Place, ev.Date)
	if used[id] {
		id = EventID(cl.members[0].article, ev)
	}
	used[id] = true
	return id
}

// clusterProps are the node's properties: the best-supported report's
// trigger and text, the highest confidence and counts, and how many
// articles report it. Absent values are left out: Neo4j stores no nulls.
func clusterProps(id string, cl *eventCluster) map[string]any {
	best := cl.members[0].ev
	date := ""
	var killed, injured, size int
	mode := ""
	for _, m := range cl.members {
		if m.ev.Confidence > best.Confidence {
			best = m.ev
		}
		if date == "" || len(m.ev.Date) > len(date) {
			date = m.ev.Date // the most precise
		}
		killed, injured, size = max(killed, m.ev.Killed), max(injured, m.ev.Injured), max(size, m.ev.Size)
		if mode == "" {
			mode = m.ev.Mode
		}
	}
	props := map[string]any{
		"id": id, "type": best.Type, "trigger": best.Trigger, "text": best.Text,
		"confidence": best.Confidence, "sources": len(cl.articles),
	}
	for k, v := range map[string]string{"date": date, "mode": mode} {
		if v != "" {
			props[k] = v
		}
	}
	for k, v := range map[string]int{"killed": killed, "injured": injured, "size": size} {
		if v > 0 {
			props[k] = v
		}
	}
	return props
}

// EventID is stable for one event of one article across runs.
func EventID(articleID string, ev nlp.Event) string {
	return hashID(articleID, fmt.Sprint(ev.Sentence), ev.Type, ev.Trigger)
}

func hashID(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return "event:" + hex.EncodeToString(h[:8])
}

func sortedCopy(ids []string) []string {
	out := append([]string(nil), ids...)
	sort.Strings(out)
	return out
}
