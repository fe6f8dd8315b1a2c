package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/nlp/ner/gazetteer"
)

// The rules here correct the tagger's class of a name, or its extent,
// from the words around it, where news writing is more regular than the
// tagger's training data: place hierarchies ("Bilopillia, Sumy Oblast,
// Ukraine"), a leader's name before "administration" or "regime",
// surnames with lower-case particles ("Ursula von der Leyen"), names with
// a possessive inside ("Austrian People's Party"), buildings named after
// people ("Ben Gurion International Airport") and an office's place
// before its holder ("Mayor of Warsaw Rafał Trzaskowski"). A place
// hierarchy's kind is firm: it outweighs the tagger's votes (see clean).

// placeChains marks as places the names in a written place hierarchy:
// "North Waziristan District, Khyber Pakhtunkhwa, Pakistan", "Floods hit
// Khartoum State, Sudan". A name followed by a comma and a place is a
// place when
//   - a place other than a country and a comma come before it (a country
//     ends a hierarchy: "Emmanuel Macron, France, Olaf Scholz, Germany"),
//   - a preposition of place does and the tagger did not call it an
//     organisation ("in Misamis Occidental, Philippines", but "at Chatham
//     House, London"), or
//   - its last word names a kind of division, after no word that ends
//     organisations' names ("Khartoum State", but "Islamic State
//     Province", "Unified School District", "Police Department").
//
// A place followed by a possessive describes the name before it ("Sergey
// Lavrov, Russia's foreign minister"), and a listed organisation or a
// name that ends like one or like a building ("Stockholm District Court",
// "Al-Shifa Hospital") keeps its kind. Spans are in text order.
func placeChains(text string, toks []Token, spans []span) []span {
	isPlace := func(sp span) bool {
		return sp.kind == Place || listed(phraseAt(text, toks, sp.start, sp.end))&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) != 0
	}
	for i := 0; i+1 < len(spans); i++ {
		sp, next := &spans[i], spans[i+1]
		if sp.kind == Place || next.start != sp.end+1 || toks[sp.end].Text != "," || !isPlace(next) ||
			next.end < len(toks) && isPossessive(toks[next.end].Text) {
			continue
		}
		last := strings.ToLower(toks[sp.end-1].Text)
		if orgHeads[last] || facilities[last] || listed(phraseAt(text, toks, sp.start, sp.end))&(gazetteer.Org|gazetteer.Title) != 0 {
			continue
		}
		after := false
		if i > 0 && sp.start >= 2 && toks[sp.start-1].Text == "," {
			prev := spans[i-1]
			after = prev.end == sp.start-1 && isPlace(prev) && listed(phraseAt(text, toks, prev.start, prev.end))&gazetteer.Country == 0
		}
		locative := sp.kind != Organization && sp.start >= 1 && locatives[toks[sp.start-1].Text]
		if after || locative || divisionEnd(toks[sp.start:sp.end]) {
			sp.kind, sp.firm = Place, true
		}
	}
	return spans
}

// divisionEnd reports whether a name ends with a word for a kind of
// administrative division and has no word before it that ends
// organisations' names or buildings': "Khartoum State", "Bari Region",
// "Cauca Department", but not "Islamic State Province" or "Police
// Department".
func divisionEnd(toks []Token) bool {
	n := len(toks)
	if n < 2 || !divisionWord(strings.ToLower(toks[n-1].Text)) || orgWordBefore(toks[:n-1]) {
		return false
	}
	for _, t := range toks[:n-1] {
		if w := strings.ToLower(t.Text); facilities[w] || portfolios[w] || w == "police" || w == "school" {
			return false
		}
	}
	return true
}

// divisionWord reports whether w (in lower case) names a kind of
// administrative division: one of divisions, or a word that also ends
// organisations' names ("Islamic State", "Unified School District") and
// so counts only in a place hierarchy.
func divisionWord(w string) bool {
	switch w {
	case "state", "department", "province", "region", "district", "territory", "county", "municipality", "city":
		return true
	}
	return divisions[w]
}

// leaderBeforeRule votes for a person for a one-word name before
// "administration" or "regime": "the Trump administration", "the fall of
// the Assad regime". A listed place or organisation ("the Kyiv regime",
// "the Taliban regime"), a nationality and an ideology ("the Zionist
// regime", "the Nazi regime") are left alone, and the vote is an
// ordinary one: "Sindh province" elsewhere in the text outweighs it.
func leaderBeforeRule(toks []Token, spans []span) []span {
	for i := range spans {
		sp := &spans[i]
		if sp.kind == Person || sp.end-sp.start != 1 || sp.end >= len(toks) || !ruleWords[toks[sp.end].Text] {
			continue
		}
		word := toks[sp.start].Text
		if _, demonym := gazetteer.CountryOfDemonym(word); demonym || listed(word) != 0 || ideology(strings.ToLower(word)) {
			continue
		}
		sp.kind = Person
	}
	return spans
}

