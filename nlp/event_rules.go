package nlp

// The rules here choose which event a clause reports when its words alone
// would say otherwise: PLOVER's conventions for intentions, demands,
// refusals and support verbs, and the participles that modify a noun
// rather than report an event.

// supportVerbs carry no event of their own: with an event noun as object
// the noun says what happened ("staged rallies", "issued an ultimatum",
// "declared a state of siege", "reached an agreement").
var supportVerbs = toSet(
	"launch", "launched", "launching", "launches", "stage", "staged", "staging", "stages",
	"hold", "held", "holding", "holds", "carry", "carried", "carrying", "conduct", "conducted", "conducting",
	"began", "begin", "begun", "begins", "beginning", "start", "started", "starting", "starts",
	"wage", "waged", "waging", "mount", "mounted", "mounting", "resume", "resumed", "resuming",
	"continue", "continued", "continuing", "intensify", "intensified", "intensifying",
	"issue", "issued", "issues", "issuing", "make", "made", "makes", "making", "reach", "reached", "reaching",
	"sign", "signed", "signing", "signs", "impose", "imposed", "imposing", "imposes", "declare", "declared", "declares",
	"declaring", "tighten", "tightened", "tightening", "undertake", "undertook", "undertaken", "undertaking",
	"give", "gave", "given", "giving", "deliver", "delivered", "lodge", "lodged", "file", "filed", "enter", "entered",
	"open", "opened", "organize", "organized", "organise", "organised", "join", "joined", "step", "stepped",
	"extend", "extended", "announce", "announced", "announces", "announcing", "complete", "completed", "completes", "completing",
)

// intentWords say that the subject means to act: "is ready to contribute
// troops" (AGREE), "is prepared to impose martial law" (THREATEN).
var intentWords = toSet("ready", "willing", "prepared", "determined", "eager", "promised", "pledged", "vowed")

// conflictTypes are PLOVER's material conflict: an intention to do one is
// a threat, an intention to do anything else an agreement.
var conflictTypes = toSet("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN")

// cooperationTypes turn into REJECT when negated: "would not meet their
// demands", "did not agree".
var cooperationTypes = toSet("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST")

// demandModals in a reported clause make the report a demand: "declared
// that China must drop barriers" asks China to act.
var demandModals = toSet("must", "should")

// supportTrigger reads a support verb at i whose object is an event noun:
// one trigger from the verb to the noun, of the noun's type, with the
// verb's subject and objects. "issued an ultimatum to Ecuador" is a THREATEN
// by the issuer against Ecuador.
func (c *clause) supportTrigger(i int) (trigger, bool) {
	if !supportVerbs[c.low[i]] || c.inEnt[i] >= 0 || c.tags != nil && !c.isVerb(i) && c.tag(i) != "JJ" {
		return trigger{}, false
	}
	j := i + 1
	if j < len(c.toks) && (c.low[j] == "out" || c.low[j] == "up" || c.low[j] == "into") {
		j++ // "carried out", "stepped up", "entered into"
	}
	for k := j; k < len(c.toks) && k <= j+5; k++ {
		for _, e := range c.lex.byFirst[c.low[k]] {
			n := len(e.words)
			if !e.noun || k+n > len(c.toks) || !c.wordsAt(k, e.words) {
				continue
			}
			end := k + n
			if end < len(c.toks) && c.isNoun(end) && c.low[end] != "of" {
				continue // a modifier: "aid workers"
			}
			return trigger{s: i, e: end, typ: e.typ, pattern: true, support: true}, true
		}
		// the object's determiners and modifiers, "a 30-day state of"
		w := c.low[k]
		if c.inEnt[k] >= 0 || !(c.npToken(k) || w == "of") || isClauseBreak(w) || w == "and" {
			break
		}
	}
	return trigger{}, false
}

// intentTrigger reads "ready/willing/prepared to VERB" at i: AGREE, or
// THREATEN when the verb is material conflict. The trigger runs to the
// verb.
func (c *clause) intentTrigger(i int) (trigger, bool) {
	if !intentWords[c.low[i]] || i+2 >= len(c.toks) || c.low[i+1] != "to" {
		return trigger{}, false
	}
	v := i + 2
	if c.tags != nil && c.tag(v) != "VB" {
		return trigger{}, false
	}
	typ := "AGREE"
	if t, ok := c.triggerAt(v); ok && conflictTypes[t.typ] {
		typ = "THREATEN"
	}
	return trigger{s: i, e: v + 1, typ: typ, pattern: true}, true
}

