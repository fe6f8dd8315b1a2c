package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/nlp/ner/gazetteer"
)

// Labels are BIO tags over the three classes. Index 0 is O.
var labelNames = [numLabels]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}

const (
	numLabels = 7
	// rowWidth pads a feature's label weights to 8 so a row never straddles
	// two cache lines.
	rowWidth = 8
)

var classOfLabel = [numLabels]string{"", "PER", "PER", "LOC", "LOC", "ORG", "ORG"}

func labelIsB(l uint8) bool { return l != 0 && l%2 == 1 }
func labelClass(l uint8) uint8 {
	if l == 0 {
		return 0
	}
	return (l + 1) / 2 // 1 PER, 2 LOC, 3 ORG
}

// allowed reports whether label l may follow label prev under BIO: an I-X
// tag must continue an X span.
func allowed(prev, l uint8) bool {
	if l == 0 || labelIsB(l) {
		return true
	}
	return prev != 0 && labelClass(prev) == labelClass(l)
}

// Feature templates. Their numbers are part of the model file: append new
// ones, never renumber.
const (
	fBias uint64 = iota + 1
	fWord
	fLower
	fShape
	fPre2
	fPre3
	fSuf2
	fSuf3
	fSuf4
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fShapeM1
	fShapeP1
	fShape3
	fPrevTag
	fPrevTags2
	fPrevTagLower
	fPrevTagShape
	fBigramM1
	fBigramP1
	fGaz
	fGazShape
	fGazM1
	fGazP1
	fInitShape
	fDocCapMid
	fDocPrevLabel
	fHyphenFirst
	fHyphenLast
	fLenShape
	fLowerM1Shape
	fDocLowerSeen
	fShapeP1Lower
	fGazM1Shape
	fShapeM2
	fShapeP2
	fPrevTagLowerM1
	fPrevTagLowerP1
	fGazSpanM1
	fGazSpanP1
	fRunFirst
	fRunLast
	fRunPos
	fRunLastPos
	fSuf3P1
	fTrigramP
	fRunPrev
	fClassFine
	fClassCoarse
	fClassCoarseShape
	fClassFineM1
	fClassFineP1
)

// tokInfo is what the tagger computes once per token; neighbours reuse it.
type tokInfo struct {
	word, lower, shape         uint64
	pre2, pre3, suf2, suf3     uint64
	suf4, hypFirst, hypLast    uint64
	length                     uint64
	gaz                        uint64 // gazetteer kinds of the single token
	gazSpan                    uint64 // kinds and B/I position of the longest list match covering the token
	capital, initial, hasAlpha bool
	// The capitalised run the token is in: "Ministry of Foreign Affairs"
	// is one run (connectors between capitals included). runFirst and
	// runLast are the lower-case hashes of its first and last words, runPos
	// the token's position (1 first, 2 inside, 3 last, 4 alone) and runLen
	// its length bucket; zero outside a run.
	runFirst, runLast, runPrev uint64
	runPos, runLen             uint64
	// The word's classes (see classes.go), coarse and fine, plus one; zero
	// for a word outside the class list.
	coarse, fine uint64
}

const (
	hashSeed  = 14695981039346656037
	hashPrime = 1099511628211
)

func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

func hashRunes(rs []rune) uint64 {
	h := uint64(hashSeed)
	for _, r := range rs {
		h ^= uint64(r)
		h *= hashPrime
	}
	return h
}

// scratch holds per-call buffers so that tagging does not allocate per
// token.
type scratch struct {
	runes []rune
	info  []tokInfo
	feats []uint64
	doc   map[uint64]uint8 // lower-case word hash -> docCap/docLower flags
	label map[uint64]uint8 // word hash -> class the document last gave it
	beam  beam
}

const (
	docCapMid uint8 = 1 << iota
	docLower
)

func newScratch() *scratch {
	return &scratch{
		runes: make([]rune, 0, 64),
		feats: make([]uint64, 0, 64),
		doc:   make(map[uint64]uint8, 256),
		label: make(map[uint64]uint8, 64),
	}
}

// analyze fills s.info for one sentence.
func (s *scratch) analyze(toks []string) {
	if cap(s.info) < len(toks) {
		s.info = make([]tokInfo, len(toks)+16)
	}
	s.info = s.info[:len(toks)]
	for i, t := range toks {
		s.info[i] = s.token(t, i == 0)
	}
	s.markGazetteerSpans()
	s.markRuns(toks)
}

