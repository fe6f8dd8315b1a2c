package graph

import (
	"sort"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/nlp"
)

// Builder merges the contributions of many articles into one graph. It can
// also take an article's contribution away again (Remove), which is how
// 'load' replaces a changed article and 'delete' removes one: a Builder
// seeded with the stored state of what a batch touches (see seed.go) gives
// the new state of exactly those nodes and relationships.
type Builder struct {
	articles map[string]*contribution // the contributions held, by article id
	entities map[string]*entityAcc
	pairs    map[pair]*pairAcc
	reports  map[reportKey]report
	stories  *storyIndex        // SAME_STORY signatures; nil in a batch Builder
	storyAt  map[string]int     // each article's entry in stories
	texts    map[textKey]string // the article that holds each text, for exact duplicates

	// What changed, for Changes: a batch Builder writes only these; the
	// Builder of a whole graph (NewBuilder) writes everything and does not
	// track entities and pairs, which would double their memory.
	partial  bool
	added    map[string]bool // articles added (a replaced article is removed, then added)
	removed  map[string]bool // articles whose stored share was taken away
	relinked map[string]bool // articles removed and added again, only their surnames alone re-keyed
	touched  map[string]bool // entities whose counts changed
	touchedP map[pair]bool
	events   map[string]bool // stored events whose reports were seeded: rebuilt from scratch
}

type pair struct{ a, b string }

type reportKey struct {
	article string
	n       int
}

type entityAcc struct {
	kind     nlp.Kind
	names    map[string]int // canonical name -> mentions, to pick the one most used
	aliases  map[string]int // spelling -> articles that use it
	mentions int
	articles int
	// A full name's surname and given name, and the articles that name
	// it by the surname alone (see surname.go).
	surname, given string
	linked         int
}

type pairAcc struct{ sentences, articles int }

// NewBuilder returns an empty Builder that merges a whole set of articles
// in memory at once. build and load merge through the Loader instead, a
// batch at a time; this is the reference the tests check the Loader's
// result against, and fine for a small set.
func NewBuilder() *Builder {
	b := newWholeBuilder()
	b.stories = &storyIndex{}
	b.storyAt = map[string]int{}
	b.texts = map[textKey]string{}
	return b
}

// textKey identifies a text as published on a day. The date is part of it
// because digests repeat a one-line item word for word on different days
// ("The Houthis launch a ballistic missile at Israel, which is intercepted.")
// and those are different reports.
type textKey struct{ sha, published string }

func textOf(a article.Article) textKey { return textKey{a.SHA256, a.Published} }

// newBatchBuilder returns a Builder that leaves SAME_STORY and duplicate
// texts to its caller, which sees more than one batch.
func newBatchBuilder() *Builder {
	b := newWholeBuilder()
	b.partial = true
	return b
}

func newWholeBuilder() *Builder {
	return &Builder{
		articles: map[string]*contribution{},
		entities: map[string]*entityAcc{},
		pairs:    map[pair]*pairAcc{},
		reports:  map[reportKey]report{},
		added:    map[string]bool{},
		removed:  map[string]bool{},
		relinked: map[string]bool{},
		touched:  map[string]bool{},
		touchedP: map[pair]bool{},
		events:   map[string]bool{},
	}
}

// Add merges one article and its analysis into the graph, with the rules
// a load follows (see Loader), in order:
//   - an article the graph holds as it is (same id, text, title, url,
//     source and date) is not added again: the same article read twice must
//     not count twice;
//   - an article with the same text and date as another id's is a
//     duplicate and left out: the first one stays;
//   - an article with the id of one held but otherwise different replaces
//     it: the last version wins, as when a later load brings it.
//
// Add reports false when it left a out.
func (b *Builder) Add(a article.Article, an nlp.Analysis) bool {
	if old, held := b.articles[a.ID]; held && sameArticle(old.node, a) {
		return false
	}
	if b.texts != nil && a.SHA256 != "" {
		if holder, ok := b.texts[textOf(a)]; ok && holder != a.ID {
			return false
		}
	}
	b.Remove(a.ID)
	if b.stories != nil {
		b.storyAt[a.ID] = b.stories.add(a)
		if a.SHA256 != "" {
			b.texts[textOf(a)] = a.ID
		}
	}
	b.add(newContribution(a, an))
	return true
}

func (b *Builder) add(c *contribution) {
	b.articles[c.id()] = c
	b.added[c.id()] = true
	b.apply(c, +1)
}

