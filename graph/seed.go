package graph

import "sort"

// Seeding: a batch Builder starts from the stored state of what the batch
// touches, read through a Tx, so that Add and Remove give the new state of
// exactly those nodes and relationships.

// seedEntity sets an entity's counts from its stored node.
func (b *Builder) seedEntity(n Node) {
	p := n.Properties
	acc := &entityAcc{kind: kindOf(n.Labels), names: map[string]int{}, aliases: map[string]int{},
		mentions: num(p["mentions"]), articles: num(p["articles"]),
		surname: str(p["surname"]), given: str(p["given"]), linked: num(p["linked_articles"])}
	zip(strs(p["names"]), ints(p["name_mentions"]), acc.names)
	zip(strs(p["aliases"]), ints(p["alias_articles"]), acc.aliases)
	b.entities[n.ID] = acc
}

func zip(keys []string, counts []int, into map[string]int) {
	for i, k := range keys {
		if i < len(counts) {
			into[k] = counts[i]
		}
	}
}

// seedPair sets a pair's counts from its stored CO_OCCURS_WITH.
func (b *Builder) seedPair(r Relationship) {
	b.pairs[pair{r.Start, r.End}] = &pairAcc{sentences: num(r.Properties["sentences"]), articles: num(r.Properties["articles"])}
}

// seedContributions holds the stored contributions of the articles in g
// (from Tx.Contributions), ready to be removed; their shares are already in
// the seeded counts, so nothing is applied. It returns the ids of the
// events they report.
func (b *Builder) seedContributions(g *Graph) (events []string) {
	nodes := map[string]Node{}
	for _, n := range g.Nodes {
		nodes[n.ID] = n
	}
	for _, n := range g.Nodes {
		if n.Labels[0] == LabelArticle {
			b.articles[n.ID] = &contribution{node: n}
		}
	}
	for _, r := range g.Relationships {
		c := b.articles[r.Start]
		if c == nil {
			continue
		}
		switch r.Type {
		case RelMentions:
			c.mentions = append(c.mentions, mentionFromRel(r, nodes[r.End]))
		case RelReports:
			c.reports = append(c.reports, reportFromRel(r))
			events = append(events, r.End)
		}
	}
	for _, c := range b.articles {
		sort.Slice(c.mentions, func(i, j int) bool { return c.mentions[i].entity < c.mentions[j].entity })
	}
	return events
}

// seedEvents holds the stored events in g (from Tx.Events) as their
// reports. Changes deletes them all and writes the merged events anew.
func (b *Builder) seedEvents(g *Graph) {
	for _, n := range g.Nodes {
		if n.Labels[0] == LabelEvent {
			b.events[n.ID] = true
		}
	}
	for _, r := range g.Relationships {
		if r.Type == RelReports {
			rep := reportFromRel(r)
			b.reports[reportKey{rep.article, rep.n}] = rep
		}
	}
}
