package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/nlp/ner/gazetteer"
)

// splitAtCoordination splits a span the tagger ran across two names joined
// by "and": "the magazines Der Spiegel and Focus", "the Popular Resistance
// Committee and al-Aqsa Martyrs Brigades". Many names have an "and" inside
// ("Bosnia and Herzegovina", "Food and Drug Administration", "Virginia
// Polytechnic Institute and State University", "Procter and Gamble"), so a
// span is split only when it is not a listed name itself and
//   - the two or more words before "and" end an organisation's name
//     ("Committee") and the words after it are a listed name, or three or
//     more words that end one too, or
//   - both sides are listed names ("Hamas and Hezbollah"), or
//   - both sides begin with the same word ("Christian Democratic Union and
//     Christian Social Union"), or a plural noun just before the span says
//     it names several ("the magazines"), and one side has two words or
//     more ("Johnson and Johnson" and "the firms Ernst and Young" stay
//     whole).
//
// Each side keeps the span's kind; canonicalize gives a listed side its
// list's.
func splitAtCoordination(text string, toks []Token, spans []span) []span {
	out := make([]span, 0, len(spans))
	for _, sp := range spans {
		k := coordinator(toks, sp)
		if k < 0 || isName(listed(phraseAt(text, toks, sp.start, sp.end))) {
			out = append(out, sp)
			continue
		}
		left, right := listed(phraseAt(text, toks, sp.start, k)), listed(phraseAt(text, toks, k+1, sp.end))
		nLeft, nRight := k-sp.start, sp.end-k-1
		headLeft := nLeft >= 2 && orgHeads[strings.ToLower(toks[k-1].Text)]
		headRight := nRight >= 3 && orgHeads[strings.ToLower(toks[sp.end-1].Text)]
		sameFirst := strings.EqualFold(toks[sp.start].Text, toks[k+1].Text)
		cue := sp.start > 0 && coordinationCues[strings.ToLower(toks[sp.start-1].Text)]
		if !(headLeft && (headRight || isName(right)) || isName(left) && isName(right) || (sameFirst || cue) && max(nLeft, nRight) >= 2) {
			out = append(out, sp)
			continue
		}
		out = append(out, span{start: sp.start, end: k, kind: sp.kind}, span{start: k + 1, end: sp.end, kind: sp.kind})
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

// isName reports whether k lists a place or an organisation (not only a
// title or a demonym).
func isName(k gazetteer.Kind) bool {
	return k&(gazetteer.Country|gazetteer.Capital|gazetteer.Place|gazetteer.Org) != 0
}