// demandClause reads a reported clause that begins at i with a subject and
// "must" or "should": the subject's parts, whom the speaker asks to act.
func (c *clause) demandClause(i int) ([]part, bool) {
	for i < len(c.toks) && (c.tag(i) == "RB" || dateWords[c.low[i]] || c.isMonthDay(i) || isWeekday(c.low[i])) {
		i++
	}
	if i < len(c.toks) && c.low[i] == "that" {
		i++
	}
	e := c.npRight(i, len(c.toks))
	if e <= i || e >= len(c.toks) || !demandModals[c.low[e]] {
		return nil, false
	}
	ps := c.keepPersonish(c.coordParts(i, e))
	return ps, len(ps) > 0
}

// modifierParticiple reports a verb form that modifies a noun rather than
// reporting an event: before its noun ("Ousted president", "the defeated
// Fatah Party", "the alleged violations", "a heavily armed ruling
// minority"), or after it as a reduced relative ("a body linked to the
// OAU", "detainees held after the escape") in a sentence with a finite
// verb of its own.
func (c *clause) modifierParticiple(i int) bool {
	if c.tags == nil {
		return false
	}
	tag := c.tag(i)
	if tag != "VBN" && tag != "VBG" && tag != "VBD" && tag != "JJ" {
		return false
	}
	if i+1 < len(c.toks) && (c.isNoun(i+1) || c.tag(i+1) == "JJ") && tag != "VBD" {
		j := i - 1
		for j >= 0 && (c.tag(j) == "RB" || c.tag(j) == "VBN" || c.tag(j) == "JJ" || c.tag(j) == "VBG") {
			j--
		}
		if j < 0 || c.tag(j) == "DT" || c.tag(j) == "PRP$" || c.tag(j) == "POS" {
			return true
		}
	}
	if tag == "VBN" && i > 0 && c.nounish(i-1) && !c.hasAux(i) {
		for k := range c.toks {
			if k != i && c.finite(k) {
				return true
			}
		}
	}
	if tag == "VBG" && i > 0 && c.nounish(i-1) && !c.hasAux(i) {
		// "British aircraft using guided missiles killed 4 Iraqis"
		for k := i + 1; k < len(c.toks); k++ {
			if c.finite(k) {
				return true
			}
		}
	}
	return false
}

// hasAux reports an auxiliary before the verb at i: "has rejected",
// "were killed", "had been held".
func (c *clause) hasAux(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if auxWords[c.low[j]] && (c.tags == nil || c.isVerb(j) || c.tag(j) == "MD") {
			return true
		}
		if c.tag(j) != "RB" {
			return false
		}
	}
	return false
}

// verbNegated reports a negated verb phrase before a trigger: "would not
// meet hostage-takers demands", "did not agree".
func (c *clause) verbNegated(t trigger) bool {
	for i := t.s - 1; i >= 0 && i >= t.s-4; i-- {
		switch c.low[i] {
		case "not", "n't", "never", "cannot":
			return true
		}
		if isClauseBreak(c.low[i]) {
			return false
		}
	}
	return false
}

// futureModals announce an act: "will allow" promises it (AGREE), "would
// tighten the blockade" threatens it (THREATEN), as PLOVER codes intentions.
var futureModals = toSet("will", "would", "'ll", "shall")

// intention recodes an act the subject says it will do: AGREE for
// cooperation, THREATEN for material conflict. Reported speech, demands,
// accusations and refusals keep their type.
func (c *clause) intention(t trigger) trigger {
	if t.noun || t.typ == "STATEMENT" {
		return t
	}
	for i := t.s - 1; i >= 0 && i >= t.s-3; i-- {
		if futureModals[c.low[i]] {
			switch {
			case conflictTypes[t.typ]:
				t.typ = "THREATEN"
			case cooperationTypes[t.typ] && t.typ != "REQUEST":
				t.typ = "AGREE"
			}
			return t
		}
		if c.tag(i) != "RB" && c.low[i] != "be" {
			return t
		}
	}
	return t
}
