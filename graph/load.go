package graph

import (
	"context"
	"fmt"
	"reflect"
	"sort"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/nlp"
)

// Loader loads analysed articles into a Store, a batch at a time, each
// batch one transaction. An article already stored as it is (same sha256
// of its text, same title, url, source, date) is left alone; one stored
// otherwise is replaced: its old share of every count is taken away as the
// new one is added. So loading the same
// input again changes nothing, loading A then B gives the graph of A and B
// loaded at once, and a load stopped between batches completes when run
// again.
//
// Memory holds one batch, the ids seen, and what SAME_STORY needs (about
// 1 KB an article); see story.go. SAME_STORY links the articles given to
// one Loader, stored or not.
type Loader struct {
	store     Store
	batchSize int
	stories   *storyIndex
	seen      map[string]bool
	batch     []pendingArticle
	rows      int
	stats     LoadStats
}

// LoadStats counts what a Loader did.
type LoadStats struct {
	Added      int // articles new to the store
	Replaced   int // articles stored before with another sha256
	Unchanged  int // articles stored before with the same sha256: left alone
	Duplicates int // the same id or the same text seen before in this run
	Batches    int // transactions committed
	Rows       int // nodes and relationships written
}

type pendingArticle struct {
	art article.Article
	an  nlp.Analysis
}

// NewLoader returns a Loader writing batches of about batchSize rows
// (DefaultBatchSize when batchSize <= 0) into s.
func NewLoader(s Store, batchSize int) *Loader {
	if batchSize <= 0 {
		batchSize = DefaultBatchSize
	}
	return &Loader{store: s, batchSize: batchSize, stories: &storyIndex{}, seen: map[string]bool{}}
}

// Stats returns the counts so far.
func (l *Loader) Stats() LoadStats { return l.stats }

// Add queues one article and writes the batch when it is full. It reports
// false for an article whose id or text came before in this run.
func (l *Loader) Add(ctx context.Context, a article.Article, an nlp.Analysis) (bool, error) {
	if !l.first(a) {
		return false, nil
	}
	l.batch = append(l.batch, pendingArticle{a, an})
	l.rows += rowEstimate(an)
	if l.rows >= l.batchSize {
		return true, l.Flush(ctx)
	}
	return true, nil
}

