package graph

import (
	"container/heap"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// htmlPage is graph.html's page: CSS, a canvas, a force layout and the
// panels, all inline. WriteHTML puts the graph's data where the data marker
// is, and a note on what the page leaves out where the note marker is (or
// nothing, when it holds the whole graph).
//
//go:embed html_page.html
var htmlPage string

const (
	htmlDataMarker = "/*GRAPH_DATA*/"
	htmlNoteMarker = "<!--GRAPH_NOTE-->"
)

// The page holds the whole graph up to HTMLMaxNodes nodes and HTMLMaxLinks
// relationships, a page of some 15 MB. A larger graph cannot be drawn by a
// browser, nor held in memory to write it (100k articles make some 14M
// relationships), so the page then holds a sample that WriteHTML picks in
// bounded memory, and says so:
//
//   - the HTMLSampleEntities entities with the most mentions (the page draws
//     the most mentioned anyway);
//   - for each, the HTMLSampleArticles articles that mention it most, so
//     that its details list articles and the date filter finds it;
//   - the relationships among the nodes kept, at most HTMLSampleLinks of
//     each type, the heaviest (CO_OCCURS_WITH by sentences, MENTIONS by
//     count, SAME_STORY by similarity), besides the MENTIONS that picked
//     the articles.
//
// Events are left out: they are hidden until asked for, and a sample of
// them would say little.
const (
	HTMLMaxNodes       = 20000
	HTMLMaxLinks       = 200000
	HTMLSampleEntities = 1000
	HTMLSampleArticles = 3
	HTMLSampleLinks    = 20000
)

// htmlNode is one node as the page reads it: the fields it draws, filters
// and lists, flattened from the node's properties.
type htmlNode struct {
	ID        string   `json:"id"`
	Kind      string   `json:"kind"` // Person, Place, Organization, Article or Event
	Name      string   `json:"name,omitempty"`
	Aliases   []string `json:"aliases,omitempty"`
	Mentions  int      `json:"mentions,omitempty"`
	Articles  int      `json:"articles,omitempty"`
	Title     string   `json:"title,omitempty"`
	Source    string   `json:"source,omitempty"`
	URL       string   `json:"url,omitempty"`
	Published string   `json:"published,omitempty"`
	Type      string   `json:"type,omitempty"`
	Trigger   string   `json:"trigger,omitempty"`
	Text      string   `json:"text,omitempty"`
	Date      string   `json:"date,omitempty"`
}

// htmlLink is one relationship by node index: t type, s start, e end, and
// its weight w (CO_OCCURS_WITH sentences, MENTIONS count), a (articles)
// and sim (SAME_STORY similarity) when it has them.
type htmlLink struct {
	T   string  `json:"t"`
	S   int     `json:"s"`
	E   int     `json:"e"`
	W   int     `json:"w,omitempty"`
	A   int     `json:"a,omitempty"`
	Sim float64 `json:"sim,omitempty"`
}

// htmlData is the JSON the page reads.
type htmlData struct {
	Nodes []htmlNode `json:"nodes"`
	Links []htmlLink `json:"links"`
}

// WriteHTML writes graph.html: one self-contained page that draws the graph
// with a force layout, to look at before querying. Nothing is loaded at view
// time, no script, style or font from a network: the code is inline and the
// graph is JSON inside the page (json.Marshal escapes '<', so no text in the
// data can close the script element). A graph larger than HTMLMaxNodes or
// HTMLMaxLinks is sampled (see HTMLMaxNodes); src is read twice, and twice
// more to sample.
func WriteHTML(w io.Writer, src Source) error {
	data, note, err := htmlGraph(src)
	if err != nil {
		return err
	}
	b, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("graph.html data: %w", err)
	}
	head, rest, ok := strings.Cut(htmlPage, htmlNoteMarker)
	if !ok {
		return fmt.Errorf("graph.html template has no note marker")
	}
	before, after, ok := strings.Cut(rest, htmlDataMarker)
	if !ok {
		return fmt.Errorf("graph.html template has no data marker")
	}
	for _, s := range []string{head, note, before, string(b), after} {
		if _, err := io.WriteString(w, s); err != nil {
			return err
		}
	}
	return nil
}

