package eventeval

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/nlp"
)

// PRF is precision, recall and F1.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
}

func prf(tp, fp, fn int) PRF {
	s := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		s.P = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		s.R = float64(tp) / float64(tp+fn)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// Report is the score of one run over gold sentences.
type Report struct {
	Sentences    int     `json:"sentences"`
	Positives    int     `json:"positives"`
	Negatives    int     `json:"negatives"`
	Detection    PRF     `json:"detection"`
	TypeAccuracy float64 `json:"type_accuracy"`
	Actor        PRF     `json:"actor"`
	Target       PRF     `json:"target"`
	Errors       []Error `json:"-"`
}

// Error is one sentence the extractor got wrong (type, actors or targets),
// for reading, not scoring.
type Error struct {
	Gold    Gold
	Got     string // type of the main event, "" for none
	Trigger string // of the main event
	Actors  []string
	Targets []string // texts of the main event's participants
}

// Analyzer runs extraction on one sentence.
type Analyzer func(text string) nlp.Analysis

// Score runs analyze on every gold sentence and scores:
//
//   - detection, per sentence: a gold event should yield at least one
//     event; a negative sentence none;
//   - type accuracy on the detected gold events, judged on the sentence's
//     main event (see Main)
//     (gold here codes the reported event, "X agreed ..., officials said",
//     and our extractor reports the statement too);
//   - actor and target P/R/F1 of that main event over the gold events: an
//     extracted participant (a noun phrase of Event.ActorText/TargetText,
//     or an entity when the event has no phrases) matches a gold one when
//     their texts share a word (case-insensitive, ignoring "the", "of" and
//     the like); each gold participant is matched at most once.
func Score(gold []Gold, analyze Analyzer) Report {
	var r Report
	var dTP, dFP, dFN, typed, detected int
	var aTP, aFP, aFN, tTP, tFP, tFN int
	for _, g := range gold {
		r.Sentences++
		an := analyze(g.Text)
		main, ok := Main(an.Events)
		if !g.Positive() {
			r.Negatives++
			if ok {
				dFP++
				r.Errors = append(r.Errors, Error{Gold: g, Got: main.Type})
			}
			continue
		}
		r.Positives++
		if !ok {
			dFN++
			aFN += len(g.Actors)
			tFN += len(g.Targets)
			r.Errors = append(r.Errors, Error{Gold: g})
			continue
		}
		dTP++
		detected++
		wrong := main.Type != g.Type
		if !wrong {
			typed++
		}
		actors, targets := participants(an, main.Actors, main.ActorText), participants(an, main.Targets, main.TargetText)
		tp, fp, fn := match(actors, g.Actors)
		aTP, aFP, aFN = aTP+tp, aFP+fp, aFN+fn
		wrong = wrong || fp+fn > 0
		tp, fp, fn = match(targets, g.Targets)
		tTP, tFP, tFN = tTP+tp, tFP+fp, tFN+fn
		wrong = wrong || fp+fn > 0
		if wrong {
			r.Errors = append(r.Errors, Error{Gold: g, Got: main.Type, Trigger: main.Trigger, Actors: firsts(actors), Targets: firsts(targets)})
		}
	}
	r.Detection = prf(dTP, dFP, dFN)
	if detected > 0 {
		r.TypeAccuracy = float64(typed) / float64(detected)
	}
	r.Actor = prf(aTP, aFP, aFN)
	r.Target = prf(tTP, tFP, tFN)
	return r
}

// Main picks the event a gold line codes: the first one that is not
// reported speech, else the first. (Picking the most confident instead
// scored lower on the dev split.)
func Main(evs []nlp.Event) (nlp.Event, bool) {
	if len(evs) == 0 {
		return nlp.Event{}, false
	}
	for _, e := range evs {
		if e.Type != "STATEMENT" {
			return e, true
		}
	}
	return evs[0], true
}

// participants gives the texts of each participant of an event: its noun
// phrase as written when the extractor gives one (which may name no
// entity: "riot police"), else the names of its entities.
func participants(an nlp.Analysis, ids, texts []string) [][]string {
	if len(texts) == 0 {
		return names(an, ids)
	}
	out := make([][]string, 0, len(texts))
	for _, t := range texts {
		out = append(out, []string{t})
	}
	return out
}

// names gives, for each entity id, the texts it is written as in the
// sentence (its mentions), falling back to its name.
func names(an nlp.Analysis, ids []string) [][]string {
	byID := map[string]nlp.Entity{}
	for _, e := range an.Entities {
		byID[e.ID] = e
	}
	out := make([][]string, 0, len(ids))
	for _, id := range ids {
		e := byID[id]
		texts := []string{e.Name}
		for _, m := range e.Mentions {
			texts = append(texts, m.Text)
		}
		out = append(out, texts)
	}
	return out
}

// firsts keeps one text of each participant: its last mention in the
// sentence, else its name.
func firsts(texts [][]string) []string {
	out := make([]string, 0, len(texts))
	for _, t := range texts {
		out = append(out, t[len(t)-1])
	}
	return out
}

// match pairs extracted participants with gold texts, each at most once.
func match(got [][]string, gold []string) (tp, fp, fn int) {
	used := make([]bool, len(gold))
	for _, texts := range got {
		hit := false
		for gi, g := range gold {
			if used[gi] {
				continue
			}
			for _, t := range texts {
				if overlaps(t, g) {
					used[gi], hit = true, true
					break
				}
			}
			if hit {
				break
			}
		}
		if hit {
			tp++
		} else {
			fp++
		}
	}
	return tp, fp, len(gold) - tp
}

var stop = map[string]bool{"the": true, "of": true, "a": true, "an": true, "and": true, "in": true, "s": true, "'s": true}

// overlaps reports whether two texts share a content word.
func overlaps(a, b string) bool {
	wa := words(a)
	for w := range words(b) {
		if wa[w] {
			return true
		}
	}
	return false
}

func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stop[w] {
			out[w] = true
		}
	}
	return out
}
