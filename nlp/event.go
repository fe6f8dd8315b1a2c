package nlp

import (
	"sort"
	"strings"
)

// triggers map a word to the event type it signals. This is the first,
// small list; the full lexicon comes from the CAMEO verb dictionary.
var triggers = map[string]string{
	"said": "STATEMENT", "says": "STATEMENT", "say": "STATEMENT",
	"claimed": "STATEMENT", "claims": "STATEMENT", "claim": "STATEMENT",
	"told": "STATEMENT", "stated": "STATEMENT", "warned": "STATEMENT",
	"attack": "ASSAULT", "attacks": "ASSAULT", "attacked": "ASSAULT",
	"strike": "ASSAULT", "strikes": "ASSAULT", "struck": "ASSAULT",
	"battle": "ASSAULT", "battles": "ASSAULT", "fighting": "ASSAULT",
	"shelled": "ASSAULT", "bombed": "ASSAULT", "shot": "ASSAULT",
	"deploy": "MOBILIZE", "deployed": "MOBILIZE", "deploys": "MOBILIZE", "deployment": "MOBILIZE",
}

// ref is one mention of an entity in a sentence.
type ref struct {
	id    string
	kind  Kind
	start int
}

// locatives are the prepositions that put an event in a place.
var locatives = toSet("in", "near", "at", "outside", "around", "into")

// events finds at most one event a sentence: the first trigger word, the
// entity named before it as actor, those after it as targets, and a place
// named after a locative preposition.
func events(text, published string, sents []Sentence, ents []Entity) []Event {
	bySent := map[int][]ref{}
	for _, e := range ents {
		for _, m := range e.Mentions {
			bySent[m.Sentence] = append(bySent[m.Sentence], ref{e.ID, e.Kind, m.Start})
		}
	}
	var out []Event
	for si, sent := range sents {
		refs := bySent[si]
		if len(refs) == 0 {
			continue
		}
		sort.Slice(refs, func(i, j int) bool { return refs[i].start < refs[j].start })
		ti, typ := -1, ""
		for i, t := range sent.Tokens {
			if ty, ok := triggers[strings.ToLower(t.Text)]; ok {
				ti, typ = i, ty
				break
			}
		}
		if ti < 0 {
			continue
		}
		trig := sent.Tokens[ti]
		ev := Event{Type: typ, Trigger: trig.Text, Text: text[sent.Start:sent.End], Date: published, Sentence: si, Confidence: 0.5}
		place := placeAfterLocative(sent.Tokens, refs)
		for _, r := range refs {
			switch {
			case r.id == place:
			case r.start < trig.Start:
				ev.Actors = appendOnce(ev.Actors, r.id)
			default:
				ev.Targets = appendOnce(ev.Targets, r.id)
			}
		}
		ev.Place = place
		// The actor is the entity nearest before the trigger; the others
		// before it are context, not actors.
		if n := len(ev.Actors); n > 1 {
			ev.Targets = append(ev.Targets, ev.Actors[:n-1]...)
			ev.Actors = ev.Actors[n-1:]
		}
		if ev.Actors == nil && ev.Targets == nil && ev.Place == "" {
			continue
		}
		out = append(out, ev)
	}
	return out
}

// placeAfterLocative returns the first Place named right after "in", "near"
// and the like ("near the village of Makhnovka" counts too).
func placeAfterLocative(toks []Token, refs []ref) string {
	for _, r := range refs {
		if r.kind != Place {
			continue
		}
		for i, t := range toks {
			if t.Start != r.start {
				continue
			}
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				if locatives[strings.ToLower(toks[j].Text)] {
					return r.id
				}
			}
		}
	}
	return ""
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
