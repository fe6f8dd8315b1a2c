package nlp

import "strings"

// args are the participants the matcher found for one trigger, as indices
// into clause.ments.
type args struct {
	actors, targets []part
	place           int  // -1 for none
	inherited       bool // the actors are those of the verb before
	parties         bool // the actors are every side named, direction unknown
}

var (
	auxWords = toSet("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
		"do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
		"also", "again", "reportedly", "allegedly", "already", "still", "just", "now", "then", "further",
		"jointly", "today", "yesterday", "tonight", "recently", "earlier", "later", "last", "week", "month", "year")
	beWords    = toSet("is", "are", "was", "were", "be", "been", "being", "'s", "am", "get", "got")
	dateWords  = toSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "this", "overnight", "night", "morning", "evening", "afternoon")
	targetPrep = toSet("on", "against", "at", "to", "with", "over", "toward", "towards", "for")
	lightVerbs = toSet("launch", "launched", "launching", "launches", "stage", "staged", "staging", "stages",
		"hold", "held", "holding", "holds", "carry", "carried", "conduct", "conducted", "began", "begin", "begun",
		"wage", "waged", "mount", "mounted", "resume", "resumed", "continue", "continued", "intensify", "intensified")
)

// npTag says whether a token can sit inside a noun phrase that names an
// actor: "the Russian army", "Jordan and Britain", "Leaders of the Azadliq
// coalition", "Iran's religious leader".
func (c *clause) npToken(i int) bool {
	switch c.low[i] {
	case "of", "and", "'s", "\u2019s", "-", "(", ")", "'", "&":
		return true
	}
	if c.inEnt[i] >= 0 || groupNouns[c.low[i]] {
		return true // a group noun the tagger took for a verb: "the UNITA militarist wing/VBG"
	}
	tag := c.tag(i)
	if tag == "" {
		return !isClauseBreak(c.low[i]) && !auxWords[c.low[i]] && c.low[i] != "that"
	}
	switch {
	case strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "JJ"), tag == "DT", tag == "CD",
		tag == "POS", tag == "PRP$", tag == "VBN" && c.inEnt[i] < 0 && i > 0 && c.isNoun(i+1):
		return true
	}
	return false
}

// npLeft returns the noun phrase ending at token end (inclusive): its first
// token.
func (c *clause) npLeft(end int) int {
	s := end
	for s > 0 && c.npToken(s-1) && c.low[s-1] != "and" || s > 0 && c.low[s-1] == "and" && s-2 >= 0 && c.npToken(s-2) {
		s--
	}
	return s
}

// npRight returns the end (exclusive) of the noun phrase starting at start.
func (c *clause) npRight(start, limit int) int {
	e := start
	for e < limit && (c.npToken(e) || c.low[e] == ",") {
		if c.low[e] == "," && !(e+1 < limit && c.inEnt[e+1] >= 0) {
			break // "X, Y and Z": a comma continues a list of names only
		}
		e++
	}
	return e
}

// mentsIn lists the mentions that start in tokens [s,e).
func (c *clause) mentsIn(s, e int) []int {
	var out []int
	for mi, m := range c.ments {
		if m.s >= s && m.s < e {
			out = append(out, mi)
		}
	}
	return out
}

// subjectEnd skips back from a verb over auxiliaries, adverbs and dates
// ("has again", "on Tuesday") to the last token of its subject, or -1.
func (c *clause) subjectEnd(verb int) int {
	i := verb - 1
	for i >= 0 {
		w := c.low[i]
		tag := c.tag(i)
		if c.inEnt[i] >= 0 {
			return i
		}
		if auxWords[w] || dateWords[w] || tag == "RB" || tag == "MD" || c.isMonthDay(i) {
			i--
			continue
		}
		return i
	}
	return -1
}

func (c *clause) isMonthDay(i int) bool {
	_, isMonth := monthOf(c.low[i])
	return isMonth || (c.tag(i) == "CD" && i > 0 && func() bool { _, ok := monthOf(c.low[i-1]); return ok }())
}

// verbSubject finds the actors of an active verb: the noun phrase before
// it, split into its conjuncts ("Jordan and Britain"), with an appositive
// ("Kenzo Oshima, the U.N. coordinator, demanded") kept with its head.
// pronoun reports a subject pronoun ("it would"), which the caller resolves.
func (c *clause) verbSubject(verb, floor int) (ps []part, pronoun bool) {
	end := c.subjectEnd(verb)
	if end < floor {
		return nil, false
	}
	if c.low[end] == "," {
		if c.tag(verb) == "VBG" && end == verb-1 {
			return nil, false // ", killing one person": the main clause's subject acts
		}
		return c.appositiveSubject(end, floor), false
	}
	if subjectPronouns[c.low[end]] {
		return nil, true
	}
	if !c.npToken(end) {
		return nil, false
	}
	s, e := c.subjectSpan(end, floor)
	return c.keepPersonish(c.coordParts(s, e)), false
}

