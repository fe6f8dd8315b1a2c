package nereval

import (
	"fmt"
	"io"
	"strings"
)

// Classes are the entity classes scored, in report order.
var Classes = []string{"PER", "LOC", "ORG"}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP, FP, FN int
}

// P is precision (0 when nothing was predicted).
func (c Counts) P() float64 {
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// R is recall (0 when there is no gold entity).
func (c Counts) R() float64 {
	if c.TP+c.FN == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Scores holds strict counts per class and micro-averaged over all classes.
type Scores struct {
	PerClass map[string]Counts
	Micro    Counts
}

// Add accumulates other into s, so scores over several documents or folds
// can be combined before computing F1 (micro over everything, not a mean of
// per-document F1).
func (s *Scores) Add(o Scores) {
	if s.PerClass == nil {
		s.PerClass = map[string]Counts{}
	}
	for k, c := range o.PerClass {
		a := s.PerClass[k]
		a.TP += c.TP
		a.FP += c.FP
		a.FN += c.FN
		s.PerClass[k] = a
	}
	s.Micro.TP += o.Micro.TP
	s.Micro.FP += o.Micro.FP
	s.Micro.FN += o.Micro.FN
}

// Score compares predicted spans with gold spans sentence by sentence. A
// prediction is a true positive only if a gold span has the same start, end
// and class; a prediction with a wrong boundary or class is both a false
// positive and a false negative, as in conlleval. Spans of classes other
// than PER, LOC and ORG are ignored, and so are predictions that overlap a
// gold span of class Ignore.
func Score(gold, pred [][]Span) Scores {
	s := Scores{PerClass: map[string]Counts{}}
	for _, c := range Classes {
		s.PerClass[c] = Counts{}
	}
	for i := 0; i < len(gold) || i < len(pred); i++ {
		var g, p []Span
		if i < len(gold) {
			g = gold[i]
		}
		if i < len(pred) {
			p = pred[i]
		}
		golden := map[Span]bool{}
		var ignore []Span
		for _, sp := range g {
			if _, ok := s.PerClass[sp.Class]; ok {
				golden[sp] = true
			} else if sp.Class == Ignore {
				ignore = append(ignore, sp)
			}
		}
		for _, sp := range p {
			c, ok := s.PerClass[sp.Class]
			if !ok || overlapsAny(sp, ignore) {
				continue
			}
			if golden[sp] {
				c.TP++
				delete(golden, sp)
			} else {
				c.FP++
			}
			s.PerClass[sp.Class] = c
		}
		for sp := range golden {
			c := s.PerClass[sp.Class]
			c.FN++
			s.PerClass[sp.Class] = c
		}
	}
	for _, c := range s.PerClass {
		s.Micro.TP += c.TP
		s.Micro.FP += c.FP
		s.Micro.FN += c.FN
	}
	return s
}

// String formats the scores as a small table.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %6s %6s %6s %6s\n", "class", "P", "R", "F1", "gold")
	for _, c := range Classes {
		k := s.PerClass[c]
		fmt.Fprintf(&b, "%-6s %6.3f %6.3f %6.3f %6d\n", c, k.P(), k.R(), k.F1(), k.TP+k.FN)
	}
	fmt.Fprintf(&b, "%-6s %6.3f %6.3f %6.3f %6d\n", "micro", s.Micro.P(), s.Micro.R(), s.Micro.F1(), s.Micro.TP+s.Micro.FN)
	return b.String()
}

func overlapsAny(sp Span, regions []Span) bool {
	for _, r := range regions {
		if sp.Start < r.End && r.Start < sp.End {
			return true
		}
	}
	return false
}

// WriteErrors lists, for each sentence of d with an error, the gold spans
// missed (-) and the predictions that match no gold span (+), for error
// analysis.
func WriteErrors(w io.Writer, d Document, pred [][]Span) {
	for i, s := range d.Sentences {
		gold := map[Span]bool{}
		for _, sp := range s.Spans {
			gold[sp] = true
		}
		var lines []string
		for _, sp := range pred[i] {
			if !gold[sp] {
				lines = append(lines, fmt.Sprintf("  + %s %q", sp.Class, strings.Join(s.Tokens[sp.Start:sp.End], " ")))
			}
			delete(gold, sp)
		}
		for _, sp := range s.Spans {
			if gold[sp] {
				lines = append(lines, fmt.Sprintf("  - %s %q", sp.Class, strings.Join(s.Tokens[sp.Start:sp.End], " ")))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "%s\n%s\n", strings.Join(s.Tokens, " "), strings.Join(lines, "\n"))
		}
	}
}