// Remove takes an article's contribution away: its node, its mentions and
// its share of every count, and its event reports. It reports false when
// the Builder does not hold the article.
func (b *Builder) Remove(id string) bool {
	c, ok := b.articles[id]
	if !ok {
		return false
	}
	b.apply(c, -1)
	delete(b.articles, id)
	delete(b.added, id)
	b.removed[id] = true
	if b.stories != nil {
		b.stories.kill(b.storyAt[id])
		delete(b.storyAt, id)
		if k := nodeText(c.node); b.texts[k] == id {
			delete(b.texts, k)
		}
	}
	return true
}

// apply adds (sign +1) or takes away (sign -1) one contribution.
func (b *Builder) apply(c *contribution, sign int) {
	for _, m := range c.mentions {
		acc := b.entity(m.entity, m.kind)
		if m.given != "" {
			acc.surname, acc.given = m.surname, m.given
		}
		if m.linked() {
			// "Trump" is a spelling of Donald Trump, not a name to show
			// for him.
			acc.linked += sign
		} else {
			acc.names[m.name] += sign * m.count
			if acc.names[m.name] <= 0 {
				delete(acc.names, m.name)
			}
		}
		for _, al := range m.aliases {
			acc.aliases[al] += sign
			if acc.aliases[al] <= 0 {
				delete(acc.aliases, al)
			}
		}
		acc.mentions += sign * m.count
		acc.articles += sign
		if b.partial {
			b.touched[m.entity] = true
		}
	}
	c.eachPair(func(p pair, sentences int) {
		acc := b.pairs[p]
		if acc == nil {
			acc = &pairAcc{}
			b.pairs[p] = acc
		}
		acc.sentences += sign * sentences
		acc.articles += sign
		if b.partial {
			b.touchedP[p] = true
		}
	})
	for _, r := range c.reports {
		k := reportKey{r.article, r.n}
		if sign > 0 {
			b.reports[k] = r
		} else {
			delete(b.reports, k)
		}
	}
}

func (b *Builder) entity(id string, kind nlp.Kind) *entityAcc {
	acc := b.entities[id]
	if acc == nil {
		acc = &entityAcc{kind: kind, names: map[string]int{}, aliases: map[string]int{}}
		b.entities[id] = acc
	}
	return acc
}

func articleNode(a article.Article) Node {
	props := map[string]any{"id": a.ID, "sha256": a.SHA256}
	for k, v := range map[string]string{"title": a.Title, "url": a.URL, "source": a.Source, "published": a.Published} {
		if v != "" {
			props[k] = v
		}
	}
	return Node{ID: a.ID, Labels: []string{LabelArticle}, Properties: props}
}

// Graph returns the graph built so far, in a stable order.
func (b *Builder) Graph() *Graph {
	return b.Changes().Upsert
}

// Changes is what a Builder's work changes in a stored graph: what to
// delete first, then what to write. For a Builder that was not seeded,
// Upsert is the whole graph and there is nothing to delete.
type Changes struct {
	DeleteArticles []string       // taken away for good: the node and its relationships
	ClearArticles  []string       // replaced: their MENTIONS, REPORTS and SAME_STORY go; Upsert has the new ones
	RelinkArticles []string       // the same text, a surname alone linked anew: their MENTIONS and REPORTS go; Upsert has the new ones
	DeleteEntities []string       // no article mentions them any more
	DeletePairs    []Relationship // CO_OCCURS_WITH no article supports any more
	DeleteEvents   []string       // every stored event whose reports were seeded; Upsert has them merged anew
	Upsert         *Graph
}