// connectors may sit inside a capitalised name: "Bank of England",
// "Bosnia and Herzegovina", "Organisation for Economic Co-operation".
func isConnector(t string) bool {
	switch t {
	case "of", "for", "and", "de", "the", "on", "al", "&", "-":
		return true
	}
	return false
}

// markRuns finds runs of capitalised tokens (with connectors inside) and
// records each token's run context. The last word of a run is the
// strongest cue to its class: "Party", "Council" and "Ministry" end
// organisations, "Province" and "River" places.
func (s *scratch) markRuns(toks []string) {
	info := s.info
	for i := 0; i < len(info); {
		if !info[i].capital || !info[i].hasAlpha {
			i++
			continue
		}
		j := i + 1
		for j < len(info) {
			if info[j].capital && info[j].hasAlpha {
				j++
				continue
			}
			if isConnector(toks[j]) && j+1 < len(info) && info[j+1].capital && info[j+1].hasAlpha {
				j += 2
				continue
			}
			break
		}
		n := j - i
		ln := uint64(min(n, 5))
		prev := uint64(3)
		if i > 0 {
			prev = info[i-1].lower
		}
		for k := i; k < j; k++ {
			t := &info[k]
			t.runFirst, t.runLast, t.runLen, t.runPrev = info[i].lower, info[j-1].lower, ln, prev
			switch {
			case n == 1:
				t.runPos = 4
			case k == i:
				t.runPos = 1
			case k == j-1:
				t.runPos = 3
			default:
				t.runPos = 2
			}
		}
		i = j
	}
}

// shapeClass maps a rune to its shape character.
func shapeClass(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= '0' && r <= '9':
		return 'd'
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case r == '’' || r == '‘':
		return '\''
	case r == '“' || r == '”':
		return '"'
	}
	return r
}

func (s *scratch) token(t string, initial bool) tokInfo {
	var ti tokInfo
	ti.initial = initial
	rs := s.runes[:0]
	word := uint64(hashSeed)
	shape := uint64(hashSeed)
	var lastShape rune = -1
	hyphen := -1
	small, capitals := false, 0
	for i, r := range t {
		word ^= uint64(r)
		word *= hashPrime
		if i == 0 {
			ti.capital = unicode.IsUpper(r)
		}
		if unicode.IsLetter(r) {
			ti.hasAlpha = true
		}
		sc := shapeClass(r)
		small = small || sc == 'x'
		if sc == 'X' {
			capitals++
		}
		if sc != lastShape {
			shape ^= uint64(sc)
			shape *= hashPrime
			lastShape = sc
		}
		lr := foldRune(r)
		if lr == '-' && hyphen < 0 && len(rs) > 0 {
			hyphen = len(rs)
		}
		rs = append(rs, lr)
	}
	s.runes = rs
	n := len(rs)
	ti.word = word
	ti.lower = hashRunes(rs)
	ti.shape = shape
	ti.pre2 = hashRunes(rs[:min(2, n)])
	ti.pre3 = hashRunes(rs[:min(3, n)])
	ti.suf2 = hashRunes(rs[max(0, n-2):])
	ti.suf3 = hashRunes(rs[max(0, n-3):])
	ti.suf4 = hashRunes(rs[max(0, n-4):])
	switch {
	case n <= 2:
		ti.length = uint64(n)
	case n <= 4:
		ti.length = 3
	case n <= 8:
		ti.length = 4
	default:
		ti.length = 5
	}
	if hyphen > 0 && hyphen < n-1 {
		ti.hypFirst = hashRunes(rs[:hyphen])
		last := n - 1
		for last > 0 && rs[last-1] != '-' {
			last--
		}
		ti.hypLast = hashRunes(rs[last:])
	}
	ti.gaz = uint64(gazetteerKinds(ti.lower))
	if n <= 3 && small && capitals <= 1 {
		// A short word written in small letters is not the acronym it
		// spells: "Un" in "Kim Jong Un" is not the UN, nor "Us" the US;
		// "AfD" is still the AfD.
		ti.gaz &= uint64(gazetteer.Title | gazetteer.Demonym)
	}
	ti.coarse, ti.fine = wordClasses(ti.lower)
	return ti
}

