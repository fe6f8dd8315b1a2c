package graph

import (
	"sort"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/nlp"
)

// A contribution is what one article brings to the graph: its node, its
// MENTIONS and the event reports it makes. Every count in the graph (entity
// mentions and articles, co-occurrence sentences and articles, event
// sources) is a sum over contributions, and a contribution can be read
// back from the stored graph. So loading can add an article, take one away
// or replace it by another version, and the counts come out as if the
// final set of articles had been loaded at once.
type contribution struct {
	node     Node
	mentions []mention // by entity id
	reports  []report  // in the order the article makes them
}

// mention is one article's mentions of one entity: the MENTIONS row.
type mention struct {
	entity    string
	kind      nlp.Kind
	name      string   // the name this article gives it
	aliases   []string // the spellings this article uses, sorted
	count     int
	sentences []int // the sentences it is mentioned in, sorted, distinct

	// A person's names, for linking a surname alone across articles (see
	// surname.go and nlp.Entity): surname and given for a full name;
	// surname and lone, the id the article gave it, for a surname alone,
	// whose entity is then a full name's or lone itself.
	surname, given, lone string
}

// linked reports whether m is a surname alone linked to a full name.
func (m mention) linked() bool { return m.lone != "" && m.entity != m.lone }

// report is one event as one article reports it: the REPORTS row.
type report struct {
	article string
	n       int // its place among the article's reports
	ev      nlp.Event
}

func newContribution(a article.Article, an nlp.Analysis) *contribution {
	c := &contribution{node: articleNode(a)}
	for _, e := range an.Entities {
		m := mention{entity: e.ID, kind: e.Kind, name: e.Name, aliases: sortedCopy(e.Aliases), count: len(e.Mentions),
			surname: e.Surname, given: e.Given}
		if e.Kind == nlp.Person && e.Surname != "" && e.Given == "" {
			m.lone = e.ID
		}
		seen := map[int]bool{}
		for _, x := range e.Mentions {
			if !seen[x.Sentence] {
				seen[x.Sentence] = true
				m.sentences = append(m.sentences, x.Sentence)
			}
		}
		sort.Ints(m.sentences)
		c.mentions = append(c.mentions, m)
	}
	sort.Slice(c.mentions, func(i, j int) bool { return c.mentions[i].entity < c.mentions[j].entity })
	for i, ev := range an.Events {
		c.reports = append(c.reports, report{article: a.ID, n: i, ev: ev})
	}
	return c
}

func (c *contribution) id() string { return c.node.ID }

// eachPair calls fn for every pair of entities the article mentions, the
// smaller id first, with the number of sentences that mention both.
func (c *contribution) eachPair(fn func(p pair, sentences int)) {
	for i := range c.mentions {
		for j := i + 1; j < len(c.mentions); j++ {
			a, b := c.mentions[i], c.mentions[j]
			fn(pair{a.entity, b.entity}, intersect(a.sentences, b.sentences))
		}
	}
}

// intersect counts the values two sorted lists share.
func intersect(a, b []int) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// mentionRel is the MENTIONS relationship of m. It keeps what the article
// said (name, spellings, sentences) so that the article's share can be
// taken away again later.
func mentionRel(article string, m mention) Relationship {
	props := map[string]any{"count": m.count, "name": m.name, "sentences": m.sentences}
	if len(m.aliases) > 0 {
		props["aliases"] = m.aliases
	}
	if m.lone != "" {
		props["surname"], props["lone"] = m.surname, m.lone
	}
	return rel(RelMentions, article, m.entity, props)
}

// mentionFromRel reads a stored MENTIONS relationship back; entity is the
// node at its end, which holds a full name's surname and given name.
func mentionFromRel(r Relationship, entity Node) mention {
	m := mention{
		entity: r.End, kind: kindOf(entity.Labels),
		name:      str(r.Properties["name"]),
		aliases:   strs(r.Properties["aliases"]),
		count:     num(r.Properties["count"]),
		sentences: ints(r.Properties["sentences"]),
		surname:   str(r.Properties["surname"]),
		lone:      str(r.Properties["lone"]),
	}
	if m.lone == "" {
		m.surname, m.given = str(entity.Properties["surname"]), str(entity.Properties["given"])
	}
	return m
}

// reportRel is the REPORTS relationship of one report of event id. It
// carries the report as the article made it, so that events can be merged
// again when articles come or go.
func reportRel(r report, event string) Relationship {
	ev := r.ev
	props := map[string]any{"n": r.n, "type": ev.Type, "trigger": ev.Trigger, "text": ev.Text,
		"sentence": ev.Sentence, "confidence": ev.Confidence}
	for k, v := range map[string]string{"date": ev.Date, "place": ev.Place, "mode": ev.Mode} {
		if v != "" {
			props[k] = v
		}
	}
	for k, v := range map[string][]string{"actors": ev.Actors, "targets": ev.Targets, "actor_text": ev.ActorText, "target_text": ev.TargetText} {
		if len(v) > 0 {
			props[k] = sortedCopy(v)
		}
	}
	for k, v := range map[string]int{"killed": ev.Killed, "injured": ev.Injured, "size": ev.Size} {
		if v > 0 {
			props[k] = v
		}
	}
	return rel(RelReports, r.article, event, props)
}

// reportFromRel reads a stored REPORTS relationship back.
func reportFromRel(r Relationship) report {
	p := r.Properties
	return report{article: r.Start, n: num(p["n"]), ev: nlp.Event{
		Type: str(p["type"]), Trigger: str(p["trigger"]), Text: str(p["text"]), Date: str(p["date"]),
		Sentence: num(p["sentence"]), Actors: strs(p["actors"]), Targets: strs(p["targets"]),
		ActorText: strs(p["actor_text"]), TargetText: strs(p["target_text"]),
		Place: str(p["place"]), Mode: str(p["mode"]), Killed: num(p["killed"]), Injured: num(p["injured"]),
		Size: num(p["size"]), Confidence: float(p["confidence"]),
	}}
}

// The readers below accept what Go code and what the Neo4j driver produce:
// the driver gives int64 and []any where the graph has int and []string.

func str(v any) string {
	s, _ := v.(string)
	return s
}

func num(v any) int {
	switch x := v.(type) {
	case int:
		return x
	case int64:
		return int(x)
	case float64:
		return int(x)
	}
	return 0
}

func float(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	case int:
		return float64(x)
	}
	return 0
}

func strs(v any) []string {
	switch x := v.(type) {
	case []string:
		return append([]string(nil), x...)
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			out = append(out, str(e))
		}
		return out
	}
	return nil
}

func ints(v any) []int {
	switch x := v.(type) {
	case []int:
		return append([]int(nil), x...)
	case []any:
		out := make([]int, 0, len(x))
		for _, e := range x {
			out = append(out, num(e))
		}
		return out
	}
	return nil
}
