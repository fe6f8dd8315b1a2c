package nlp

import "strings"

// part is one participant of an event: the token span [s,e) of the noun
// phrase that names it ("the Turkish government", "Jordan", "Kenzo Oshima,
// the U.N. coordinator"). The entities it names, if any, are the mentions
// that start inside it; a part may name none ("Ibo traditional elders").
type part struct{ s, e int }

// groupNouns are heads that name people, groups or institutions: a noun
// phrase with one of them can be an event's participant even when it names
// no entity ("riot police", "the rebels", "Ibo traditional elders"). Things,
// places and abstractions ("material", "access", "an explosive device") are
// not participants.
var groupNouns = toSet(
	"people", "person", "persons", "civilians", "civilian", "residents", "villagers", "citizens", "nationals", "population",
	"men", "women", "children", "youths", "youth", "man", "woman", "boy", "boys", "girl", "girls", "family", "families",
	"soldiers", "soldier", "troops", "forces", "force", "army", "armies", "military", "militaries", "navy", "servicemen", "marines",
	"paratroopers", "infantry", "peacekeepers", "peacekeeping", "police", "policemen", "officers", "guards", "agents", "militia", "militias",
	"militiamen", "rebels", "rebel", "insurgents", "guerrillas", "guerrilla", "militants", "fighters", "gunmen", "gunman", "bombers",
	"bomber", "terrorists", "extremists", "fundamentalists", "separatists", "nationalists", "hackers", "aircraft", "warplanes",
	"helicopters", "jets", "gunships", "protesters", "protestors", "demonstrators", "activists", "students", "workers", "strikers",
	"miners", "farmers", "settlers", "refugees", "immigrants", "migrants", "prisoners", "detainees", "hostages", "hostage-takers",
	"journalists", "reporters", "opponents", "opposition", "supporters", "followers", "members", "member", "delegates", "delegation",
	"negotiators", "negotiator", "diplomats", "diplomat", "envoy", "envoys", "ambassador", "observers", "inspectors", "monitors",
	"government", "governments", "authorities", "authority", "administration", "regime", "officials", "official", "ministry",
	"minister", "ministers", "president", "premier", "leader", "leaders", "chief", "chiefs", "commander", "commanders", "king",
	"queen", "prince", "elders", "cabinet", "parliament", "congress", "senate", "court", "courts", "judge", "judges",
	"prosecutors", "prosecutor", "council", "committee", "commission", "assembly", "party", "parties", "coalition", "alliance",
	"group", "groups", "organization", "organisation", "organizations", "agency", "agencies", "union", "unions", "movement",
	"company", "companies", "firm", "firms", "bank", "banks", "tribe", "tribes", "clan", "community", "communities", "minority",
	"majority", "crowd", "crowds", "mob", "country", "countries", "nation", "nations", "state", "states", "side", "sides",
	"spokesman", "spokeswoman", "secretary", "secretary-general", "coordinator", "mediator", "mediators", "wing", "faction",
	"factions", "junta",
)

// subjectPronouns stand for a participant named before them.
var subjectPronouns = toSet("he", "she", "it", "they", "we", "i")

// personish reports whether a part can be a participant: it names an
// entity, or its words include a person or group noun.
func (c *clause) personish(p part) bool {
	for i := p.s; i < p.e; i++ {
		if c.inEnt[i] >= 0 {
			return true
		}
		if groupNouns[c.low[i]] && (c.tags == nil || c.isNoun(i) || c.tag(i) == "JJ") || c.properName(i) {
			return true
		}
	}
	return false
}

// properName reports a capitalized proper noun the entity model missed
// ("Yemen has rejected", "the US must"): a name, so a participant. Days,
// months and the first word of a sentence tagged as a common noun are not.
func (c *clause) properName(i int) bool {
	if c.tags == nil || !strings.HasPrefix(c.tag(i), "NNP") && !(i == 0 && c.isNoun(i)) {
		return false
	}
	w := strings.TrimLeft(c.toks[i].Text, "{[(\"'`")
	if w == "" || w[0] < 'A' || w[0] > 'Z' || isWeekday(c.low[i]) || dateWords[c.low[i]] {
		return false
	}
	if _, month := monthOf(c.low[i]); month {
		return false
	}
	return true
}

// keepPersonish filters parts to those that can be participants.
func (c *clause) keepPersonish(ps []part) []part {
	var out []part
	for _, p := range ps {
		if c.personish(p) {
			out = append(out, p)
		}
	}
	return out
}

