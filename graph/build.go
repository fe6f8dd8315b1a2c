package graph

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/nlp"
)

// Builder merges the analyses of many articles into one graph. Its memory
// grows with the distinct entities, pairs and events, not with the text.
type Builder struct {
	articles map[string]Node
	entities map[string]*entityAcc
	mentions map[pair]int // article id, entity id -> count
	pairs    map[pair]*pairAcc
	events   map[string]*eventAcc
	stories  storyIndex // SAME_STORY signatures and exact-duplicate texts; see story.go
}

type pair struct{ a, b string }

type entityAcc struct {
	kind     nlp.Kind
	names    map[string]int // canonical name -> mentions, to pick the one most used
	aliases  map[string]bool
	mentions int
	articles int
}

type pairAcc struct{ sentences, articles int }

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{
		articles: map[string]Node{},
		entities: map[string]*entityAcc{},
		mentions: map[pair]int{},
		pairs:    map[pair]*pairAcc{},
		events:   map[string]*eventAcc{},
	}
}

// Add merges one article and its analysis into the graph. An article whose
// id is already in the graph is not added again and Add reports false: the
// same article read twice must not count twice.
func (b *Builder) Add(a article.Article, an nlp.Analysis) bool {
	if _, dup := b.articles[a.ID]; dup {
		return false
	}
	if !b.stories.add(a) {
		return false // the same text came first under another id
	}
	b.articles[a.ID] = articleNode(a)

	sentenceSets := map[int]map[string]bool{}
	for _, e := range an.Entities {
		acc := b.entities[e.ID]
		if acc == nil {
			acc = &entityAcc{kind: e.Kind, names: map[string]int{}, aliases: map[string]bool{}}
			b.entities[e.ID] = acc
		}
		acc.names[e.Name] += len(e.Mentions)
		for _, al := range e.Aliases {
			acc.aliases[al] = true
		}
		acc.mentions += len(e.Mentions)
		acc.articles++
		b.mentions[pair{a.ID, e.ID}] += len(e.Mentions)
		for _, m := range e.Mentions {
			if sentenceSets[m.Sentence] == nil {
				sentenceSets[m.Sentence] = map[string]bool{}
			}
			sentenceSets[m.Sentence][e.ID] = true
		}
	}

	for _, set := range sentenceSets {
		b.eachPair(set, func(acc *pairAcc) { acc.sentences++ })
	}
	inArticle := map[string]bool{}
	for _, e := range an.Entities {
		inArticle[e.ID] = true
	}
	b.eachPair(inArticle, func(acc *pairAcc) { acc.articles++ })

	b.addEvents(a.ID, an.Events)
	return true
}

// eachPair calls fn for every unordered pair of ids in set, smaller id first.
func (b *Builder) eachPair(set map[string]bool, fn func(*pairAcc)) {
	ids := make([]string, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			k := pair{ids[i], ids[j]}
			acc := b.pairs[k]
			if acc == nil {
				acc = &pairAcc{}
				b.pairs[k] = acc
			}
			fn(acc)
		}
	}
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
	g := &Graph{}
	for _, n := range b.articles {
		g.Nodes = append(g.Nodes, n)
	}
	for id, e := range b.entities {
		g.Nodes = append(g.Nodes, Node{
			ID:     id,
			Labels: []string{LabelEntity, kindLabel(e.kind)},
			Properties: map[string]any{
				"id": id, "name": bestName(e.names), "aliases": sortedSet(e.aliases),
				"mentions": e.mentions, "articles": e.articles,
			},
		})
	}
	b.eventGraph(g)
	b.stories.storyGraph(g)
	for k, n := range b.mentions {
		g.Relationships = append(g.Relationships, rel(RelMentions, k.a, k.b, map[string]any{"count": n}))
	}
	for k, p := range b.pairs {
		g.Relationships = append(g.Relationships, rel(RelCoOccurs, k.a, k.b, map[string]any{"sentences": p.sentences, "articles": p.articles}))
	}
	sortGraph(g)
	return g
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

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Stats counts what a graph holds, for summaries.
func (g *Graph) Stats() string {
	labels := map[string]int{}
	for _, n := range g.Nodes {
		labels[n.Labels[len(n.Labels)-1]]++
	}
	types := map[string]int{}
	for _, r := range g.Relationships {
		types[r.Type]++
	}
	var parts []string
	for _, l := range []string{LabelArticle, LabelPerson, LabelPlace, LabelOrganization, LabelEvent} {
		parts = append(parts, fmt.Sprintf("%d %s", labels[l], l))
	}
	for _, t := range []string{RelMentions, RelCoOccurs, RelReports, RelActorIn, RelTargetOf, RelOccurredIn, RelSameStory} {
		parts = append(parts, fmt.Sprintf("%d %s", types[t], t))
	}
	return strings.Join(parts, ", ")
}