// appositiveSubject reads "HEAD, APPOSITIVE," before a verb, end being the
// second comma: one participant, the head with its appositive.
func (c *clause) appositiveSubject(end, floor int) []part {
	if end-1 < floor || !c.npToken(end-1) {
		return nil
	}
	for p := end - 1; p > floor && p >= end-15; p-- {
		if c.low[p] == "," {
			if c.npToken(p-1) && c.low[p-1] != "," {
				s, _ := c.subjectSpan(p-1, floor)
				return c.keepPersonish([]part{{s, end}})
			}
			break
		}
		if c.finite(p) {
			break
		}
	}
	return c.keepPersonish(c.coordParts(max(floor, c.npLeft(end-1)), end))
}

// subjectPreps attach a place or origin to a subject: "Ethnic Albanians in
// south Serbia", "activists from the Fatah Party".
var subjectPreps = toSet("in", "from", "at")

// subjectSpan finds the subject whose last token is end: the noun phrase,
// with a prepositional phrase that modifies it ("settlers in the West Bank
// city of Hebron"), or the noun phrase a participle modifies ("Russian
// aircraft including helicopter gunships", "British aircraft using guided
// missiles"), which ends the subject before the participle.
func (c *clause) subjectSpan(end, floor int) (s, e int) {
	s, e = max(floor, c.npLeft(end)), end+1
	for k := 0; k < 3; k++ {
		if s-2 >= floor && subjectPreps[c.low[s-1]] && c.nounish(s-2) {
			s = max(floor, c.npLeft(s-2))
			continue
		}
		moved := false
		for j := s - 1; j > floor && j >= s-4; j-- {
			if c.tag(j) == "VBG" && c.nounish(j-1) {
				s, e, moved = max(floor, c.npLeft(j-1)), j, true
				break
			}
			if !c.npToken(j) && c.tag(j) != "VBD" && c.tag(j) != "VBN" {
				break
			}
		}
		if !moved {
			break
		}
	}
	return s, e
}

func (c *clause) nounish(i int) bool {
	if i < 0 || i >= len(c.toks) {
		return false
	}
	return c.inEnt[i] >= 0 || c.isNoun(i) || c.tags == nil && !stopWords[c.low[i]] && !isClauseBreak(c.low[i])
}