// coordParts splits the noun phrase [s,e) into its conjuncts: "Jordan and
// Britain", "Both the Philippines military and the Moro Islamic Liberation
// Front", "Lanao, Maguindanao, and Cotabato". A conjunction inside a name
// ("Bosnia and Herzegovina") or between modifiers ("political and
// territorial autonomy") does not split.
func (c *clause) coordParts(s, e int) []part {
	for s < e && (c.low[s] == "both" || c.low[s] == "either" || c.low[s] == "neither" || isWeekday(c.low[s]) || dateWords[c.low[s]] || quoteMark(c.low[s])) {
		s++
	}
	for e > s && quoteMark(c.low[e-1]) {
		e--
	}
	var out []part
	start := s
	for i := s; i < e; i++ {
		w := c.low[i]
		if c.inEnt[i] >= 0 || (w != "and" && w != "or" && w != ",") {
			continue
		}
		if !c.hasHead(start, i) {
			continue
		}
		out = append(out, part{start, i})
		start = i + 1
		if w == "," && i+1 < e && (c.low[i+1] == "and" || c.low[i+1] == "or") {
			start = i + 2
			i++
		}
	}
	if start < e {
		out = append(out, part{start, e})
	}
	return out
}

// hasHead reports whether [s,e) holds a noun or a name: a conjunct of its own.
func (c *clause) hasHead(s, e int) bool {
	for i := s; i < e; i++ {
		if c.inEnt[i] >= 0 || c.isNoun(i) || c.tags == nil && !stopWords[c.low[i]] {
			return true
		}
	}
	return false
}

var stopWords = toSet("the", "a", "an", "of", "and", "or", "'s", "\u2019s", ",")

// mentionParts makes one part of each mention.
func (c *clause) mentionParts(ms []int) []part {
	out := make([]part, 0, len(ms))
	for _, m := range ms {
		out = append(out, part{c.ments[m].s, c.ments[m].e})
	}
	return out
}

// partsAround makes a part of the noun phrase around each mention, once
// for mentions that share a phrase.
func (c *clause) npParts(ms []int, floor, limit int) []part {
	var out []part
	for _, m := range ms {
		mt := c.ments[m]
		if len(out) > 0 && mt.s < out[len(out)-1].e {
			continue
		}
		s := mt.s
		for s > floor && c.npToken(s-1) && c.low[s-1] != "and" && c.low[s-1] != "of" {
			s--
		}
		e := mt.e
		for e < limit && c.npToken(e) && c.low[e] != "and" && c.low[e] != "," && c.low[e] != "of" && c.inEnt[e] < 0 {
			e++
		}
		out = append(out, part{s, e})
	}
	return out
}

// partMents lists the mentions in the parts, in order, once each.
func (c *clause) partMents(ps []part) []int {
	var out []int
	for _, p := range ps {
		for _, m := range c.mentsIn(p.s, p.e) {
			if !containsInt(out, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// partTexts writes each part as the sentence does, without a leading
// article.
func (c *clause) partTexts(ps []part) []string {
	var out []string
	for _, p := range ps {
		s := p.s
		for s < p.e-1 && (c.low[s] == "the" || c.low[s] == "a" || c.low[s] == "an") {
			s++
		}
		e := p.e
		for e > s+1 && (isClauseBreak(c.low[e-1]) || c.low[e-1] == "and") {
			e--
		}
		var t string
		if c.src != "" {
			t = c.src[c.toks[s].Start:c.toks[e-1].End]
		} else {
			t = c.text(s, e)
		}
		t = strings.Join(strings.Fields(t), " ")
		if !contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// dropPlace removes a part that is just the event's place ("south
// Serbia"), not one that only mentions it ("Ethnic Albanians in south
// Serbia").
func (c *clause) dropPlace(ps []part, place int) []part {
	if place < 0 {
		return ps
	}
	pm := c.ments[place]
	var out []part
	for _, p := range ps {
		other := false
		for i := p.s; i < p.e; i++ {
			if i >= pm.s && i < pm.e {
				continue
			}
			other = other || c.inEnt[i] >= 0 || c.isNoun(i) || groupNouns[c.low[i]]
		}
		if !other && len(c.mentsIn(p.s, p.e)) > 0 && c.mentsIn(p.s, p.e)[0] == place {
			continue
		}
		out = append(out, p)
	}
	return out
}

func (c *clause) hasGroupNoun(p part) bool {
	for i := p.s; i < p.e; i++ {
		if c.inEnt[i] < 0 && groupNouns[c.low[i]] && !subjectPronouns[c.low[i]] {
			return true
		}
	}
	return false
}

func containsInt(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

func quoteMark(w string) bool {
	switch w {
	case "\"", "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019":
		return true
	}
	return false
}