// htmlGraph reads src once for the whole graph, holding it only while it
// is within the limits, and ranking entities and their articles for a
// sample at the same time; past the limits it reads src again for the
// sample. note is "" for the whole graph.
func htmlGraph(src Source) (data htmlData, note string, err error) {
	whole := &wholeHTML{data: htmlData{Nodes: []htmlNode{}, Links: []htmlLink{}}, index: map[string]int{}}
	top := newBestOf(HTMLSampleEntities, func(a, b entityRank) bool {
		return a.mentions < b.mentions || a.mentions == b.mentions && a.id > b.id
	})
	var nodes, rels int
	if err := src.EachNode(func(n Node) error {
		nodes++
		if whole != nil && nodes > HTMLMaxNodes {
			whole = nil
		}
		if whole != nil {
			whole.node(n)
		}
		if n.Labels[0] == LabelEntity {
			top.offer(entityRank{n.ID, num(n.Properties["mentions"])})
		}
		return nil
	}); err != nil {
		return data, "", err
	}
	// picks ranks the articles of each entity kept, by their MENTIONS
	// count, the first in order on a tie.
	picks := make(map[string]*bestOf[articleRank], len(top.items))
	for _, e := range top.items {
		picks[e.id] = newBestOf(HTMLSampleArticles, func(a, b articleRank) bool {
			return a.count < b.count || a.count == b.count && a.seq > b.seq
		})
	}
	if err := src.EachRelationship(func(r Relationship) error {
		rels++
		if whole != nil && rels > HTMLMaxLinks {
			whole = nil
		}
		if whole != nil {
			whole.link(r)
		}
		if r.Type == RelMentions {
			if p := picks[r.End]; p != nil {
				p.offer(articleRank{r.Start, num(r.Properties["count"]), rels})
			}
		}
		return nil
	}); err != nil {
		return data, "", err
	}
	if whole != nil {
		return whole.data, "", whole.err
	}
	return htmlSample(src, top.items, picks, nodes, rels)
}

type entityRank struct {
	id       string
	mentions int
}

type articleRank struct {
	id         string
	count, seq int
}

// wholeHTML is the page's data for a graph within the limits.
type wholeHTML struct {
	data  htmlData
	index map[string]int // node id -> position in data.Nodes
	err   error          // the first relationship with an end not in the graph
}

func (h *wholeHTML) node(n Node) {
	h.index[n.ID] = len(h.data.Nodes)
	h.data.Nodes = append(h.data.Nodes, toHTMLNode(n))
}

func (h *wholeHTML) link(r Relationship) {
	s, okS := h.index[r.Start]
	e, okE := h.index[r.End]
	if !okS || !okE {
		if h.err == nil {
			h.err = fmt.Errorf("graph.html: %s relationship %s -> %s has an end that is not in the graph", r.Type, r.Start, r.End)
		}
		return
	}
	h.data.Links = append(h.data.Links, toHTMLLink(r, s, e))
}