// finite reports a finite verb or a modal: the head of a clause.
func (c *clause) finite(i int) bool {
	switch c.tag(i) {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// passive reports "were killed", "has been indicted", "are deployed".
func (c *clause) passive(t trigger) bool {
	if t.noun || c.tags == nil || c.tag(t.s) != "VBN" {
		return false
	}
	for i := t.s - 1; i >= 0 && i >= t.s-3; i-- {
		if beWords[c.low[i]] {
			return true
		}
		if c.tag(i) != "RB" && c.low[i] != "been" {
			return false
		}
	}
	return false
}

// byPhrase returns the participants after "by" in tokens [from,to): the
// agent of a passive verb or of an event noun, which may come after the
// verb's complements ("accused of misusing funds, ..., by current Haitian
// government officials").
func (c *clause) byPhrase(from, to, span int) []part {
	for i := from; i < to && i < from+span; i++ {
		if c.low[i] == "by" {
			return c.keepPersonish(c.coordParts(i+1, c.npRight(i+1, to)))
		}
		if c.low[i] == ";" || c.low[i] == "\"" {
			break
		}
	}
	return nil
}

// objects returns the participants acted on after the trigger, within
// [from,to): the direct object when it is somebody ("deported 168
// Liberians", "pressuring workers of the United Bus Company"), else the
// first names after the verb and the names listed with them, skipping a
// place that a locative preposition introduces. A direct object the
// subject owns ("offered its troops to Lebanon's new President") is what
// is given, not whom it is given to.
func (c *clause) objects(from, to, place int) []part {
	i := from
	for i < to && (c.tag(i) == "RP" || c.tag(i) == "RB") {
		i++
	}
	owned := i < to && (c.tag(i) == "PRP$")
	if i < to && !owned && c.npToken(i) && c.low[i] != "and" && c.low[i] != "of" && c.low[i] != "(" {
		if ps := c.dropPlace(c.keepPersonish(c.coordParts(i, c.npRight(i, to))), place); len(ps) > 0 {
			return ps
		}
	}
	for i := from; i < to; i++ {
		mi := c.inEnt[i]
		if mi < 0 || mi == place {
			if c.low[i] == ";" || c.tag(i) == "WDT" || c.low[i] == "who" || c.low[i] == "where" {
				return nil
			}
			continue
		}
		start := i
		for start > from && c.npToken(start-1) && c.low[start-1] != "and" && c.low[start-1] != "of" {
			start--
		}
		return c.dropPlace(c.keepPersonish(c.coordParts(start, c.npRight(i, to))), place)
	}
	return nil
}

// placeIn finds a Place named right after a locative preposition in
// [from,to): "in Kursk", "near the village of Makhnovka", "in Russia's
// southern Kursk region" (the region, not Russia).
func (c *clause) placeIn(from, to int) int {
	for i := max(from, 0); i < to; i++ {
		if !locatives[c.low[i]] {
			continue
		}
		last := -1
		for j := i + 1; j < to && j <= i+7; j++ {
			mi := c.inEnt[j]
			if mi >= 0 && c.ments[mi].kind == Place {
				last = mi
				j = c.ments[mi].e - 1
				if j+1 < to && (c.low[j+1] == "'s" || c.low[j+1] == "\u2019s") {
					continue // a possessor: the place it owns comes next
				}
				break
			}
			if mi < 0 && (isClauseBreak(c.low[j]) || c.isVerb(j)) && c.low[j] != "," {
				break
			}
		}
		if last >= 0 {
			return last
		}
	}
	return -1
}

// nounArgs finds the participants of an event noun: the names that modify
// it or own it ("Russian strikes", "Russia's attack"), a "by" phrase right
// after it, and the object of "on"/"against" after it. With none of its
// own, its actor is the subject of the verb that governs it ("staged
// rallies", "insisted on its demands", "were converging for a rally"). A
// demand's "that" clause names whom it asks ("demands that Burundi's
// government grant ...").
func (c *clause) nounArgs(t trigger, limit int) (actors, targets []part) {
	start := t.s
	for start > 0 && c.npToken(start-1) && c.low[start-1] != "of" && c.low[start-1] != "and" {
		start--
	}
	if start < t.s {
		actors = c.keepPersonish([]part{{start, t.s}})
	}
	actors = append(actors, c.byPhrase(t.e, limit, 8)...)
	for i := t.e; i < limit && i < t.e+3; i++ {
		if targetPrep[c.low[i]] {
			targets = c.keepPersonish(c.coordParts(i+1, c.npRight(i+1, limit)))
			break
		}
	}
	if t.typ == "REQUEST" && len(targets) == 0 && t.e < limit && c.low[t.e] == "that" {
		targets = c.keepPersonish(c.coordParts(t.e+1, c.npRight(t.e+1, limit)))
	}
	if len(actors) == 0 {
		if v := c.governingVerb(start); v >= 0 {
			actors, _ = c.verbSubject(v, 0)
		}
	}
	return actors, targets
}

// governingVerb finds the verb whose object or complement is the noun
// phrase starting at start: a support verb ("staged rallies", "launching
// fresh attacks"), or a verb with a preposition before the phrase
// ("insisted on its demands", "were converging Thursday for a rally"), or
// any verb before a possessive pronoun ("completed its investigation").
// -1 for none.
func (c *clause) governingVerb(start int) int {
	if c.tag(start) == "PRP$" && start > 0 && c.isVerb(start-1) {
		return start - 1 // "completed its investigation": its owner is the subject
	}
	prep := false
	for i := start - 1; i >= 0 && i >= start-4; i-- {
		switch {
		case lightVerbs[c.low[i]] || supportVerbs[c.low[i]]:
			return i
		case c.low[i] == "that" || quoteMark(c.low[i]):
			return -1 // a reported clause begins: its nouns are not the reporting verb's
		case c.tag(i) == "IN" || c.tag(i) == "TO":
			if prep {
				return -1
			}
			prep = true
		case c.isVerb(i):
			if prep {
				return i
			}
			return -1
		case dateWords[c.low[i]] || isWeekday(c.low[i]) || c.tag(i) == "RB":
		default:
			return -1
		}
	}
	return -1
}

// locative reports a Place named in a locative phrase ("in Kursk region",
// "near the village of Makhnovka"): where something happened, not who.
func (c *clause) locative(mi int) bool {
	m := c.ments[mi]
	if m.kind != Place {
		return false
	}
	for i := m.s - 1; i >= 0 && i >= m.s-4; i-- {
		if locatives[c.low[i]] {
			return true
		}
		if c.isVerb(i) || c.inEnt[i] >= 0 {
			return false
		}
	}
	return false
}
