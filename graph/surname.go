package graph

import "sort"

// Linking a surname alone across articles. Within one article nlp joins
// "Zelensky" to "Volodymyr Zelensky"; an article that says only "Zelensky"
// leaves a lone name (nlp.Entity.Surname without Given), and the graph
// links it to the full name other articles use, when they agree on one.
//
// The rule is a function of the graph's articles, not of their order, so
// that loading A then B gives the graph of loading both at once: a surname
// x links to the person F named in full with surname x in at least
// minNamed articles, and in at least dominance times as many articles as
// any other full name with surname x, and as all full names with x for a
// given name together ("Ali" is no surname to link while Ali Khamenei is
// in the graph). Only articles that name a person in full count, never
// the ones linked to them, so a link does not feed itself. When the counts
// change the link may change: the articles that name x alone are then
// re-keyed, their share taken away and added again under the new target.
const (
	minNamed  = 2
	dominance = 3
)

// person is what the rule needs of a person named in full.
type person struct {
	surname, given string
	named          int // articles that name them in full
}

// surnameTargets gives the full name each surname links to ("" for none).
// One pass over people, in id order (so a tie goes to the first id),
// gathers the counts of every surname asked for.
func surnameTargets(surnames []string, people map[string]person) map[string]string {
	type tally struct {
		best               string
		top, second, given int
	}
	tallies := make(map[string]*tally, len(surnames))
	for _, x := range surnames {
		tallies[x] = &tally{}
	}
	for _, id := range sortedKeys(people) {
		p := people[id]
		if t := tallies[p.given]; t != nil {
			t.given += p.named
		}
		t := tallies[p.surname]
		switch {
		case t == nil:
		case p.named > t.top:
			t.best, t.top, t.second = id, p.named, t.top
		case p.named > t.second:
			t.second = p.named
		}
	}
	out := make(map[string]string, len(surnames))
	for x, t := range tallies {
		out[x] = ""
		if t.top >= minNamed && t.top >= dominance*max(t.second, t.given) {
			out[x] = t.best
		}
	}
	return out
}

// rekey returns c with its surnames alone pointed at targets (at the
// article's own lone id for ""), and the actors and targets of its
// reports with them; surnames not in targets stay as they are. It returns
// nil when nothing changes. A target the article names otherwise counts
// as "" (nlp marks no surname alone beside a full name with that surname,
// so this only keeps two mentions from becoming one).
func (c *contribution) rekey(targets map[string]string) *contribution {
	held := map[string]bool{}
	for _, m := range c.mentions {
		held[m.entity] = true
	}
	to := map[string]string{}
	for _, m := range c.mentions {
		t, ok := targets[m.surname]
		if m.lone == "" || !ok {
			continue
		}
		if t == "" || held[t] && t != m.entity {
			t = m.lone
		}
		if t != m.entity {
			to[m.entity] = t
		}
	}
	if len(to) == 0 {
		return nil
	}
	out := &contribution{node: c.node, mentions: make([]mention, len(c.mentions)), reports: make([]report, len(c.reports))}
	for i, m := range c.mentions {
		if t, ok := to[m.entity]; ok {
			m.entity = t
		}
		out.mentions[i] = m
	}
	sort.Slice(out.mentions, func(i, j int) bool { return out.mentions[i].entity < out.mentions[j].entity })
	for i, r := range c.reports {
		r.ev.Actors, r.ev.Targets = swap(r.ev.Actors, to), swap(r.ev.Targets, to)
		out.reports[i] = r
	}
	return out
}

func swap(ids []string, to map[string]string) []string {
	if len(ids) == 0 {
		return ids
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		if t, ok := to[id]; ok {
			id = t
		}
		out[i] = id
	}
	return out
}

// surnamesOf adds the names of cs's persons that a link depends on: the
// surnames alone, and a full name's surname and given name.
func surnamesOf(into map[string]bool, cs []*contribution) {
	for _, c := range cs {
		for _, m := range c.mentions {
			if m.surname != "" {
				into[m.surname] = true
			}
			if m.given != "" {
				into[m.given] = true
			}
		}
	}
}

// countNamed adds sign for each full name cs name.
func countNamed(people map[string]person, cs []*contribution, sign int) {
	for _, c := range cs {
		for _, m := range c.mentions {
			if m.given == "" {
				continue
			}
			p := people[m.entity]
			p.surname, p.given = m.surname, m.given
			p.named += sign
			people[m.entity] = p
		}
	}
}

// linkSurnames is a batch's share of the rule: gone are the stored
// contributions the batch takes away, fresh the ones it adds. It points
// fresh's surnames alone at their targets as the graph will be after the
// batch, and returns the stored contributions of other articles whose
// targets change, re-keyed: the caller seeds and removes the stored
// version (held in b) and adds the returned one.
func (b *Builder) linkSurnames(tx Tx, gone, fresh []*contribution) (relinked []*contribution, events []string, err error) {
	names := map[string]bool{}
	surnamesOf(names, gone)
	surnamesOf(names, fresh)
	if len(names) == 0 {
		return nil, nil, nil
	}
	xs := sortedKeys(names)
	g, err := tx.People(xs)
	if err != nil {
		return nil, nil, err
	}
	people := map[string]person{}
	for _, n := range g.Nodes {
		p := n.Properties
		people[n.ID] = person{surname: str(p["surname"]), given: str(p["given"]), named: num(p["articles"]) - num(p["linked_articles"])}
	}
	before := surnameTargets(xs, people)
	countNamed(people, gone, -1)
	countNamed(people, fresh, +1)
	after := surnameTargets(xs, people)

	for i, c := range fresh {
		if k := c.rekey(after); k != nil {
			fresh[i] = k
		}
	}
	var changed []string
	for _, x := range xs {
		if before[x] != after[x] {
			changed = append(changed, x)
		}
	}
	if len(changed) == 0 {
		return nil, nil, nil
	}
	skip := map[string]bool{}
	for _, cs := range [][]*contribution{gone, fresh} {
		for _, c := range cs {
			skip[c.id()] = true
		}
	}
	arts, err := tx.Lone(changed)
	if err != nil {
		return nil, nil, err
	}
	var ids []string
	for _, n := range arts.Nodes {
		if !skip[n.ID] {
			ids = append(ids, n.ID)
		}
	}
	if len(ids) == 0 {
		return nil, nil, nil
	}
	stored, err := tx.Contributions(ids)
	if err != nil {
		return nil, nil, err
	}
	events = b.seedContributions(stored)
	for _, id := range ids {
		if k := b.articles[id].rekey(after); k != nil {
			relinked = append(relinked, k)
		}
	}
	return relinked, events, nil
}

// linkAll applies the rule to a whole graph held in memory (NewBuilder).
func (b *Builder) linkAll() {
	people := map[string]person{}
	for id, e := range b.entities {
		if e.given != "" && e.articles > 0 {
			people[id] = person{surname: e.surname, given: e.given, named: e.articles - e.linked}
		}
	}
	names := map[string]bool{}
	for _, c := range b.articles {
		for _, m := range c.mentions {
			if m.lone != "" {
				names[m.surname] = true
			}
		}
	}
	targets := surnameTargets(sortedKeys(names), people)
	for _, id := range sortedKeys(b.articles) {
		if k := b.articles[id].rekey(targets); k != nil {
			b.apply(b.articles[id], -1)
			b.articles[id] = k
			b.apply(k, +1)
		}
	}
}