// htmlSample reads src a second time for the sample: the nodes of the
// entities and articles picked, then the relationships among them.
func htmlSample(src Source, entities []entityRank, picks map[string]*bestOf[articleRank], nodes, rels int) (htmlData, string, error) {
	data := htmlData{Nodes: []htmlNode{}, Links: []htmlLink{}}
	keepEntity := make(map[string]bool, len(entities))
	for _, e := range entities {
		keepEntity[e.id] = true
	}
	keepArticle := map[string]bool{}
	picked := map[pair]bool{} // (article, entity) MENTIONS kept whatever their weight
	for entity, p := range picks {
		for _, a := range p.items {
			keepArticle[a.id] = true
			picked[pair{a.id, entity}] = true
		}
	}
	index := make(map[string]int, len(keepEntity)+len(keepArticle))
	articles, events := 0, 0
	if err := src.EachNode(func(n Node) error {
		switch l := n.Labels[0]; {
		case l == LabelEvent:
			events++
			return nil
		case l == LabelArticle && keepArticle[n.ID]:
			articles++
		case l == LabelEntity && keepEntity[n.ID]:
		default:
			return nil
		}
		index[n.ID] = len(data.Nodes)
		data.Nodes = append(data.Nodes, toHTMLNode(n))
		return nil
	}); err != nil {
		return data, "", err
	}

	type seqLink struct {
		seq    int
		weight float64
		second int
		link   htmlLink
	}
	heavier := func(a, b seqLink) bool { // a ranks below b
		if a.weight != b.weight {
			return a.weight < b.weight
		}
		if a.second != b.second {
			return a.second < b.second
		}
		return a.seq > b.seq
	}
	byType := map[string]*bestOf[seqLink]{}
	var always []seqLink
	seq := 0
	if err := src.EachRelationship(func(r Relationship) error {
		seq++
		s, okS := index[r.Start]
		e, okE := index[r.End]
		if !okS || !okE {
			return nil
		}
		l := seqLink{seq: seq, link: toHTMLLink(r, s, e)}
		if r.Type == RelMentions && picked[pair{r.Start, r.End}] {
			always = append(always, l)
			return nil
		}
		l.weight, l.second = float64(l.link.W), l.link.A
		if r.Type == RelSameStory {
			l.weight = l.link.Sim
		}
		best := byType[r.Type]
		if best == nil {
			best = newBestOf(HTMLSampleLinks, heavier)
			byType[r.Type] = best
		}
		best.offer(l)
		return nil
	}); err != nil {
		return data, "", err
	}
	for _, best := range byType {
		always = append(always, best.items...)
	}
	sort.Slice(always, func(i, j int) bool { return always[i].seq < always[j].seq })
	for _, l := range always {
		data.Links = append(data.Links, l.link)
	}

	entitiesKept := len(data.Nodes) - articles
	note := fmt.Sprintf(`
  <p id="sample" data-nodes-left-out="%d" data-links-left-out="%d" style="background:#fff4d6;border:1px solid #e8c66a;border-radius:4px;padding:6px 8px">`+
		`<b>A sample.</b> This graph has %d nodes and %d relationships, more than a page can draw `+
		`(it holds graphs of up to %d nodes and %d relationships whole). `+
		`Shown: the %d most mentioned entities, the %d articles that mention them most (up to %d each), and %d relationships among them. `+
		`Left out: %d nodes (all %d events) and %d relationships. The JSON, GraphML and CSV outputs and Neo4j hold the whole graph.</p>`,
		nodes-len(data.Nodes), rels-len(data.Links), nodes, rels, HTMLMaxNodes, HTMLMaxLinks,
		entitiesKept, articles, HTMLSampleArticles, len(data.Links), nodes-len(data.Nodes), events, rels-len(data.Links))
	return data, note, nil
}

func toHTMLNode(n Node) htmlNode {
	p := n.Properties
	h := htmlNode{ID: n.ID, Kind: nodeKind(n),
		Name: str(p["name"]), Mentions: num(p["mentions"]), Articles: num(p["articles"]),
		Title: str(p["title"]), Source: str(p["source"]), URL: str(p["url"]), Published: str(p["published"]),
		Type: str(p["type"]), Trigger: str(p["trigger"]), Text: str(p["text"]), Date: str(p["date"])}
	h.Aliases = strs(p["aliases"])
	return h
}

func toHTMLLink(r Relationship, s, e int) htmlLink {
	l := htmlLink{T: r.Type, S: s, E: e, A: num(r.Properties["articles"]), Sim: float(r.Properties["similarity"])}
	switch r.Type {
	case RelCoOccurs:
		l.W = num(r.Properties["sentences"])
	case RelMentions:
		l.W = num(r.Properties["count"])
	}
	return l
}

// bestOf keeps the k best of the items offered, in memory bounded by k: a
// heap with the worst item kept on top, which a better newcomer replaces.
type bestOf[T any] struct {
	k     int
	worse func(a, b T) bool // a ranks below b
	items []T
}

func newBestOf[T any](k int, worse func(a, b T) bool) *bestOf[T] {
	return &bestOf[T]{k: k, worse: worse}
}

func (b *bestOf[T]) offer(x T) {
	switch {
	case len(b.items) < b.k:
		heap.Push(b, x)
	case b.k > 0 && b.worse(b.items[0], x):
		b.items[0] = x
		heap.Fix(b, 0)
	}
}

// The heap.Interface methods, for container/heap only.
func (b *bestOf[T]) Len() int           { return len(b.items) }
func (b *bestOf[T]) Less(i, j int) bool { return b.worse(b.items[i], b.items[j]) }
func (b *bestOf[T]) Swap(i, j int)      { b.items[i], b.items[j] = b.items[j], b.items[i] }
func (b *bestOf[T]) Push(x any)         { b.items = append(b.items, x.(T)) }
func (b *bestOf[T]) Pop() any {
	x := b.items[len(b.items)-1]
	b.items = b.items[:len(b.items)-1]
	return x
}