// Unchanged reports which of arts are stored already with the same
// sha256, so that a caller can spare their analysis and hand them to
// AddUnchanged instead of Add.
func (l *Loader) Unchanged(ctx context.Context, arts []article.Article) ([]bool, error) {
	out := make([]bool, len(arts))
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	err := l.store.Update(ctx, func(tx Tx) error {
		have, err := storedArticles(tx, ids)
		if err != nil {
			return err
		}
		for i, a := range arts {
			n, ok := have[a.ID]
			out[i] = ok && sameArticle(n, a)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("looking up stored articles: %w", err)
	}
	return out, nil
}

// AddUnchanged counts an article that Unchanged found stored as it is. It
// still takes part in the run's SAME_STORY links.
func (l *Loader) AddUnchanged(a article.Article) {
	if l.first(a) {
		l.stats.Unchanged++
	}
}

// first records a in the run and reports whether it is new to it: an id or
// a text (on the same day) seen before is counted as a duplicate.
func (l *Loader) first(a article.Article) bool {
	if l.seen[a.ID] || !l.stories.add(a) {
		l.stats.Duplicates++
		return false
	}
	l.seen[a.ID] = true
	return true
}

// storedArticles returns the stored Article nodes among ids, by id.
func storedArticles(tx Tx, ids []string) (map[string]Node, error) {
	g, err := tx.Articles(ids)
	if err != nil {
		return nil, err
	}
	have := make(map[string]Node, len(g.Nodes))
	for _, n := range g.Nodes {
		have[n.ID] = n
	}
	return have, nil
}

// sameArticle reports whether a stored Article node is a as it is now:
// same text (sha256) and same title, url, source and published date, which
// the graph shows and event dates depend on.
func sameArticle(stored Node, a article.Article) bool {
	return reflect.DeepEqual(stored.Properties, articleNode(a).Properties)
}

// rowEstimate is about how many rows an article adds: its node, a MENTIONS
// and an entity row per entity, a CO_OCCURS_WITH per pair, and an event
// with its edges per report.
func rowEstimate(an nlp.Analysis) int {
	n := len(an.Entities)
	return 1 + 2*n + n*(n-1)/2 + 4*len(an.Events)
}

// Flush writes the queued articles as one transaction.
func (l *Loader) Flush(ctx context.Context) error {
	if len(l.batch) == 0 {
		return nil
	}
	batch := l.batch
	l.batch, l.rows = nil, 0
	var stats LoadStats
	err := l.store.Update(ctx, func(tx Tx) error {
		var err error
		stats, err = writeBatch(tx, batch)
		return err
	})
	if err != nil {
		return fmt.Errorf("loading articles %s .. %s: %w", batch[0].art.ID, batch[len(batch)-1].art.ID, err)
	}
	l.stats.Added += stats.Added
	l.stats.Replaced += stats.Replaced
	l.stats.Unchanged += stats.Unchanged
	l.stats.Rows += stats.Rows
	l.stats.Batches++
	return nil
}

// Finish writes what is queued, then the SAME_STORY links among all the
// articles of the run. Cancelling ctx stops it between transactions; each
// one that starts completes.
func (l *Loader) Finish(ctx context.Context) error {
	defer l.stories.close()
	commit := context.WithoutCancel(ctx)
	if err := l.Flush(commit); err != nil {
		return err
	}
	var part []Relationship
	write := func() error {
		if len(part) == 0 {
			return nil
		}
		g := &Graph{Relationships: part}
		if err := l.store.Update(commit, func(tx Tx) error { return tx.Write(&Changes{Upsert: g}) }); err != nil {
			return fmt.Errorf("linking articles of the same story: %w", err)
		}
		l.stats.Rows += len(part)
		part = nil
		return nil
	}
	err := l.stories.eachPair(func(p sameStory) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		part = append(part, p.rel())
		if len(part) >= l.batchSize {
			return write()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return write()
}

// writeBatch is one transaction: it reads the stored state the batch
// touches, merges the batch into it and writes the result.
func writeBatch(tx Tx, batch []pendingArticle) (LoadStats, error) {
	var stats LoadStats
	ids := make([]string, len(batch))
	for i, p := range batch {
		ids[i] = p.art.ID
	}
	have, err := storedArticles(tx, ids)
	if err != nil {
		return stats, err
	}
	var fresh []pendingArticle
	var replaced []string
	for _, p := range batch {
		old, ok := have[p.art.ID]
		switch {
		case ok && sameArticle(old, p.art):
			stats.Unchanged++
			continue
		case ok:
			stats.Replaced++
			replaced = append(replaced, p.art.ID)
		default:
			stats.Added++
		}
		fresh = append(fresh, p)
	}
	if len(fresh) == 0 {
		return stats, nil
	}
	contribs := make([]*contribution, len(fresh))
	for i, p := range fresh {
		contribs[i] = newContribution(p.art, p.an)
	}
	b := newBatchBuilder()
	if err := b.seed(tx, replaced, contribs); err != nil {
		return stats, err
	}
	for _, id := range replaced {
		b.Remove(id)
	}
	for _, c := range contribs {
		b.add(c)
	}
	ch := b.Changes()
	stats.Rows = len(ch.Upsert.Nodes) + len(ch.Upsert.Relationships)
	return stats, tx.Write(ch)
}

// seed reads the stored state that removing the articles gone and adding
// the contributions fresh touch: the stored contributions of those gone,
// the entities and pairs of both, and the events their reports could join.
func (b *Builder) seed(tx Tx, gone []string, fresh []*contribution) error {
	var events []string
	if len(gone) > 0 {
		g, err := tx.Contributions(gone)
		if err != nil {
			return err
		}
		events = b.seedContributions(g)
	}
	var contribs []*contribution
	for _, id := range gone {
		if c := b.articles[id]; c != nil {
			contribs = append(contribs, c)
		}
	}
	contribs = append(contribs, fresh...)

	entities := map[string]bool{}
	pairs := map[pair]bool{}
	var keys []EventKey
	seenKey := map[string]bool{}
	for _, c := range contribs {
		for _, m := range c.mentions {
			entities[m.entity] = true
		}
		c.eachPair(func(p pair, _ int) { pairs[p] = true })
		for _, r := range c.reports {
			k := eventKey(r)
			if s := fmt.Sprint(k); !seenKey[s] {
				seenKey[s] = true
				keys = append(keys, k)
			}
		}
	}

	g, err := tx.Entities(sortedKeys(entities))
	if err != nil {
		return err
	}
	for _, n := range g.Nodes {
		b.seedEntity(n)
	}
	if len(pairs) > 0 {
		rels := make([]Relationship, 0, len(pairs))
		for p := range pairs {
			rels = append(rels, rel(RelCoOccurs, p.a, p.b, nil))
		}
		sort.Slice(rels, func(i, j int) bool { return rels[i].Start+"\x00"+rels[i].End < rels[j].Start+"\x00"+rels[j].End })
		g, err := tx.Pairs(rels)
		if err != nil {
			return err
		}
		for _, r := range g.Relationships {
			b.seedPair(r)
		}
	}
	if len(keys) > 0 || len(events) > 0 {
		sort.Strings(events)
		g, err := tx.Events(keys, events)
		if err != nil {
			return err
		}
		b.seedEvents(g)
	}
	return nil
}

// Delete removes articles from s and what only they supported: their
// MENTIONS, their share of every count, events no other article reports,
// entities no article mentions any more. It returns the ids it found.
func Delete(ctx context.Context, s Store, ids []string) (found []string, err error) {
	err = s.Update(ctx, func(tx Tx) error {
		found = nil
		stored, err := tx.Articles(ids)
		if err != nil {
			return err
		}
		for _, n := range stored.Nodes {
			found = append(found, n.ID)
		}
		if len(found) == 0 {
			return nil
		}
		b := newBatchBuilder()
		if err := b.seed(tx, found, nil); err != nil {
			return err
		}
		for _, id := range found {
			b.Remove(id)
		}
		return tx.Write(b.Changes())
	})
	return found, err
}