// markGazetteerSpans finds the longest gazetteer match starting at each
// token (greedy left to right) and records B/I position and kinds.
func (s *scratch) markGazetteerSpans() {
	info := s.info
	maxW := gazMaxWords()
	for i := 0; i < len(info); {
		best, bestKind := 0, uint64(0)
		h := uint64(0)
		for j := i; j < len(info) && j-i < maxW; j++ {
			h = phraseStep(h, info[j].lower)
			if k := gazPhrase(h); k != 0 {
				best, bestKind = j-i+1, uint64(k)
			}
		}
		if best == 1 {
			bestKind = info[i].gaz // the word's own kinds, see token
		}
		if bestKind == 0 {
			i++
			continue
		}
		for j := i; j < i+best; j++ {
			pos := uint64(2) // inside
			if j == i {
				pos = 1
			}
			if best == 1 {
				pos = 3 // single-token match
			}
			info[j].gazSpan = bestKind<<2 | pos
		}
		i += best
	}
}

// features returns the hashed features of token i given the two previous
// labels: the static ones (which do not depend on the labels) followed by
// the label-history ones.
func (s *scratch) features(i int, prev, prev2 uint8) []uint64 {
	f := s.staticFeatures(i)
	s.feats = s.historyFeatures(f, i, prev, prev2)
	return s.feats
}

// historyFeatures appends to f the features of token i that depend on the
// two previous labels.
func (s *scratch) historyFeatures(f []uint64, i int, prev, prev2 uint8) []uint64 {
	info := s.info
	t := &info[i]
	lm1, lp1 := uint64(2), uint64(1) // the sentence-start and -end markers of staticFeatures
	if i > 0 {
		lm1 = info[i-1].lower
	}
	if i+1 < len(info) {
		lp1 = info[i+1].lower
	}
	pt, pt2 := uint64(prev), uint64(prev2)
	add := func(tmpl, a, b uint64) {
		f = append(f, mix(tmpl*0x9E3779B97F4A7C15^a^mix(b+tmpl)))
	}
	add(fPrevTag, pt, 0)
	add(fPrevTags2, pt, pt2)
	add(fPrevTagLower, t.lower, pt)
	add(fPrevTagShape, t.shape, pt)
	add(fPrevTagLowerM1, lm1, pt)
	add(fPrevTagLowerP1, lp1, pt)
	return f
}

// staticFeatures puts the hashed features of token i that do not depend
// on labels into s.feats.
func (s *scratch) staticFeatures(i int) []uint64 {
	info := s.info
	t := &info[i]
	var none tokInfo
	none.lower, none.shape, none.word = 1, 1, 1
	m1, p1, m2, p2 := &none, &none, &none, &none
	var bos tokInfo
	bos.lower, bos.shape = 2, 2
	if i > 0 {
		m1 = &info[i-1]
	} else {
		m1 = &bos
	}
	if i > 1 {
		m2 = &info[i-2]
	}
	if i+1 < len(info) {
		p1 = &info[i+1]
	}
	if i+2 < len(info) {
		p2 = &info[i+2]
	}
	f := s.feats[:0]
	add := func(tmpl, a, b uint64) {
		f = append(f, mix(tmpl*0x9E3779B97F4A7C15^a^mix(b+tmpl)))
	}
	add(fBias, 0, 0)
	add(fWord, t.word, 0)
	add(fLower, t.lower, 0)
	add(fShape, t.shape, 0)
	add(fPre2, t.pre2, 0)
	add(fPre3, t.pre3, 0)
	add(fSuf2, t.suf2, 0)
	add(fSuf3, t.suf3, 0)
	add(fSuf4, t.suf4, 0)
	add(fLowerM1, m1.lower, 0)
	add(fLowerP1, p1.lower, 0)
	add(fLowerM2, m2.lower, 0)
	add(fLowerP2, p2.lower, 0)
	add(fShapeM1, m1.shape, 0)
	add(fShapeP1, p1.shape, 0)
	add(fShape3, m1.shape*31+t.shape, p1.shape)
	add(fBigramM1, m1.lower, t.lower)
	add(fBigramP1, t.lower, p1.lower)
	add(fLenShape, t.length, t.shape)
	add(fLowerM1Shape, m1.lower, t.shape)
	add(fShapeP1Lower, t.shape, p1.lower)
	if t.gazSpan != 0 {
		add(fGaz, t.gazSpan, 0)
		add(fGazShape, t.gazSpan, t.shape)
	}
	if t.gaz != 0 {
		add(fGaz, t.gaz, 99)
	}
	if m1.gaz != 0 {
		add(fGazM1, m1.gaz, 0)
		add(fGazM1Shape, m1.gaz, t.shape)
	}
	if p1.gaz != 0 {
		add(fGazP1, p1.gaz, 0)
	}
	if t.initial {
		add(fInitShape, t.shape, 0)
	}
	if t.capital {
		flags := s.doc[t.lower]
		add(fDocCapMid, uint64(flags), boolU(t.initial))
		if l, ok := s.label[t.word]; ok {
			add(fDocPrevLabel, uint64(l), 0)
		}
	} else if t.hasAlpha {
		add(fDocLowerSeen, uint64(s.doc[t.lower]), 0)
	}
	add(fShapeM2, m2.shape, 0)
	add(fShapeP2, p2.shape, 0)
	add(fSuf3P1, p1.suf3, 0)
	add(fTrigramP, t.lower*31+p1.lower, p2.lower)
	if m1.gazSpan != 0 {
		add(fGazSpanM1, m1.gazSpan, 0)
	}
	if p1.gazSpan != 0 {
		add(fGazSpanP1, p1.gazSpan, 0)
	}
	if t.runPos != 0 {
		add(fRunFirst, t.runFirst, t.runPos)
		add(fRunLast, t.runLast, t.runPos)
		add(fRunPos, t.runPos, t.runLen)
		add(fRunLastPos, t.runLast, 0)
		add(fRunPrev, t.runPrev, t.runPos)
	}
	if t.hypFirst != 0 {
		add(fHyphenFirst, t.hypFirst, 0)
		add(fHyphenLast, t.hypLast, 0)
	}
	add(fClassFine, t.fine, 0)
	add(fClassCoarse, t.coarse, 0)
	add(fClassCoarseShape, t.coarse, t.shape)
	add(fClassFineM1, m1.fine, 0)
	add(fClassFineP1, p1.fine, 0)
	s.feats = f
	return f
}

