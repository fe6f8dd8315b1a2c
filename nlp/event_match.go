package nlp

import "strings"

// trigger is a word or phrase of a sentence that signals an event:
// tokens [s,e) of the sentence.
type trigger struct {
	s, e    int
	typ     string
	noun    bool
	pattern bool   // a CAMEO pattern chose the type
	source  bool   // "according to X": X is the speaker
	demand  []part // "X said that Y must ...": Y, whom X asks
	refusal bool   // a negated verb refuses the event noun: "not meet their demands"
	support bool   // a support verb and its event noun: "staged rallies"
}

// clause is one sentence prepared for event matching: lower-cased tokens,
// POS tags (nil when tagging failed) and the entity mentions in it.
type clause struct {
	src   string // the text the tokens' offsets point into, or ""
	lex   *eventLexicon
	toks  []Token
	low   []string
	tags  []string
	ments []ment
	inEnt []int // token -> index into ments, or -1
}

// ment is one entity mention in a sentence, as a token span [s,e).
type ment struct {
	id   string
	kind Kind
	s, e int
}

func newClause(lex *eventLexicon, toks []Token, tags []string, ments []ment) *clause {
	c := &clause{lex: lex, toks: toks, tags: tags, ments: ments, low: make([]string, len(toks)), inEnt: make([]int, len(toks))}
	for i, t := range toks {
		c.low[i] = strings.ToLower(t.Text)
		c.inEnt[i] = -1
	}
	for mi, m := range ments {
		for i := m.s; i < m.e; i++ {
			c.inEnt[i] = mi
		}
	}
	return c
}

// hasCandidate reports whether any token could start a trigger: the cheap
// test that decides whether a sentence is worth tagging at all.
func hasCandidate(lex *eventLexicon, toks []Token) bool {
	for _, t := range toks {
		if _, ok := lex.byFirst[strings.ToLower(t.Text)]; ok {
			return true
		}
	}
	return false
}

func (c *clause) tag(i int) string {
	if c.tags == nil || i < 0 || i >= len(c.tags) {
		return ""
	}
	return c.tags[i]
}

func (c *clause) isVerb(i int) bool { return strings.HasPrefix(c.tag(i), "VB") }
func (c *clause) isNoun(i int) bool { return strings.HasPrefix(c.tag(i), "NN") }

// triggers finds the event triggers of the sentence, left to right. A verb
// form counts only where the tagger calls it a verb, a noun form only where
// it is a noun ("the strikes damaged" vs. "Russia strikes"); a word inside
// an entity's name is never a trigger; a negated one is dropped.
func (c *clause) triggers() []trigger {
	var out []trigger
	for i := 0; i < len(c.toks); {
		if c.low[i] == "according" && i+1 < len(c.toks) && c.low[i+1] == "to" {
			out = append(out, trigger{s: i, e: i + 2, typ: "STATEMENT", source: true})
			i += 2
			continue
		}
		if t, ok := c.supportTrigger(i); ok {
			if t, keep := c.negation(c.intention(t)); keep {
				out = append(out, t)
			}
			i = t.e
			continue
		}
		if t, ok := c.intentTrigger(i); ok {
			if t, keep := c.negation(t); keep {
				out = append(out, t)
			}
			i = t.e
			continue
		}
		t, ok := c.triggerAt(i)
		if !ok || !t.noun && c.modifierParticiple(i) {
			i++
			continue
		}
		if n := len(out); c.tags == nil && n > 0 && out[n-1].e == t.s {
			// Untagged, "Russian forces attacked": of two triggers in a row
			// the first is a noun ("forces"), not a verb.
			out = out[:n-1]
		}
		if t.typ == "STATEMENT" && !t.noun {
			if ps, ok := c.demandClause(t.e); ok {
				t.typ, t.demand = "REQUEST", ps
			}
		}
		if t, keep := c.negation(c.intention(t)); keep && !c.complementOf(t, out) {
			out = append(out, t)
		}
		i = t.e
	}
	return out
}

// negation applies a negator before the trigger: a negated act of
// cooperation is a refusal ("would not meet their demands": REJECT), any
// other negated event did not happen.
func (c *clause) negation(t trigger) (trigger, bool) {
	if !c.negated(t) {
		return t, true
	}
	if cooperationTypes[t.typ] && c.verbNegated(t) {
		t.typ, t.refusal = "REJECT", t.noun
		return t, true
	}
	return t, false
}

func (c *clause) triggerAt(i int) (trigger, bool) {
	if c.inEnt[i] >= 0 {
		return trigger{}, false
	}
	var best trigger
	found := false
	for _, e := range c.lex.byFirst[c.low[i]] {
		n := len(e.words)
		if i+n > len(c.toks) || !c.wordsAt(i, e.words) {
			continue
		}
		if found && n < best.e-best.s {
			break // a longer trigger already matched here
		}
		if c.tags != nil {
			if e.noun && !(c.isNoun(i+n-1) || c.tag(i+n-1) == "VBG") {
				continue
			}
			if !e.noun && !c.isVerb(i) {
				continue
			}
		}
		t := trigger{s: i, e: i + n, typ: e.typ, noun: e.noun}
		if !e.noun {
			if typ, ok := c.patternType(i, i+n, e.block); ok {
				t.typ, t.pattern = typ, true
			}
		}
		if t.typ == "NONE" {
			if t.pattern {
				return trigger{}, false // a pattern says: not an event
			}
			continue
		}
		if !found || (t.pattern && !best.pattern) {
			best, found = t, true
		}
	}
	return best, found
}

