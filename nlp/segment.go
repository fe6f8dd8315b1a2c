package nlp

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/newsgraph/newsgraph/nlp/ner"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// segmenter splits text into sentences and tokens with byte offsets.
//
// prose's own Document drops offsets and rebuilds its sentence model for
// every document, so sentences come from the Punkt tokenizer prose itself
// uses, built once, and tokens from prose's tokenizer run per sentence and
// aligned back to the text.
type segmenter struct {
	punkt *sentences.DefaultSentenceTokenizer
}

func newSegmenter() (*segmenter, error) {
	st, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("loading the sentence model: %w", err)
	}
	return &segmenter{punkt: st}, nil
}

// sentences splits text into sentences. A line break always ends a sentence:
// news dumps put headlines, datelines and captions on lines of their own with
// no full stop, and gluing them to the next sentence glues their names too.
func (s *segmenter) sentences(text string) []Sentence {
	var out []Sentence
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if line := text[start:end]; strings.TrimSpace(line) != "" {
			for _, ps := range s.punkt.Tokenize(line) {
				st, en := trimSpan(text, start+ps.Start, start+ps.End)
				if st < en {
					out = append(out, Sentence{Start: st, End: en})
				}
			}
		}
		start = end + 1
	}
	return out
}

// trimSpan narrows [start,end) to exclude surrounding white space.
func trimSpan(text string, start, end int) (int, int) {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return start, end
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\v' || b == '\f'
}

// tokenize splits one sentence with prose's tokenizer and gives each token
// its byte offsets in text.
func tokenize(text string, sent Sentence) []Token {
	doc, err := prose.NewDocument(text[sent.Start:sent.End],
		prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	return splitFinalStop(joinInitials(align(text, sent.Start, sent.End, doc.Tokens())))
}

// joinInitials puts back together the initials prose splits from their
// stop: "Robert F. Kennedy" is tokenised "Robert F . Kennedy", and the
// stop would end the name at "Robert F". A single capital letter
// written right before a stop, after a name word and before a capitalised
// word, is one token, "F.", as initials are in the tagger's training data
// ("George W. Bush"). After a common word the stop may end a sentence the
// segmenter did not split: "no Plan B. Microsoft shares fell".
func joinInitials(toks []Token) []Token {
	for i := 1; i+2 < len(toks); i++ {
		t, prev := toks[i], toks[i-1].Text
		if !isInitial(t.Text) || toks[i+1].Text != "." || toks[i+1].Start != t.End || !startsUpper(toks[i+2].Text) ||
			!startsUpper(prev) || ner.CommonWord(strings.ToLower(prev)) {
			continue
		}
		toks[i] = Token{Text: t.Text + ".", Start: t.Start, End: toks[i+1].End}
		toks = append(toks[:i+1], toks[i+2:]...)
	}
	return toks
}

// isInitial reports whether tok is one capital letter, with or without its
// stop: "F", "F.".
func isInitial(tok string) bool {
	r, size := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r) && (size == len(tok) || size == len(tok)-1 && tok[size] == '.')
}

// splitFinalStop separates the full stop from a sentence's last word when
// prose kept them together. prose takes any capitalised word of two or
// three letters before a stop for an abbreviation ("Gen.", "Col."), but
// at the end of a sentence, or before the quote or bracket that closes
// it, the stop is the sentence's: "the Red Sea.", "talks with Xi.\"".
// Kept, it would make "Sea." and "Xi." names of their own, other nodes
// than "Sea" and "Xi". Abbreviations that end a name, a date or an
// address ("Apple Inc.", "Martin Luther King Jr.", "Arlington, Va.")
// keep their stop.
func splitFinalStop(toks []Token) []Token {
	k := len(toks) - 1
	for k >= 0 && closers[toks[k].Text] {
		k--
	}
	if k < 0 {
		return toks
	}
	last := toks[k]
	word, ok := strings.CutSuffix(last.Text, ".")
	lower := strings.ToLower(word)
	if !ok || len(word) < 2 || len(word) > 3 || !startsUpper(word) || lower[1:] != word[1:] ||
		finalAbbreviations[lower] || notAName[lower] || isTitle(word) {
		return toks
	}
	out := make([]Token, 0, len(toks)+1)
	out = append(out, toks[:k]...)
	out = append(out, Token{Text: word, Start: last.Start, End: last.End - 1}, Token{Text: ".", Start: last.End - 1, End: last.End})
	return append(out, toks[k+1:]...)
}

// closers are the tokens that may follow a sentence's full stop.
var closers = toSet(`"`, "'", ")", "]", "\u201d", "\u2019")

// align finds each prose token in text[pos:end], in order. prose rewrites
// curly quotes to straight ones, so a token may differ from the bytes it
// came from; it is matched quote-insensitively.
func align(text string, pos, end int, toks []prose.Token) []Token {
	out := make([]Token, 0, len(toks))
	for _, t := range toks {
		for pos < end && isSpaceByte(text[pos]) {
			pos++
		}
		n := matchAt(text[pos:end], t.Text)
		if n < 0 {
			// Not where expected: look a little further before giving up on it.
			i := strings.Index(text[pos:end], t.Text)
			if i < 0 || i > 16 {
				continue
			}
			pos += i
			n = len(t.Text)
		}
		out = append(out, Token{Text: text[pos : pos+n], Start: pos, End: pos + n})
		pos += n
	}
	return out
}

// matchAt reports how many bytes of s spell tok at its start, treating
// straight and curly quotes as equal, or -1.
func matchAt(s, tok string) int {
	i := 0
	for _, want := range tok {
		if i >= len(s) {
			return -1
		}
		got, size := utf8.DecodeRuneInString(s[i:])
		if got != want && fold(got) != want {
			return -1
		}
		i += size
	}
	return i
}

func fold(r rune) rune {
	switch r {
	case '\u201c', '\u201d':
		return '"'
	case '\u2018', '\u2019':
		return '\''
	}
	return r
}