func boolU(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// prepareDoc records document-level evidence: which words appear
// capitalised away from the sentence start, and which appear lower-case.
// A sentence-initial "Police" that appears as "police" elsewhere is
// probably not a name; "Pokrovsk" capitalised mid-sentence elsewhere is.
func (s *scratch) prepareDoc(doc [][]string) {
	clear(s.doc)
	clear(s.label)
	for _, sent := range doc {
		for i, t := range sent {
			r, _ := utf8.DecodeRuneInString(t)
			if r == utf8.RuneError {
				continue
			}
			h := hashLower(&s.runes, t)
			switch {
			case unicode.IsUpper(r) && i > 0 && !isAfterQuoteOrColon(sent, i):
				s.doc[h] |= docCapMid
			case unicode.IsLower(r):
				s.doc[h] |= docLower
			}
		}
	}
}

func isAfterQuoteOrColon(sent []string, i int) bool {
	switch sent[i-1] {
	case "\"", "“", "'", ":", "(", "-", "--", "—":
		return true
	}
	return false
}

// foldRune lower-cases r and makes curly quotes straight, so that
// "Kyiv’s" and "Kyiv's" hash alike.
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case '’', '‘':
		return '\''
	case '“', '”':
		return '"'
	}
	return r
}

// hashLower hashes the lower-cased token the same way token() does.
func hashLower(buf *[]rune, t string) uint64 {
	rs := (*buf)[:0]
	for _, r := range t {
		lr := foldRune(r)
		rs = append(rs, lr)
	}
	*buf = rs
	return hashRunes(rs)
}

// Gazetteer, hashed so per-token lookups need no strings.
var (
	gazWords   map[uint64]gazetteer.Kind // single tokens
	gazPhrases map[uint64]gazetteer.Kind // token sequences
	gazMax     int
)

func phraseStep(h, tok uint64) uint64 { return mix(h*31 + tok) }

func gazetteerKinds(lower uint64) gazetteer.Kind { return gazWords[lower] }
func gazPhrase(h uint64) gazetteer.Kind          { return gazPhrases[h] }
func gazMaxWords() int                           { return gazMax }

func init() {
	gazWords = map[uint64]gazetteer.Kind{}
	gazPhrases = map[uint64]gazetteer.Kind{}
	var buf []rune
	gazetteer.Each(func(name string, k gazetteer.Kind) {
		words := splitSpaces(name)
		h := uint64(0)
		for _, w := range words {
			h = phraseStep(h, hashLower(&buf, w))
		}
		gazPhrases[h] |= k
		if len(words) == 1 {
			gazWords[hashLower(&buf, words[0])] |= k
		}
		gazMax = max(gazMax, len(words))
	})
}

func splitSpaces(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
