package nlp

import (
	"sort"
	"strings"
)

// locatives are the prepositions that put an event in a place.
var locatives = toSet("in", "near", "at", "outside", "around", "inside", "across", "along", "into")

// events finds the events of every sentence. A sentence is POS-tagged only
// when one of its words could start a trigger, which keeps the tagger off
// most of the text.
func events(text, published string, sents []Sentence, ents []Entity) []Event {
	lex, err := loadEventLexicon()
	if err != nil {
		// The lexicon is embedded and tested; failing to read it is a build
		// defect, and Analyze has no error to report it through.
		panic(err)
	}
	bySent := map[int][]mentionRef{}
	for _, e := range ents {
		for _, m := range e.Mentions {
			bySent[m.Sentence] = append(bySent[m.Sentence], mentionRef{id: e.ID, kind: e.Kind, start: m.Start, end: m.End})
		}
	}
	var out []Event
	for si, sent := range sents {
		// An event needs a named participant or a casualty count; a sentence
		// with neither, or with no trigger word, is not worth tagging.
		if !hasCandidate(lex, sent.Tokens) || len(bySent[si]) == 0 && !hasCasualtyWord(sent.Tokens) {
			continue
		}
		tags := posTags(text, sent)
		c := newClause(lex, sent.Tokens, tags, mentionSpans(sent.Tokens, bySent[si]))
		c.src = text
		for _, ev := range c.events(published) {
			ev.Text = text[sent.Start:sent.End]
			ev.Sentence = si
			out = append(out, ev)
		}
	}
	return out
}

// mentionRef is one mention of an entity, in byte offsets.
type mentionRef struct {
	id         string
	kind       Kind
	start, end int
}

// mentionSpans turns byte offsets into token spans; a mention that does not
// line up with the tokens is dropped rather than guessed.
func mentionSpans(toks []Token, refs []mentionRef) []ment {
	sort.Slice(refs, func(i, j int) bool { return refs[i].start < refs[j].start })
	var out []ment
	for _, r := range refs {
		s, e := -1, -1
		for i, t := range toks {
			if s < 0 && t.Start >= r.start && t.Start < r.end {
				s = i
			}
			if t.End <= r.end && t.Start >= r.start {
				e = i + 1
			}
		}
		if s >= 0 && e > s {
			out = append(out, ment{id: r.id, kind: r.kind, s: s, e: e})
		}
	}
	return out
}

// events matches the sentence's triggers and gives each its participants,
// place, date, counts and mode. An event must involve somebody: a trigger
// with no actor, target, place or casualty count is not reported.
func (c *clause) events(published string) []Event {
	trigs := c.triggers()
	if len(trigs) == 0 {
		return nil
	}
	dates := c.dates(published)
	var out []Event
	var at []int // token of each event's trigger, for dating
	var prevActors []part
	for k, t := range trigs {
		floor := 0
		if k > 0 {
			floor = trigs[k-1].e
		}
		limit := len(c.toks)
		if k+1 < len(trigs) {
			limit = trigs[k+1].s
		}
		var next *trigger
		if k+1 < len(trigs) {
			next = &trigs[k+1]
		}
		a := c.arguments(t, floor, limit, next, prevActors)
		if len(a.actors) > 0 {
			prevActors = a.actors
		}
		ev := Event{Type: t.typ, Trigger: c.text(t.s, t.e), Date: published}
		actors := c.dropPlace(a.actors, a.place)
		ev.Actors = c.ids(c.partMents(actors), nil)
		ev.ActorText = c.partTexts(actors)
		targets := c.notActors(a.targets, actors)
		ev.Targets = c.ids(c.partMents(targets), ev.Actors)
		ev.TargetText = c.partTexts(targets)
		if a.place >= 0 {
			ev.Place = c.ments[a.place].id
		}
		if t.typ != "STATEMENT" {
			n := c.countsNear(floor, limit)
			ev.Killed, ev.Injured = n.killed, n.injured
			if t.typ == "ASSAULT" || t.typ == "MOBILIZE" {
				ev.Size = n.size
			}
		}
		if t.typ == "ASSAULT" {
			ev.Mode = c.modeIn(floor, limit, t.s)
		}
		if t.typ == "STATEMENT" && len(ev.Actors) == 0 {
			continue // reported speech with no named speaker says nothing of who
		}
		if len(ev.Actors)+len(ev.Targets) == 0 && ev.Place == "" && ev.Killed+ev.Injured == 0 {
			continue
		}
		ev.Confidence = confidence(t, a, c.tags != nil)
		out = append(out, ev)
		at = append(at, t.s)
	}
	assignDates(out, at, dates)
	return out
}

