package graph

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"sync"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/nlp"
)

// Loader loads analysed articles into a Store, a batch at a time, each
// batch one transaction. An article already stored as it is (same sha256
// of its text, same title, url, source, date) is left alone; one stored
// otherwise is replaced: its old share of every count is taken away as the
// new one is added. So loading the same input again changes nothing,
// loading A then B gives the graph of A and B loaded at once (SAME_STORY
// included: see Finish), and a load stopped between batches completes when
// run again.
//
// Articles are taken in order, each against the stored graph as the ones
// before it left it, with the rules Builder.Add follows:
//   - same id, stored as it is: unchanged;
//   - the same text (sha256) and date as an article stored under another
//     id: a duplicate, left out (the first one stays; digests repeat an
//     item on other days, so the date is part of it);
//   - same id, stored otherwise: replaced (the last version wins, within a
//     run as across runs);
//   - else added.
//
// "Stored" includes what this run committed: the Loader keeps no list of
// the run's ids or texts but looks them up in the store, and holds in memory
// only the batch being filled and the articles Check looked at that are not
// yet committed. What grows with a run is the SAME_STORY index: an
// article's id, shingle count and date, some 24 bytes and its id; its
// signature is in a temporary file (story.go).
type Loader struct {
	store     Store
	batchSize int
	stories   *storyIndex // the run's articles that Finish links
	batch     []pendingArticle
	rows      int
	stats     LoadStats

	// What this run has under way, for Check, which runs beside Add and
	// Flush: an article's verdict can change while an article with its id
	// is under way.
	mu      sync.Mutex
	flight  map[string]int // ids given to Check and not yet to Add or AddKnown
	pending map[string]int // ids given to Add and not yet committed
}

// LoadStats counts what a Loader did. Each article given to it counts
// once, by what it was when its turn came.
type LoadStats struct {
	Added      int // articles new to the store
	Replaced   int // articles whose id was stored with another text, title, url, source or date (by an earlier run or earlier in this one)
	Unchanged  int // articles stored as they are (by an earlier run or earlier in this one): left alone
	Duplicates int // articles with the same text and date as one stored (or loaded earlier in this run) under another id: left out
	Batches    int // transactions that committed a batch of articles
	Rows       int // nodes and relationships written, SAME_STORY and the articles' signatures included
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
	return &Loader{store: s, batchSize: batchSize, stories: &storyIndex{},
		flight: map[string]int{}, pending: map[string]int{}}
}

// Stats returns the counts so far.
func (l *Loader) Stats() LoadStats { return l.stats }

// Add queues one analysed article and writes the batch when it is full.
// Whether the article is new, changed, unchanged or a duplicate is decided
// when its batch is written, against the store.
func (l *Loader) Add(ctx context.Context, a article.Article, an nlp.Analysis) error {
	l.mu.Lock()
	decrement(l.flight, a.ID)
	l.pending[a.ID]++
	l.mu.Unlock()
	l.batch = append(l.batch, pendingArticle{a, an})
	l.rows += rowEstimate(an)
	if l.rows >= l.batchSize {
		return l.Flush(ctx)
	}
	return nil
}

func decrement(m map[string]int, id string) {
	if m[id] > 1 {
		m[id]--
	} else {
		delete(m, id)
	}
}

// Known is what Check finds out about an article before it is analysed.
type Known int

const (
	// NeedsAnalysis: new, changed, or not decidable yet (an article with
	// its id is under way in this run): analyse it and give it to Add.
	NeedsAnalysis Known = iota
	// StoredAsIs: stored as it is, its SAME_STORY links made.
	StoredAsIs
	// StoredUnlinked: stored as it is, but a load stopped before making
	// its SAME_STORY links (or an older newsgraph stored it): it needs no
	// analysis, and takes part in this run's links.
	StoredUnlinked
	// DuplicateOfStored: the same text and date as an article stored under
	// another id.
	DuplicateOfStored
)

