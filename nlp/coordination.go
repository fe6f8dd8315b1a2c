package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/nlp/ner/gazetteer"
)

// coordinationCues are the plural nouns that, just before a name, say the
// name that follows is a list of several: "the magazines Der Spiegel and
// Focus", "the carmakers Renault and Nissan".
var coordinationCues = toSet(
	"groups", "magazines", "newspapers", "papers", "dailies", "broadcasters",
	"companies", "firms", "carmakers", "banks", "parties", "agencies",
	"organizations", "organisations", "militias", "countries", "nations",
	"networks", "outlets", "ministries", "rivals",
)

// splitAtCoordination splits a span the tagger ran across two names joined
// by "and": "the magazines Der Spiegel and Focus", "the Popular Resistance
// Committee and al-Aqsa Martyrs Brigades". Many names have an "and" inside
// ("Bosnia and Herzegovina", "Food and Drug Administration", "Defense and
// Foreign Affairs Committee"), so a span is split only when it is not a
// listed name itself and
//   - the words before "and" end an organisation's name ("Committee") and
//     the words after it end one too or are a listed name, or
//   - both sides are listed names ("Hamas and Hezbollah"), or one side is
//     a listed organisation and the other has two words or more ("Donald
//     Trump and European Commission"), or
//   - both sides begin with the same word ("Christian Democratic Union and
//     Christian Social Union"), or
//   - a plural noun just before the span says it names several.
func splitAtCoordination(text string, toks []Token, spans []span) []span {
	out := make([]span, 0, len(spans))
	for _, sp := range spans {
		k := coordinator(toks, sp)
		if k < 0 || listedName(phraseAt(text, toks, sp.start, sp.end)) != 0 {
			out = append(out, sp)
			continue
		}
		left, right := listedName(phraseAt(text, toks, sp.start, k)), listedName(phraseAt(text, toks, k+1, sp.end))
		headLeft := orgHeads[strings.ToLower(toks[k-1].Text)]
		headRight := orgHeads[strings.ToLower(toks[sp.end-1].Text)]
		listedOrg := left&gazetteer.Org != 0 && sp.end-k-1 >= 2 || right&gazetteer.Org != 0 && k-sp.start >= 2
		sameFirst := strings.EqualFold(toks[sp.start].Text, toks[k+1].Text)
		cue := sp.start > 0 && coordinationCues[strings.ToLower(toks[sp.start-1].Text)]
		if !(headLeft && (headRight || right != 0) || left != 0 && right != 0 || listedOrg || sameFirst || cue) {
			out = append(out, sp)
			continue
		}
		out = append(out,
			span{start: sp.start, end: k, kind: kindOfListed(left, sp.kind)},
			span{start: k + 1, end: sp.end, kind: kindOfListed(right, sp.kind)})
	}
	return out
}

// coordinator returns the index of the one "and" inside sp with a
// capitalised word on each side of it, or -1.
func coordinator(toks []Token, sp span) int {
	at := -1
	for k := sp.start + 1; k < sp.end-1; k++ {
		if toks[k].Text != "and" {
			continue
		}
		if at >= 0 || !hasUpper(toks[k-1].Text) || !hasUpper(toks[k+1].Text) {
			return -1
		}
		at = k
	}
	return at
}

// listedName returns the gazetteer lists naming name as a place or an
// organisation (not as a title or a demonym).
func listedName(name string) gazetteer.Kind {
	return gazetteer.Lookup(name) & (gazetteer.Country | gazetteer.Capital | gazetteer.Place | gazetteer.Org)
}

// kindOfListed is the kind a listed name has (an organisation, or a
// place), or def for a name in no list.
func kindOfListed(k gazetteer.Kind, def Kind) Kind {
	switch {
	case k&gazetteer.Org != 0:
		return Organization
	case k != 0:
		return Place
	}
	return def
}