// notActors drops the target parts that are actors too: the same phrase,
// or names that all act.
func (c *clause) notActors(targets, actors []part) []part {
	actorIDs := c.ids(c.partMents(actors), nil)
	var out []part
	for _, t := range targets {
		same := false
		for _, a := range actors {
			same = same || a == t
		}
		if ms := c.partMents([]part{t}); len(ms) > 0 && !c.hasGroupNoun(t) {
			all := true
			for _, m := range ms {
				all = all && contains(actorIDs, c.ments[m].id)
			}
			same = same || all
		}
		if !same {
			out = append(out, t)
		}
	}
	return out
}

// arguments finds the participants of one trigger within [floor,limit),
// the span between its neighbouring triggers. prevActors are the actors of
// the trigger before, which a pronoun subject ("Uganda said it had paid")
// or a participle (", killing one person") refers to.
func (c *clause) arguments(t trigger, floor, limit int, next *trigger, prevActors []part) args {
	a := args{place: -1}
	if t.typ == "STATEMENT" {
		return c.speech(t, floor)
	}
	if t.demand != nil { // "X said that Y must ...": X asks Y
		a = c.speech(t, floor)
		a.targets = t.demand
		return a
	}
	a.place = c.placeIn(t.e, limit)
	if a.place < 0 {
		a.place = c.placeIn(floor, t.s)
	}
	switch {
	case t.noun && t.refusal:
		// "would not meet hostage-takers demands": who refuses is the
		// subject of the negated verb; whose demand it was, the target.
		a.actors, a.targets = c.nounArgs(t, limit)
		a.targets, a.actors = a.actors, nil
		for v := t.s - 1; v >= 0 && v >= t.s-3; v-- {
			if c.isVerb(v) {
				var pron bool
				if a.actors, pron = c.verbSubject(v, floor); pron {
					a.actors, a.inherited = prevActors, true
				}
				break
			}
		}
	case t.noun:
		a.actors, a.targets = c.nounArgs(t, limit)
	case c.passive(t):
		subj, pron := c.verbSubject(t.s, floor)
		if pron {
			subj = prevActors
		}
		a.actors = c.byPhrase(t.e, limit, 24)
		if len(a.actors) == 0 && t.typ == "MOBILIZE" {
			a.actors = subj // "troops are deployed": the troops' side mobilizes
		} else {
			a.targets = subj
		}
	default:
		var pron bool
		a.actors, pron = c.verbSubject(t.s, floor)
		if pron || len(a.actors) == 0 && t.s > 0 && c.low[t.s-1] == "," && c.tag(t.s) == "VBG" {
			a.actors, a.inherited = prevActors, true // "it would", ", killing one person"
		}
		if len(a.actors) == 0 && t.s > 0 && c.tag(t.s-1) == "IN" && c.tag(t.s) == "VBG" {
			// "Ukrainian forces occupy swathes of territory after staging an
			// incursion": the gerund's subject is its clause's.
			for v := t.s - 2; v >= 0 && !isClauseBreak(c.low[v]); v-- {
				if c.finite(v) {
					a.actors, _ = c.verbSubject(v, 0)
					a.inherited = true
					break
				}
			}
		}
		a.targets = c.objects(t.e, c.objectLimit(t, limit, next), a.place)
	}
	if (t.noun || t.support) && len(a.actors)+len(a.targets) == 0 && t.typ == "ASSAULT" {
		// "In battles near Makhnovka, the Russian army lost ... North Korean
		// infantry": no direction is stated, so every side named is an actor.
		for _, m := range c.mentsIn(floor, limit) {
			if c.ments[m].kind != Person && !c.locative(m) {
				a.actors = append(a.actors, c.mentionParts([]int{m})...)
			}
		}
		a.parties = true
	}
	return a
}

