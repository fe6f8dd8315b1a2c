package graph

import (
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/article"
)

// Several outlets carry one story: a wire report copied, edited or retold.
// Such articles are linked (:Article)-[:SAME_STORY {similarity}]->(:Article).
//
// Each article becomes a set of shingles, its word 3-grams, summarised by a
// MinHash signature: the share of equal positions in two signatures
// estimates the Jaccard similarity of the two sets. Candidate pairs come from
// LSH banding, one band per signature position, bucketed by value, and only
// pairs that share a bucket are compared, so the work follows the near
// duplicates, not all pairs. Signatures go to a temporary file (story_sigs.go);
// memory holds ids and sizes, and a few band columns at a time.
//
// A retelling shares far fewer 3-grams than a copy: the two test articles,
// one a rewrite of the other's wire report, have a Jaccard similarity near
// 0.07 but share some 40 3-grams (the quote they both carry), while short
// digest items built on one template ("Two people are killed in an American
// airstrike on a boat in the Pacific Ocean") reach 0.86 on a dozen. So a
// link needs both a Jaccard similarity of at least sameStoryMinJaccard and
// an estimated sameStoryMinShared shared 3-grams: a common passage, not a
// common phrasing. Over a year of digest items (5,474) no pair of different
// stories shares more than 21; the test articles are estimated at 32.

const (
	sigSize             = 256 // MinHash positions; the estimate's error is about sqrt(J(1-J)/sigSize)
	bands               = 64  // the first positions, one LSH band each
	sameStoryMinJaccard = 0.03
	sameStoryMinShared  = 25
)

// storyIndex collects what SAME_STORY needs while articles are added: the
// signatures, and the texts seen, to drop exact duplicates that came under
// different ids.
type storyIndex struct {
	ids   []string
	sizes []int32 // shingle count of each article
	sigs  sigFile
	texts map[textKey]struct{} // the texts seen, by sha256 and date
}

// textKey identifies a text as published on a day. The date is part of it
// because digests repeat a one-line item word for word on different days
// ("The Houthis launch a ballistic missile at Israel, which is intercepted.")
// and those are different reports.
type textKey struct{ sha, published string }

// add records a's text. It reports false when the same text, published the
// same day, came earlier under another id: then a is a duplicate, and the
// first one stays.
func (s *storyIndex) add(a article.Article) bool {
	if s.texts == nil {
		s.texts = map[textKey]struct{}{}
	}
	k := textKey{a.SHA256, a.Published}
	if a.SHA256 != "" {
		if _, dup := s.texts[k]; dup {
			return false
		}
		s.texts[k] = struct{}{}
	}
	sh := shingles(a.Text)
	if len(sh) == 0 {
		return true
	}
	s.ids = append(s.ids, a.ID)
	s.sizes = append(s.sizes, int32(len(sh)))
	s.sigs.append(signature(sh))
	return true
}

// close releases the signatures; the index is empty afterwards.
func (s *storyIndex) close() {
	s.sigs.close()
	*s = storyIndex{}
}

