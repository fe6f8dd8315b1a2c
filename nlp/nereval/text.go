package nereval

import (
	"io"
	"sort"
	"strings"
)

// Text is a document rebuilt as running text from its gold tokens, with
// each token's byte offsets, so that a system that reads raw text (and
// tokenises and splits sentences itself) can be scored against token-level
// gold.
type Text struct {
	Text string
	// Offsets[i][j] is the byte range of token j of sentence i in Text.
	Offsets [][][2]int
}

// Detokenize rebuilds the running text of d: tokens joined by spaces
// except before closing punctuation and clitics ("Iraq 's" -> "Iraq's",
// "said ." -> "said.") and after opening brackets, one sentence per line.
// Reading text as a newspaper prints it, rather than space-separated
// tokens, keeps the tokenizer and sentence splitter under test on their
// real input.
func Detokenize(d Document) Text {
	var b strings.Builder
	t := Text{Offsets: make([][][2]int, len(d.Sentences))}
	for i, s := range d.Sentences {
		if i > 0 {
			b.WriteByte('\n')
		}
		offs := make([][2]int, len(s.Tokens))
		quotes := 0
		for j, tok := range s.Tokens {
			if j > 0 && spaceBefore(s.Tokens[j-1], tok, quotes) {
				b.WriteByte(' ')
			}
			if tok == `"` {
				quotes++
			}
			offs[j] = [2]int{b.Len(), b.Len() + len(tok)}
			b.WriteString(tok)
		}
		t.Offsets[i] = offs
	}
	t.Text = b.String()
	return t
}

// spaceBefore decides whether a space separates prev and tok. quotes is the
// number of straight double quotes before tok in the sentence: an odd count
// means tok is inside a quotation, so a quote mark closes it.
func spaceBefore(prev, tok string, quotes int) bool {
	switch tok {
	case ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "’s":
		return false
	case `"`:
		return quotes%2 == 0
	}
	switch prev {
	case "(", "[", "{", "$", "``":
		return false
	case `"`:
		return quotes%2 == 0
	}
	return true
}

// Mention is an entity a system found in rebuilt text, by byte offsets.
type Mention struct {
	Start, End int
	Class      string
}

// SpansAt maps mentions found in t back to gold tokens: a mention becomes
// the span from the token holding its first byte to the token holding its
// last. A mention that does not start and end on token boundaries still
// maps (to every token it touches) and simply will not match gold exactly,
// as strict scoring requires; one that touches no token, or crosses a
// sentence break, is dropped with a count of how many were.
func (t Text) SpansAt(ms []Mention) (spans [][]Span, dropped int) {
	spans = make([][]Span, len(t.Offsets))
	for _, m := range ms {
		si, s, e, ok := t.locate(m.Start, m.End)
		if !ok {
			dropped++
			continue
		}
		spans[si] = append(spans[si], Span{Start: s, End: e, Class: m.Class})
	}
	for _, ss := range spans {
		sort.Slice(ss, func(a, b int) bool { return ss[a].Start < ss[b].Start })
	}
	return spans, dropped
}

func (t Text) locate(start, end int) (sent, s, e int, ok bool) {
	for si, offs := range t.Offsets {
		if len(offs) == 0 || start >= offs[len(offs)-1][1] || end <= offs[0][0] {
			continue
		}
		s, e = -1, -1
		for j, o := range offs {
			if o[1] > start && o[0] < end {
				if s < 0 {
					s = j
				}
				e = j + 1
			}
		}
		if s < 0 || end > offs[len(offs)-1][1] || start < offs[0][0] {
			return 0, 0, 0, false
		}
		return si, s, e, true
	}
	return 0, 0, 0, false
}

// WriteCoNLL writes docs as CoNLL (TOKEN<TAB>BIO-TAG, blank line between
// sentences, -DOCSTART- before each document), the format ReadCoNLL and
// `newsgraph eval ner` read. Types are written in the vocabulary of each
// document's convention (GMB's "geo", re3d's "Location", else "LOC"), so
// that reading the file back recovers the convention.
func WriteCoNLL(w io.Writer, docs []Document) error {
	var b strings.Builder
	for _, d := range docs {
		conv := d.Conv()
		b.WriteString("-DOCSTART-\tO\n\n")
		for _, s := range d.Sentences {
			tags := make([]string, len(s.Tokens))
			for i := range tags {
				tags[i] = "O"
			}
			for _, sp := range s.Spans {
				l := conv.label(sp.Class)
				if l == "" {
					l = sp.Class
				}
				for i := sp.Start; i < sp.End; i++ {
					tags[i] = "I-" + l
				}
				tags[sp.Start] = "B-" + l
			}
			for i, tok := range s.Tokens {
				b.WriteString(tok)
				b.WriteByte('\t')
				b.WriteString(tags[i])
				b.WriteByte('\n')
			}
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