func (c *clause) wordsAt(i int, words []string) bool {
	for k, w := range words {
		if c.low[i+k] != w {
			return false
		}
	}
	return true
}

// patternType applies the CAMEO patterns of a verb's block: the pattern with
// the most words found (before the verb within 6 tokens, after it within 8,
// in order, in the verb's clause) decides the type; of patterns with as
// many words, the one found nearest the verb. A pattern of function words
// alone ("- on", "- against") is a particle or preposition of the verb and
// must follow it at once: "demanded ... on Monday" is no attack.
func (c *clause) patternType(s, e int, block string) (string, bool) {
	from, to := max(0, s-6), min(len(c.toks), e+8)
	for i := s - 1; i >= from; i-- {
		if isClauseBreak(c.low[i]) || c.isVerb(i) && !auxWords[c.low[i]] {
			from = i + 1 // words before the verb must be in its own clause
			break
		}
	}
	for i := e; i < to; i++ {
		if isClauseBreak(c.low[i]) || c.low[i] == ";" {
			to = i
			break
		}
	}
	best, bestN, bestDist := "", 0, 0
	for _, p := range c.lex.patterns[block] {
		n := len(p.pre) + len(p.post)
		if n < bestN {
			continue
		}
		postTo := to
		if len(p.pre) == 0 && particlesOnly(p.post) {
			postTo = min(to, e+1+len(p.post))
		}
		if !c.seqIn(p.pre, from, s) {
			continue
		}
		at, ok := c.seqAt(p.post, e, postTo)
		if !ok {
			continue
		}
		dist := at - e
		if n > bestN || dist < bestDist {
			best, bestN, bestDist = p.typ, n, dist
		}
	}
	return best, bestN > 0
}

// particlesOnly reports a pattern made of prepositions and particles only.
func particlesOnly(words [][]string) bool {
	for _, w := range words {
		if len(w) != 1 || !patternParticles[strings.TrimSuffix(w[0], "_")] {
			return false
		}
	}
	return len(words) > 0
}

var patternParticles = toSet("on", "in", "into", "out", "off", "up", "down", "over", "against", "ahead", "for", "to",
	"with", "at", "by", "from", "of", "back", "away", "through", "about", "across", "after", "around", "under")

// seqIn reports whether the pattern words occur in order in tokens [from,to).
func (c *clause) seqIn(words [][]string, from, to int) bool {
	_, ok := c.seqAt(words, from, to)
	return ok
}

// seqAt finds the pattern words in order in tokens [from,to) and returns
// where the first was found (from for no words).
func (c *clause) seqAt(words [][]string, from, to int) (int, bool) {
	i, first := from, from
	for k, w := range words {
		found := false
		for ; i < to; i++ {
			if n, ok := c.elemAt(i, w, to); ok {
				if k == 0 {
					first = i
				}
				i += n
				found = true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return first, true
}

// elemAt matches one pattern element at token i: words, or any member of a
// synonym set.
func (c *clause) elemAt(i int, w []string, to int) (int, bool) {
	if len(w) == 1 && strings.HasPrefix(w[0], "&") {
		for _, m := range c.lex.synsets[w[0]] {
			if n, ok := c.elemAt(i, m, to); ok {
				return n, true
			}
		}
		return 0, false
	}
	if i+len(w) > to {
		return 0, false
	}
	for k, x := range w {
		if !wordMatches(x, c.low[i+k]) {
			return 0, false
		}
	}
	return len(w), true
}

var negators = toSet("not", "n't", "never", "no", "nor", "neither", "cannot", "without")

// negated reports "did not attack", "has never threatened", "no attacks":
// a negator within three tokens before the trigger, in the same clause.
func (c *clause) negated(t trigger) bool {
	for i := t.s - 1; i >= 0 && i >= t.s-3; i-- {
		if negators[c.low[i]] {
			return true
		}
		if isClauseBreak(c.low[i]) {
			return false
		}
	}
	return false
}

// complementOf reports an infinitive that completes an earlier trigger:
// in "threatened to shell Iraqi towns" the event is the threat, not shelling.
func (c *clause) complementOf(t trigger, before []trigger) bool {
	if t.noun || t.s == 0 || c.low[t.s-1] != "to" || len(before) == 0 {
		return false
	}
	prev := before[len(before)-1]
	return prev.typ != "STATEMENT" && t.s-prev.e <= 8
}

func isClauseBreak(w string) bool {
	switch w {
	case ",", ";", ":", "--", "\"", "\u201c", "\u201d", "``", "''":
		return true
	}
	return false
}