// objectLimit extends a verb's object span over an event noun that heads
// its object: in "demanded the withdrawal of Serbian forces" the forces
// are what the demand is about, though "withdrawal" is a trigger itself.
//
// An attribution after a comma ("..., a Jordanian official confirmed") is
// not part of the object.
func (c *clause) objectLimit(t trigger, limit int, next *trigger) int {
	if next != nil && next.typ == "STATEMENT" && !next.noun && !next.source {
		for i := next.s - 1; i >= t.e; i-- {
			if isClauseBreak(c.low[i]) {
				return i
			}
		}
	}
	if next == nil || !next.noun || next.s != limit {
		return limit
	}
	for i := t.e; i < next.s; i++ {
		if !c.npToken(i) || c.inEnt[i] >= 0 {
			return limit
		}
	}
	e := next.e
	for e < len(c.toks) && e < next.e+12 && !isClauseBreak(c.low[e]) && c.low[e] != ";" {
		e++
	}
	return e
}

// speech finds the speaker and the reported clause of a STATEMENT: "X said
// (that) CLAUSE", "CLAUSE, X said", "CLAUSE, said X". The names in the
// reported clause are its targets.
func (c *clause) speech(t trigger, floor int) args {
	a := args{place: -1}
	if t.source { // "According to X, CLAUSE" or "CLAUSE, according to X"
		np := c.npRight(t.e, len(c.toks))
		a.actors = c.speakers(t.e, np)
		if t.s > floor+1 {
			a.targets = c.mentionParts(c.mentsIn(0, t.s))
		} else {
			a.targets = c.mentionParts(c.mentsIn(np, len(c.toks)))
		}
		return a
	}
	end := c.subjectEnd(t.s)
	switch {
	case end >= 0 && isClauseBreak(c.low[end]) && end > 0:
		// ", said Zelensky" or "...," Zelensky said: the reported clause comes first.
		a.actors = c.speakers(t.e, c.npRight(t.e, len(c.toks)))
		a.targets = c.mentionParts(c.mentsIn(0, end))
	case end >= 0 && c.npToken(end):
		start, _ := c.subjectSpan(end, 0)
		a.actors = c.speakers(start, end+1)
		if start > 0 && isClauseBreak(c.low[start-1]) && start-1 > floor {
			a.targets = c.mentionParts(c.mentsIn(0, start-1))
		} else {
			a.targets = c.mentionParts(c.mentsIn(t.e, len(c.toks)))
		}
	default:
		a.targets = c.mentionParts(c.mentsIn(t.e, len(c.toks)))
	}
	return a
}

// speakers are the parts of the noun phrase [s,e) that name somebody.
func (c *clause) speakers(s, e int) []part {
	if s >= e {
		return nil
	}
	return c.keepPersonish(c.coordParts(s, e))
}

func confidence(t trigger, a args, tagged bool) float64 {
	conf := 0.5
	if t.pattern {
		conf += 0.15
	}
	if t.noun {
		conf -= 0.1
	}
	if len(a.actors) > 0 && !a.inherited && !a.parties {
		conf += 0.2
	}
	if len(a.targets) > 0 || a.place >= 0 {
		conf += 0.1
	}
	if !tagged {
		conf -= 0.15
	}
	return float64(int(conf*100+0.5)) / 100
}

// assignDates gives each date the sentence states to the event whose
// trigger is nearest to it; the others keep the publication date.
func assignDates(evs []Event, pos []int, dates []dateMention) {
	if len(evs) == 0 {
		return
	}
	taken := map[int]bool{}
	for _, d := range dates {
		best := 0
		for i := range evs {
			if abs(pos[i]-d.tok) < abs(pos[best]-d.tok) {
				best = i
			}
		}
		if !taken[best] { // the first of "yesterday and today" dates the event
			evs[best].Date = d.date
			taken[best] = true
		}
	}
}

func (c *clause) text(s, e int) string {
	parts := make([]string, 0, e-s)
	for i := s; i < e; i++ {
		parts = append(parts, c.toks[i].Text)
	}
	return strings.Join(parts, " ")
}

// ids turns mention indices into entity ids, once each, leaving out skip.
func (c *clause) ids(ms []int, skip []string) []string {
	var out []string
	for _, m := range ms {
		id := c.ments[m].id
		if !contains(out, id) && !contains(skip, id) {
			out = append(out, id)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