// shingles returns the hashes of the distinct word 3-grams of text, words
// lower-cased and stripped of punctuation, so quoting style and case do not
// matter.
func shingles(text string) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < 3 {
		return nil
	}
	seen := make(map[uint64]bool, len(words))
	out := make([]uint64, 0, len(words))
	h := fnv.New64a()
	for i := 0; i+3 <= len(words); i++ {
		h.Reset()
		h.Write([]byte(words[i]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+1]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+2]))
		x := h.Sum64()
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// seeds are the fixed salts of the MinHash functions: fixed, so the same
// input gives the same links on every run.
var seeds = func() [sigSize]uint64 {
	var s [sigSize]uint64
	x := uint64(0x6e657773677261ff) // "newsgra" and a byte
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

// mix is the splitmix64 finaliser, a fast hash of 64 bits to 64 bits.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// signature is the MinHash signature of a shingle set: for each salted hash
// function, the smallest value over the set, kept to 32 bits.
func signature(sh []uint64) []uint32 {
	sig := make([]uint32, sigSize)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	for _, x := range sh {
		for i, seed := range seeds {
			if v := uint32(mix(x^seed) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// sameStory is a pair of articles found to carry the same story.
type sameStory struct {
	start, end string // start < end
	similarity float64
}

// pairs finds the SAME_STORY links, one per unordered pair, sorted.
func (s *storyIndex) pairs() []sameStory {
	var out []sameStory
	s.eachPair(func(p sameStory) error {
		out = append(out, p)
		return nil
	})
	sort.Slice(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end < out[j].end
	})
	return out
}

// eachPair hands each SAME_STORY link to fn once, as it is found, so that
// a caller can write them out without holding them all; it stops at fn's
// first error.
func (s *storyIndex) eachPair(fn func(sameStory) error) error {
	n := len(s.ids)
	order := make([]int, n)
	var group []uint32 // the signatures of one bucket, read once
	const perPass = 16 // band columns read from the signature file at once
	for from := 0; from < bands; from += perPass {
		cols := s.sigs.columns(from, min(from+perPass, bands))
		for c, col := range cols {
			band := from + c
			for i := range order {
				order[i] = i
			}
			sort.Slice(order, func(x, y int) bool { return col[order[x]] < col[order[y]] })
			for lo := 0; lo < n; {
				hi := lo + 1
				for hi < n && col[order[hi]] == col[order[lo]] {
					hi++
				}
				if hi-lo > 1 {
					group = slices.Grow(group[:0], (hi-lo)*sigSize)[:(hi-lo)*sigSize]
					for x := lo; x < hi; x++ {
						sig := group[(x-lo)*sigSize : (x-lo+1)*sigSize]
						copy(sig, s.sigs.get(order[x], sig))
					}
				}
				for x := lo; x < hi; x++ {
					for y := x + 1; y < hi; y++ {
						a, b := order[x], order[y]
						sa, sb := group[(x-lo)*sigSize:(x-lo+1)*sigSize], group[(y-lo)*sigSize:(y-lo+1)*sigSize]
						p, ok := s.compare(a, b, sa, sb, band)
						if !ok {
							continue
						}
						if err := fn(p); err != nil {
							return err
						}
					}
				}
				lo = hi
			}
		}
	}
	return nil
}

// compare decides one candidate pair, articles a and b with signatures sa
// and sb. A pair that meets in several bands is decided once, in the first
// band where it meets.
func (s *storyIndex) compare(a, b int, sa, sb []uint32, band int) (sameStory, bool) {
	for i := 0; i < band; i++ {
		if sa[i] == sb[i] {
			return sameStory{}, false
		}
	}
	j, shared := s.estimate(a, b, sa, sb)
	if j < sameStoryMinJaccard || shared < sameStoryMinShared {
		return sameStory{}, false
	}
	p := sameStory{start: s.ids[a], end: s.ids[b], similarity: math.Round(j*1000) / 1000}
	if p.end < p.start {
		p.start, p.end = p.end, p.start
	}
	return p, true
}

// estimate returns the estimated Jaccard similarity of two articles'
// shingle sets and the number of shingles they share: with J = |A∩B|/|A∪B|
// and |A∪B| = |A|+|B|-|A∩B|, |A∩B| = J/(1+J)·(|A|+|B|).
func (s *storyIndex) estimate(a, b int, sa, sb []uint32) (j, shared float64) {
	eq := 0
	for i := range sa {
		if sa[i] == sb[i] {
			eq++
		}
	}
	j = float64(eq) / sigSize
	return j, j / (1 + j) * float64(s.sizes[a]+s.sizes[b])
}

// storyGraph adds the SAME_STORY relationships to g.
func (s *storyIndex) storyGraph(g *Graph) {
	for _, p := range s.pairs() {
		g.Relationships = append(g.Relationships, p.rel())
	}
}

func (p sameStory) rel() Relationship {
	return rel(RelSameStory, p.start, p.end, map[string]any{"similarity": p.similarity})
}