// ruleWords follow a leader's name to mean the government led: "the
// Biden administration".
var ruleWords = toSet("administration", "regime")

// ideology reports whether w names a movement or an ideology rather than a
// leader: "zionist", "sandinista", "nazi", "baath".
func ideology(w string) bool {
	for _, suffix := range []string{"ist", "ista", "ism", "ite"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	switch w {
	case "nazi", "baath", "derg", "vichy", "apartheid", "junta", "soviet", "military", "colonial":
		return true
	}
	return false
}

// joinParticleNames joins a person's name to the surname the tagger cut
// off at its lower-case particles: "Ursula" and "Leyen" in "Ursula von der
// Leyen" are one name, and so are "Ludwig" and "Beethoven" in "Ludwig van
// Beethoven". A listed name after the particle is no surname: "Coupe de
// France" is no person called France.
func joinParticleNames(text string, toks []Token, spans []span) []span {
	return joinNext(spans, func(sp, next span) bool {
		gap := next.start - sp.end
		if sp.kind != Person || gap < 1 || gap > 2 || !startsUpper(toks[next.start].Text) || isName(listed(phraseAt(text, toks, next.start, next.end))) {
			return false
		}
		for k := sp.end; k < next.start; k++ {
			if !nameParticles[toks[k].Text] {
				return false
			}
		}
		return true
	})
}

// joinPossessiveNames joins an organisation's name the tagger cut at its
// possessive: "Austrian People" + "'s" + "Party" is the People's Party,
// and "Lord's Resistance Army" one name. The part before the possessive
// ends with "People" or "Lord", or the part after it is a single word that
// ends organisations' names; an owner before it (see possessor) owns what
// follows ("Pakistan's Army", "Hamas's Political Bureau").
func joinPossessiveNames(text string, toks []Token, spans []span) []span {
	return joinNext(spans, func(sp, next span) bool {
		if sp.kind != Organization || next.start != sp.end+1 || !isPossessive(toks[sp.end].Text) {
			return false
		}
		before := toks[sp.end-1].Text
		head := next.end-next.start == 1 && orgHeads[strings.ToLower(toks[next.start].Text)]
		_, owner := possessor(text, toks, sp.start, sp.end, next.end)
		return (before == "People" || before == "Lord" || head) && !owner
	})
}

// joinNamedFacilities joins a person's name to the place or organisation
// named after them that the tagger cut it from: "Ben" + "Gurion
// International Airport", and "St." "Peter" + "'s" + "Basilica". The part
// after the person ends in a word for a building, and nothing stands
// between the two but a saint's possessive. (An organisation is left
// alone: "Trump" + "Administration" is the leader's, see
// leaderBeforeRule.)
func joinNamedFacilities(toks []Token, spans []span) []span {
	out := make([]span, 0, len(spans))
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+1 < len(spans) && sp.kind == Person && spans[i+1].kind != Person {
			next := spans[i+1]
			last := strings.ToLower(toks[next.end-1].Text)
			saint := sp.start > 0 && saints[toks[sp.start-1].Text] && next.start == sp.end+1 && isPossessive(toks[sp.end].Text)
			if facilities[last] && (next.start == sp.end || saint) {
				if saint {
					sp.start--
				}
				sp = span{start: sp.start, end: next.end, kind: next.kind}
				i++
			}
		}
		out = append(out, sp)
	}
	return out
}

// saints are the words before a saint's name: "St. Peter's Square".
var saints = toSet("St.", "St", "Saint")

// splitOfficeOfPlace splits a span the tagger ran from a place across the
// name of the person who holds an office of it: "Mayor of [Warsaw Rafał
// Trzaskowski]" is Warsaw and Rafał Trzaskowski, "Governor of [Lagos
// Babajide Sanwo-Olu]" Lagos and Babajide Sanwo-Olu. The span follows a
// title and "of", starts with a listed place, and two to four name words
// follow it.
func splitOfficeOfPlace(text string, toks []Token, spans []span) []span {
	return splitBeforePerson(spans, func(sp span) (int, Kind) {
		if sp.start < 2 || !strings.EqualFold(toks[sp.start-1].Text, "of") || !isTitle(toks[sp.start-2].Text) {
			return -1, ""
		}
		for k := sp.start + 1; k <= sp.start+3 && k < sp.end-1; k++ {
			if listed(phraseAt(text, toks, sp.start, k))&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) == 0 {
				continue
			}
			place := k // "Governor of Odesa Oblast Oleh Kiper"
			for place < sp.end && divisionWord(strings.ToLower(toks[place].Text)) {
				place++
			}
			rest := sp.end - place
			if rest >= 2 && rest <= 4 && nameWords(toks[place:sp.end]) && !orgHeads[strings.ToLower(toks[sp.end-1].Text)] {
				return place, Place
			}
		}
		return -1, ""
	})
}