// Changes returns the new state of everything the Builder's work touched.
func (b *Builder) Changes() *Changes {
	if !b.partial {
		b.linkAll()
	}
	ch := &Changes{Upsert: &Graph{Nodes: []Node{}, Relationships: []Relationship{}}}
	g := ch.Upsert
	for id := range b.removed {
		switch {
		case b.relinked[id]:
			ch.RelinkArticles = append(ch.RelinkArticles, id)
		case b.added[id]:
			ch.ClearArticles = append(ch.ClearArticles, id)
		default:
			ch.DeleteArticles = append(ch.DeleteArticles, id)
		}
	}
	var buf []uint32
	if b.stories != nil {
		buf = make([]uint32, sigSize)
	}
	for id := range b.added {
		c := b.articles[id]
		n := c.node
		if b.stories != nil {
			// The whole graph's articles carry their signatures, as a
			// completed load leaves them (see story.go).
			n.Properties = b.stories.storyProps(n.Properties, b.storyAt[id], buf)
		}
		if !b.relinked[id] {
			g.Nodes = append(g.Nodes, n)
		}
		for _, m := range c.mentions {
			g.Relationships = append(g.Relationships, mentionRel(id, m))
		}
	}
	entity := func(id string) {
		e := b.entities[id]
		if e.articles <= 0 {
			ch.DeleteEntities = append(ch.DeleteEntities, id)
			return
		}
		g.Nodes = append(g.Nodes, entityNode(id, e))
	}
	coOccurs := func(k pair) {
		p := b.pairs[k]
		r := rel(RelCoOccurs, k.a, k.b, map[string]any{"sentences": p.sentences, "articles": p.articles})
		if p.articles <= 0 {
			ch.DeletePairs = append(ch.DeletePairs, r)
			return
		}
		g.Relationships = append(g.Relationships, r)
	}
	if b.partial {
		for id := range b.touched {
			entity(id)
		}
		for k := range b.touchedP {
			coOccurs(k)
		}
	} else {
		for id := range b.entities {
			entity(id)
		}
		for k := range b.pairs {
			coOccurs(k)
		}
	}
	for id := range b.events {
		ch.DeleteEvents = append(ch.DeleteEvents, id)
	}
	b.eventGraph(g)
	if b.stories != nil {
		b.stories.storyGraph(g)
	}
	sortGraph(g)
	for _, s := range [][]string{ch.DeleteArticles, ch.ClearArticles, ch.RelinkArticles, ch.DeleteEntities, ch.DeleteEvents} {
		sort.Strings(s)
	}
	sort.Slice(ch.DeletePairs, func(i, j int) bool {
		return ch.DeletePairs[i].Start+"\x00"+ch.DeletePairs[i].End < ch.DeletePairs[j].Start+"\x00"+ch.DeletePairs[j].End
	})
	return ch
}

// entityNode is the stored state of an entity. Besides the counts users
// query, it keeps how many mentions each name had and how many articles
// use each spelling (names/name_mentions, aliases/alias_articles, parallel
// lists), so that a later load can add or take away an article's share
// without reading every article that mentions it.
func entityNode(id string, e *entityAcc) Node {
	names := sortedKeys(e.names)
	nameMentions := make([]int, len(names))
	for i, n := range names {
		nameMentions[i] = e.names[n]
	}
	aliases := sortedKeys(e.aliases)
	aliasArticles := make([]int, len(aliases))
	for i, a := range aliases {
		aliasArticles[i] = e.aliases[a]
	}
	props := map[string]any{
		"id": id, "name": bestName(e.names), "aliases": aliases,
		"names": names, "name_mentions": nameMentions,
		"mentions": e.mentions, "articles": e.articles,
	}
	if len(aliasArticles) > 0 {
		// An empty list comes back from Neo4j without its element type:
		// leave it out rather than read back a []string for an []int.
		props["alias_articles"] = aliasArticles
	}
	if e.given != "" {
		props["surname"], props["given"] = e.surname, e.given
	}
	if e.linked > 0 {
		props["linked_articles"] = e.linked
	}
	return Node{ID: id, Labels: []string{LabelEntity, kindLabel(e.kind)}, Properties: props}
}

func rel(typ, start, end string, props map[string]any) Relationship {
	if props == nil {
		props = map[string]any{}
	}
	return Relationship{Type: typ, Start: start, End: end, Properties: props}
}

// nodeOrder puts articles first, then entities, then events.
func nodeOrder(n Node) int {
	switch n.Labels[0] {
	case LabelArticle:
		return 0
	case LabelEntity:
		return 1
	}
	return 2
}

func kindLabel(k nlp.Kind) string {
	switch k {
	case nlp.Person:
		return LabelPerson
	case nlp.Organization:
		return LabelOrganization
	}
	return LabelPlace
}

// kindOf is kindLabel read backwards, from a stored node's labels.
func kindOf(labels []string) nlp.Kind {
	for _, l := range labels {
		switch l {
		case LabelPerson:
			return nlp.Person
		case LabelOrganization:
			return nlp.Organization
		case LabelPlace:
			return nlp.Place
		}
	}
	return nlp.Place
}

// bestName is the name used most often, the first in order on a tie.
func bestName(names map[string]int) string {
	best, n := "", -1
	for name, c := range names {
		if c > n || (c == n && name < best) {
			best, n = name, c
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
