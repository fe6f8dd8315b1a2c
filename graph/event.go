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

// Events are merged across articles as GDELT counts sources: two reports
// are of one event when they have the same type and place, dates at most a
// day apart, and share an actor and a target (or both name none). A report
// that names no actor, no target and no place ("two people are killed in an
// airstrike") has nothing to tell its event from another of the type that
// day, so it is an event of its own: merged on type and day alone, a
// year of news makes a few events of hundreds of unrelated reports. An event
// is a connected group of such reports. Grouping by connection, not by
// visiting reports in some order, makes an event depend only on the set of
// reports: loading articles A then B gives the events of loading A and B at
// once, which is what incremental loading needs.

// eventGraph adds an Event node for each group of the Builder's reports,
// with its REPORTS, ACTOR_IN, TARGET_OF and OCCURRED_IN edges.
func (b *Builder) eventGraph(g *Graph) {
	for _, members := range groupReports(b.reports) {
		id := eventID(members[0])
		g.Nodes = append(g.Nodes, Node{ID: id, Labels: []string{LabelEvent}, Properties: eventProps(id, members)})
		actors, targets := map[string]bool{}, map[string]bool{}
		for _, r := range members {
			g.Relationships = append(g.Relationships, reportRel(r, id))
			for _, x := range r.ev.Actors {
				actors[x] = true
			}
			for _, x := range r.ev.Targets {
				targets[x] = true
			}
		}
		for _, a := range sortedKeys(actors) {
			g.Relationships = append(g.Relationships, rel(RelActorIn, a, id, nil))
		}
		for _, t := range sortedKeys(targets) {
			g.Relationships = append(g.Relationships, rel(RelTargetOf, t, id, nil))
		}
		if p := members[0].ev.Place; p != "" {
			g.Relationships = append(g.Relationships, rel(RelOccurredIn, id, p, nil))
		}
	}
}

// groupReports returns the events among reports, each a list of its
// reports by article id and position, the events ordered by their first.
// Only reports of one type in one place that share an actor (or have
// none) can be one event, so each report is compared only with those, and
// among reports with day dates only with the ones a day away at most; a
// bare report (see bare) is compared with none.
func groupReports(reports map[reportKey]report) [][]report {
	all := make([]report, 0, len(reports))
	for _, r := range reports {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return reportLess(all[i], all[j]) })

	parent := make([]int, len(all))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		if ri, rj := find(i), find(j); ri != rj {
			parent[max(ri, rj)] = min(ri, rj)
		}
	}

	buckets := map[string][]int{}
	for i, r := range all {
		if bare(r.ev) {
			continue
		}
		key := r.ev.Type + "\x00" + r.ev.Place + "\x00"
		if len(r.ev.Actors) == 0 {
			buckets[key] = append(buckets[key], i)
		}
		for _, a := range r.ev.Actors {
			buckets[key+a] = append(buckets[key+a], i)
		}
	}
	for _, bucket := range buckets {
		var days, vague []int
		for _, i := range bucket {
			if len(all[i].ev.Date) == len(time.DateOnly) {
				days = append(days, i)
			} else {
				vague = append(vague, i)
			}
		}
		sort.SliceStable(days, func(x, y int) bool { return all[days[x]].ev.Date < all[days[y]].ev.Date })
		for x, i := range days {
			for _, j := range days[x+1:] {
				if !sameDay(all[i].ev.Date, all[j].ev.Date) {
					break
				}
				if sameEvent(all[i].ev, all[j].ev) {
					union(i, j)
				}
			}
		}
		for _, i := range vague {
			for _, j := range bucket {
				if i != j && sameEvent(all[i].ev, all[j].ev) {
					union(i, j)
				}
			}
		}
	}

	groups := map[int][]report{}
	var roots []int
	for i, r := range all {
		root := find(i)
		if groups[root] == nil {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], r)
	}
	out := make([][]report, 0, len(roots))
	for _, root := range roots {
		out = append(out, groups[root])
	}
	return out
}

func reportLess(x, y report) bool {
	if x.article != y.article {
		return x.article < y.article
	}
	return x.n < y.n
}

// sameEvent decides whether two reports are of one event.
func sameEvent(x, y nlp.Event) bool {
	if bare(x) || bare(y) {
		return false
	}
	if x.Type != y.Type || x.Place != y.Place || !sameDay(x.Date, y.Date) {
		return false
	}
	if x.Type == "STATEMENT" && len(x.Targets) == 0 && len(y.Targets) == 0 {
		// One speaker says many things: statements about nobody in
		// particular are the same only with the same verb on a known day.
		return shares(x.Actors, y.Actors) && x.Date != "" && x.Date == y.Date &&
			strings.EqualFold(x.Trigger, y.Trigger)
	}
	return shares(x.Actors, y.Actors) && shares(x.Targets, y.Targets)
}

// bare reports whether a report names no actor, no target and no place:
// nothing that could tell it is the same event as another.
func bare(ev nlp.Event) bool {
	return len(ev.Actors) == 0 && len(ev.Targets) == 0 && ev.Place == ""
}

// shares: both name nobody, or they have someone in common.
func shares(a, b []string) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
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
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	if errA != nil || errB != nil {
		return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	}
	d := ta.Sub(tb)
	return d <= 24*time.Hour && d >= -24*time.Hour
}

// eventID names an event by its first report, so that the same reports
// give the same id run after run, whatever order they came in.
func eventID(first report) string {
	ev := first.ev
	return hashID(first.article, fmt.Sprint(first.n), fmt.Sprint(ev.Sentence), ev.Type, ev.Trigger)
}

// eventProps are the node's properties: the best-supported report's
// trigger and text, the highest confidence and counts, and how many
// articles report it. Absent values are left out: Neo4j stores no nulls.
func eventProps(id string, members []report) map[string]any {
	best := members[0].ev
	date := ""
	var killed, injured, size int
	mode := ""
	articles := map[string]bool{}
	for _, m := range members {
		articles[m.article] = true
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
		"confidence": best.Confidence, "sources": len(articles),
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

func hashID(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return "event:" + hex.EncodeToString(h[:8])
}

func sortedCopy(ids []string) []string {
	out := append([]string(nil), ids...)
	sort.Strings(out)
	return out
}