// Check looks arts up in the store before they are analysed, so that a
// caller can spare the analysis of those that need none: it gives each
// article, in order, either to Add with its analysis (NeedsAnalysis) or
// to AddKnown with what Check said. Check may run beside Add and Flush,
// a run of articles ahead of them, but every article must go through it,
// in input order, or none.
//
// The verdict is the one Add would reach: an article whose id, or whose
// stored copy's id, is under way in the run (given to Check or Add and not
// yet committed) may change before its turn, so it gets NeedsAnalysis.
func (l *Loader) Check(ctx context.Context, arts []article.Article) ([]Known, error) {
	l.mu.Lock()
	busy := make(map[string]bool, len(l.flight)+len(l.pending)+len(arts))
	for id := range l.flight {
		busy[id] = true
	}
	for id := range l.pending {
		busy[id] = true
	}
	for _, a := range arts {
		l.flight[a.ID]++
	}
	l.mu.Unlock()

	ids := make([]string, len(arts))
	shas := make([]string, 0, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
		if a.SHA256 != "" {
			shas = append(shas, a.SHA256)
		}
	}
	var have map[string]Node
	var copies map[textKey][]Node
	err := l.store.Update(ctx, func(tx Tx) error {
		var err error
		if have, err = storedArticles(tx, ids); err != nil {
			return err
		}
		copies, err = storedTexts(tx, shas)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("looking up stored articles: %w", err)
	}
	out := make([]Known, len(arts))
	for i, a := range arts {
		out[i] = known(a, have, copies, busy)
		busy[a.ID] = true // under way for the articles after it
	}
	return out, nil
}

func known(a article.Article, have map[string]Node, copies map[textKey][]Node, busy map[string]bool) Known {
	if busy[a.ID] {
		return NeedsAnalysis
	}
	if n, ok := have[a.ID]; ok && sameArticle(n, a) {
		if linked(n) {
			return StoredAsIs
		}
		return StoredUnlinked
	}
	if a.SHA256 != "" {
		for _, n := range copies[textOf(a)] {
			if n.ID != a.ID && !busy[n.ID] {
				return DuplicateOfStored
			}
		}
	}
	return NeedsAnalysis
}

// AddKnown counts an article that Check found needs no analysis, with
// what Check said of it.
func (l *Loader) AddKnown(a article.Article, k Known) {
	l.mu.Lock()
	decrement(l.flight, a.ID)
	l.mu.Unlock()
	switch k {
	case StoredAsIs:
		l.stats.Unchanged++
	case StoredUnlinked:
		l.stats.Unchanged++
		l.stories.add(a)
	case DuplicateOfStored:
		l.stats.Duplicates++
	default:
		panic(fmt.Sprintf("newsgraph: AddKnown of an article Check said %d of", k))
	}
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

// storedTexts returns the stored Article nodes with a sha256 among shas,
// by text (sha256 and date).
func storedTexts(tx Tx, shas []string) (map[textKey][]Node, error) {
	out := map[textKey][]Node{}
	if len(shas) == 0 {
		return out, nil
	}
	g, err := tx.Texts(shas)
	if err != nil {
		return nil, err
	}
	for _, n := range g.Nodes {
		k := nodeText(n)
		out[k] = append(out[k], n)
	}
	return out, nil
}

func nodeText(n Node) textKey {
	return textKey{str(n.Properties["sha256"]), str(n.Properties["published"])}
}

// sameArticle reports whether a stored Article node is a as it is now:
// same text (sha256) and same title, url, source and published date, which
// the graph shows and event dates depend on. The signature properties
// follow from the text and are left out.
func sameArticle(stored Node, a article.Article) bool {
	want := articleNode(a).Properties
	n := 0
	for k, v := range stored.Properties {
		if k == propMinhash || k == propShingles {
			continue
		}
		if w, ok := want[k]; !ok || !reflect.DeepEqual(v, w) {
			return false
		}
		n++
	}
	return n == len(want)
}

// linked reports whether a stored article has its SAME_STORY links made:
// Finish writes its signature once they are.
func linked(stored Node) bool {
	_, ok := stored.Properties[propMinhash]
	return ok
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
	var res batchResult
	err := l.store.Update(ctx, func(tx Tx) error {
		var err error
		res, err = writeBatch(tx, batch)
		return err
	})
	if err != nil {
		return fmt.Errorf("loading articles %s .. %s: %w", batch[0].art.ID, batch[len(batch)-1].art.ID, err)
	}
	l.stats.Added += res.stats.Added
	l.stats.Replaced += res.stats.Replaced
	l.stats.Unchanged += res.stats.Unchanged
	l.stats.Duplicates += res.stats.Duplicates
	l.stats.Rows += res.stats.Rows
	l.stats.Batches++
	for _, i := range res.link {
		l.stories.add(batch[i].art)
	}
	l.mu.Lock()
	for _, p := range batch {
		decrement(l.pending, p.art.ID)
	}
	l.mu.Unlock()
	return nil
}

// storyPage is how many stored articles a SAME_STORY read or write takes
// at a time (an article's signature is some 850 bytes).
var storyPage = 1000

// Finish writes what is queued, then the SAME_STORY links of the run's
// articles (those it wrote, and those stored unlinked): with each other,
// and with the stored articles the date rule lets them link to, those
// published within sameStoryMaxDays of the run's dates and the undated
// ones (all stored articles when one of the run's is undated), read a page
// at a time. Pairs of two stored articles are not looked at: their links
// were made when the later of them was loaded. Last it writes each run
// article's signature on its node, which marks its links as made: a load
// cut off before that leaves them unmarked, and the next run that brings
// them makes their links (Check says StoredUnlinked).
//
// Cancelling ctx stops it between transactions; each one that starts
// completes.
func (l *Loader) Finish(ctx context.Context) error {
	defer l.stories.close()
	commit := context.WithoutCancel(ctx)
	if err := l.Flush(commit); err != nil {
		return err
	}
	s := l.stories
	byID := s.lastOfEach()
	if len(byID) == 0 {
		return nil
	}
	if err := l.readStored(ctx, byID); err != nil {
		return err
	}
	if err := l.link(ctx); err != nil {
		return err
	}
	return l.mark(ctx, byID)
}

// readStored adds to the story index the stored articles that the run's
// may link to.
func (l *Loader) readStored(ctx context.Context, byID []int32) error {
	s := l.stories
	since, until, all, ok := s.window()
	if !ok {
		return nil // no article of the run has a 3-gram
	}
	if all {
		since, until = "0000-01-01", "9999-12-31"
	}
	for _, w := range [][2]string{{since, until}, {"", ""}} {
		afterPublished, after := "", ""
		for {
			if err := ctx.Err(); err != nil {
				return err
			}
			var g *Graph
			err := l.store.Update(context.WithoutCancel(ctx), func(tx Tx) error {
				var err error
				g, err = tx.Stories(w[0], w[1], afterPublished, after, storyPage)
				return err
			})
			if err != nil {
				return fmt.Errorf("reading stored articles for SAME_STORY: %w", err)
			}
			for _, n := range g.Nodes {
				if p := str(n.Properties["published"]); p > afterPublished || (p == afterPublished && n.ID > after) {
					afterPublished, after = p, n.ID // the page's last, in (published, id) order
				}
				if s.inRun(byID, n.ID) {
					continue // unlinked, so not expected; the run's version counts
				}
				sig, ok := decodeMinhash(str(n.Properties[propMinhash]))
				if size := num(n.Properties[propShingles]); ok && size > 0 {
					s.addStored(n.ID, str(n.Properties["published"]), size, sig)
				}
			}
			if len(g.Nodes) < storyPage {
				break
			}
		}
	}
	return nil
}

// link writes the SAME_STORY links the story index finds, batchSize at a
// transaction.
func (l *Loader) link(ctx context.Context) error {
	commit := context.WithoutCancel(ctx)
	var part []Relationship
	write := func() error {
		if len(part) == 0 {
			return nil
		}
		g := &Graph{Nodes: []Node{}, Relationships: part}
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

// mark writes the signature of each of the run's articles on its node.
func (l *Loader) mark(ctx context.Context, byID []int32) error {
	s := l.stories
	page := min(l.batchSize, storyPage)
	buf := make([]uint32, sigSize)
	for from := 0; from < len(byID); from += page {
		if err := ctx.Err(); err != nil {
			return err
		}
		part := byID[from:min(from+page, len(byID))]
		ids := make([]string, len(part))
		entry := make(map[string]int, len(part))
		for k, i := range part {
			ids[k] = s.ids[i]
			entry[s.ids[i]] = int(i)
		}
		written := 0
		err := l.store.Update(context.WithoutCancel(ctx), func(tx Tx) error {
			g, err := tx.Articles(ids)
			if err != nil {
				return err
			}
			nodes := make([]Node, len(g.Nodes))
			for k, n := range g.Nodes {
				n.Properties = s.storyProps(n.Properties, entry[n.ID], buf)
				nodes[k] = n
			}
			written = len(nodes)
			return tx.Write(&Changes{Upsert: &Graph{Nodes: nodes, Relationships: []Relationship{}}})
		})
		if err != nil {
			return fmt.Errorf("marking the articles' SAME_STORY links made: %w", err)
		}
		l.stats.Rows += written
	}
	return nil
}

// batchResult is what writing a batch did.
type batchResult struct {
	stats LoadStats
	link  []int // the batch's articles that take part in the run's SAME_STORY links, in order
}

// writeBatch is one transaction: it reads the stored state the batch
// touches, takes the articles in order (see Loader), merges those that
// change the graph into the stored state and writes the result.
func writeBatch(tx Tx, batch []pendingArticle) (batchResult, error) {
	var res batchResult
	ids := make([]string, len(batch))
	shas := make([]string, 0, len(batch))
	for i, p := range batch {
		ids[i] = p.art.ID
		if p.art.SHA256 != "" {
			shas = append(shas, p.art.SHA256)
		}
	}
	have, err := storedArticles(tx, ids)
	if err != nil {
		return res, err
	}
	copies, err := storedTexts(tx, shas)
	if err != nil {
		return res, err
	}
	// cur is the version each id touched has where the batch is; holders
	// the ids that had each text at some point, to check against cur.
	cur := make(map[string]Node, len(have))
	holders := map[textKey][]string{}
	for id, n := range have {
		cur[id] = n
	}
	for k, ns := range copies {
		for _, n := range ns {
			if _, ok := cur[n.ID]; !ok {
				cur[n.ID] = n
			}
			holders[k] = append(holders[k], n.ID)
		}
	}
	heldByOther := func(a article.Article) bool {
		for _, h := range holders[textOf(a)] {
			if h != a.ID && nodeText(cur[h]) == textOf(a) {
				return true
			}
		}
		return false
	}
	last := map[string]int{}   // the batch's version of each id to write
	relink := map[string]int{} // unchanged, but stored without its links
	for i, p := range batch {
		a := p.art
		old, ok := cur[a.ID]
		switch {
		case ok && sameArticle(old, a):
			res.stats.Unchanged++
			if _, rewritten := last[a.ID]; !rewritten && !linked(old) {
				relink[a.ID] = i
			}
			continue
		case a.SHA256 != "" && heldByOther(a):
			res.stats.Duplicates++
			continue
		case ok:
			res.stats.Replaced++
		default:
			res.stats.Added++
		}
		cur[a.ID] = articleNode(a)
		holders[textOf(a)] = append(holders[textOf(a)], a.ID)
		last[a.ID] = i
		delete(relink, a.ID)
	}

	var fresh []pendingArticle
	var replaced []string
	for i, p := range batch {
		id := p.art.ID
		if j, ok := last[id]; !ok || j != i {
			if j, ok := relink[id]; ok && j == i {
				res.link = append(res.link, i)
			}
			continue
		}
		if old, ok := have[id]; ok {
			if sameArticle(old, p.art) { // changed and changed back within the batch
				if !linked(old) {
					res.link = append(res.link, i)
				}
				continue
			}
			replaced = append(replaced, id)
		}
		fresh = append(fresh, p)
		res.link = append(res.link, i)
	}
	if len(fresh) == 0 {
		return res, nil
	}
	contribs := make([]*contribution, len(fresh))
	for i, p := range fresh {
		contribs[i] = newContribution(p.art, p.an)
	}
	b := newBatchBuilder()
	if err := b.replay(tx, replaced, contribs); err != nil {
		return res, err
	}
	ch := b.Changes()
	res.stats.Rows = len(ch.Upsert.Nodes) + len(ch.Upsert.Relationships)
	return res, tx.Write(ch)
}

// replay takes the stored articles gone away and adds the contributions
// fresh, with the surnames alone whose links that changes (see
// surname.go): it seeds b with the stored state all that touches, then
// removes and adds.
func (b *Builder) replay(tx Tx, gone []string, fresh []*contribution) error {
	relinked, err := b.seed(tx, gone, fresh)
	if err != nil {
		return err
	}
	for _, id := range gone {
		b.Remove(id)
	}
	for _, c := range relinked {
		b.Remove(c.id())
		b.relinked[c.id()] = true
	}
	for _, c := range relinked {
		b.add(c)
	}
	for _, c := range fresh {
		b.add(c)
	}
	return nil
}

// seed reads the stored state that removing the articles gone and adding
// the contributions fresh touch: the stored contributions of those gone,
// and of the articles whose surnames alone link elsewhere after it
// (returned re-keyed; fresh's are re-keyed in place), the entities and
// pairs of all of them, and the events their reports could join.
func (b *Builder) seed(tx Tx, gone []string, fresh []*contribution) (relinked []*contribution, err error) {
	var events []string
	if len(gone) > 0 {
		g, err := tx.Contributions(gone)
		if err != nil {
			return nil, err
		}
		events = b.seedContributions(g)
	}
	var contribs []*contribution
	for _, id := range gone {
		if c := b.articles[id]; c != nil {
			contribs = append(contribs, c)
		}
	}
	relinked, more, err := b.linkSurnames(tx, contribs, fresh)
	if err != nil {
		return nil, err
	}
	events = append(events, more...)
	for _, c := range relinked {
		contribs = append(contribs, b.articles[c.id()], c)
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
			if bare(r.ev) {
				continue // an event of its own: no stored event to join
			}
			k := eventKey(r)
			if s := fmt.Sprint(k); !seenKey[s] {
				seenKey[s] = true
				keys = append(keys, k)
			}
		}
	}

	g, err := tx.Entities(sortedKeys(entities))
	if err != nil {
		return nil, err
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
			return nil, err
		}
		for _, r := range g.Relationships {
			b.seedPair(r)
		}
	}
	if len(keys) > 0 || len(events) > 0 {
		sort.Strings(events)
		g, err := tx.Events(keys, events)
		if err != nil {
			return nil, err
		}
		b.seedEvents(g)
	}
	return relinked, nil
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
		if err := b.replay(tx, found, nil); err != nil {
			return err
		}
		return tx.Write(b.Changes())
	})
	return found, err
}
