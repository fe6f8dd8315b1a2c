package graph

import (
	"context"
	"time"
)

// A Store holds a graph that loads change one batch of articles at a time:
// *Neo4j for load, *DiskStore for build; tests also use an in-memory one.
type Store interface {
	// Update runs fn as one transaction: all it writes lands, or none of
	// it. fn may be run again after a transient failure, so it must do
	// nothing but read and write through its Tx.
	Update(ctx context.Context, fn func(Tx) error) error
}

// Tx reads what a batch needs of the stored graph and writes what the
// batch changed. Every read returns a piece of the graph, nodes with the
// relationships asked for, in the Builder's types.
type Tx interface {
	// Articles returns the stored Article nodes among ids.
	Articles(ids []string) (*Graph, error)
	// Contributions returns the stored Article nodes among ids with their
	// MENTIONS and the Entity nodes at their ends, and their REPORTS with
	// the Event nodes.
	Contributions(ids []string) (*Graph, error)
	// Entities returns the stored Entity nodes among ids.
	Entities(ids []string) (*Graph, error)
	// Pairs returns the stored CO_OCCURS_WITH relationships among pairs
	// (start and end ids), with the Entity nodes at their ends.
	Pairs(pairs []Relationship) (*Graph, error)
	// Events returns the stored events that a report with one of keys
	// could join, and the events ids names, each with all its REPORTS and
	// the Article nodes at their starts.
	Events(keys []EventKey, ids []string) (*Graph, error)
	// People returns the stored Person entities whose surname or given
	// name (see nlp.Entity) is among names: the full names a surname alone
	// may link to (see surname.go).
	People(names []string) (*Graph, error)
	// Lone returns the stored Article nodes that name a person by one of
	// surnames alone (a MENTIONS with that surname), linked or not.
	Lone(surnames []string) (*Graph, error)
	// Texts returns the stored Article nodes whose sha256 is among shas,
	// whatever their id: the Loader's check for the same text stored under
	// another id.
	Texts(shas []string) (*Graph, error)
	// Stories returns a page of the stored Article nodes that have a
	// minhash property (their SAME_STORY links are made; see story.go):
	// those published from since to until (YYYY-MM-DD, both inclusive, as
	// strings compare), the first limit after (afterPublished, afterID) in
	// the order of published date, then id; or, when since and until are
	// both "", those with no published date, the first limit with an id
	// greater than afterID. Paging on the largest date and id of the page
	// before reads them all, each page from an index seek (published, as
	// an index orders it) rather than a walk of the window from its start.
	Stories(since, until, afterPublished, afterID string, limit int) (*Graph, error)
	// Write deletes what ch deletes, then merges ch.Upsert.
	Write(ch *Changes) error
}

// EventKey is what a stored event must have in common with a report to
// possibly be the same event (see sameEvent): the type, the place ("" for
// none), an actor and a target (or none on either side), and a report
// dated at most a day away. Dates, Prefix and Undated spell the date rule
// out for a query. A report with no actor, target or place has no key: it
// is an event of its own.
type EventKey struct {
	Type    string
	Place   string
	Actors  []string
	Targets []string
	Dates   []string // stored report dates that match: the day before, the day, the day after, its month, its year
	Prefix  string   // stored report dates starting with it match (a month or a year); "" for none
	Undated bool     // the report has no date: every stored date matches
}

// eventKey is the EventKey of a report.
func eventKey(r report) EventKey {
	ev := r.ev
	k := EventKey{Type: ev.Type, Place: ev.Place, Actors: sortedCopy(ev.Actors), Targets: sortedCopy(ev.Targets), Dates: []string{}}
	switch d := ev.Date; {
	case d == "":
		k.Undated = true
	case len(d) == len(time.DateOnly):
		day, err := time.Parse(time.DateOnly, d)
		if err != nil {
			k.Undated = true
			break
		}
		k.Dates = []string{day.AddDate(0, 0, -1).Format(time.DateOnly), d, day.AddDate(0, 0, 1).Format(time.DateOnly), d[:7], d[:4]}
	case len(d) == len("2006-01"):
		k.Dates, k.Prefix = []string{d[:4]}, d
	default:
		k.Prefix = d
	}
	return k
}
