package graph

import (
	"encoding/base64"
	"encoding/binary"
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
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
// memory holds ids, sizes and dates, and a few band columns at a time.
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
//
// A link also needs the two articles published at most sameStoryMaxDays
// apart (an undated article may link to any): a story is retold within days,
// and the rule is what lets a load link its articles to the stored ones
// without reading them all, only those of the run's dates and the undated
// ones. Every decision is about one pair alone (two signatures, two sizes,
// two dates), so the links of a set of articles do not depend on how it is
// split into runs: that is what makes loading A then B give A+B.
//
// Across runs the signatures come from the stored Article nodes: each
// carries its own as `minhash` (see encodeMinhash) and its shingle count
// as `shingles`, so a later run compares its articles with stored ones
// without their text. A load writes them once the article's links are made
// (Loader.Finish), so a stored article without `minhash` is one whose links
// are not made yet.

const (
	sigSize             = 256 // MinHash positions; the estimate's error is about sqrt(J(1-J)/sigSize)
	bands               = 64  // the first positions, one LSH band each
	sameStoryMinJaccard = 0.03
	sameStoryMinShared  = 25
	sameStoryMaxDays    = 7 // days between the publication dates of two linked articles, at most

	// Article node properties that carry the signature.
	propMinhash  = "minhash"
	propShingles = "shingles"
)

// undated is the day of an article with no publication date.
const undated = math.MinInt32

// storyIndex collects what SAME_STORY needs: for each article an entry
// with its id, shingle count, day and signature. The articles of a run come
// first; then, for a load, the stored articles they may link to
// (addStored), which are only compared with the run's.
type storyIndex struct {
	ids   []string
	sizes []int32 // shingle count of each entry; 0: too short to link; dead: replaced
	days  []int32 // publication day (days since 1970-01-01), or undated
	sigs  sigFile
	run   int  // entries [0, run) are the run's
	more  bool // stored entries follow the run's
}

// dead marks an entry that a later version of its article replaced.
const dead = -1

// add appends an entry for a, an article of the run, and returns its
// index.
func (s *storyIndex) add(a article.Article) int {
	if s.more {
		panic("newsgraph: a run's article added after the stored ones")
	}
	sh := shingles(a.Text)
	var sig []uint32
	if len(sh) > 0 {
		sig = signature(sh)
	}
	s.append(a.ID, a.Published, len(sh), sig)
	s.run = len(s.ids)
	return len(s.ids) - 1
}

// addStored appends a stored article's entry, from its node's properties.
// Stored articles compare with the run's, not with each other: their
// links were made when the later of two was loaded.
func (s *storyIndex) addStored(id, published string, size int, sig []uint32) {
	s.more = true
	s.append(id, published, size, sig)
}

func (s *storyIndex) append(id, published string, size int, sig []uint32) {
	if sig == nil {
		sig, size = make([]uint32, sigSize), 0
	}
	s.ids = append(s.ids, id)
	s.sizes = append(s.sizes, int32(size))
	s.days = append(s.days, dayOf(published))
	s.sigs.append(sig)
}

// kill takes entry i out: a later version of its article replaced it.
func (s *storyIndex) kill(i int) { s.sizes[i] = dead }

// isStored reports whether entry i is a stored article's.
func (s *storyIndex) isStored(i int) bool { return i >= s.run }

// close releases the signatures; the index is empty afterwards.
func (s *storyIndex) close() {
	s.sigs.close()
	*s = storyIndex{}
}

// dayOf is a YYYY-MM-DD date as days since 1970-01-01, or undated.
func dayOf(published string) int32 {
	if published == "" {
		return undated
	}
	t, err := time.Parse(time.DateOnly, published)
	if err != nil {
		return undated
	}
	return int32(t.Unix() / 86400)
}

// dateOf is dayOf read backwards.
func dateOf(day int32) string {
	return time.Unix(int64(day)*86400, 0).UTC().Format(time.DateOnly)
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
// function, the smallest value over the set, kept to 32 bits in the band
// positions and to its low 16 bits in the others (b-bit MinHash). A band
// position is a bucket key, where fewer bits would put unrelated articles
// in one bucket (100k articles would share each 16-bit value by chance);
// the other positions are only ever compared for equality, and two
// different minima agree in 16 bits once in 65,536 positions, which moves
// no estimate. So a stored signature takes 640 bytes, not 1,024.
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
	for i := bands; i < sigSize; i++ {
		sig[i] &= 0xffff
	}
	return sig
}

// minhashBytes is the size of an encoded signature: 32 bits a band
// position, 16 bits each other one.
const minhashBytes = 4*bands + 2*(sigSize-bands)

// encodeMinhash is the `minhash` property of an article: its signature,
// the band positions as 32-bit and the others as 16-bit little-endian
// integers, in base64 (standard alphabet, no padding): 854 characters. An
// article too short to have a 3-gram has "".
func encodeMinhash(sig []uint32, size int) string {
	if size <= 0 {
		return ""
	}
	b := make([]byte, 0, minhashBytes)
	for i, v := range sig {
		if i < bands {
			b = binary.LittleEndian.AppendUint32(b, v)
		} else {
			b = binary.LittleEndian.AppendUint16(b, uint16(v))
		}
	}
	return base64.RawStdEncoding.EncodeToString(b)
}

// decodeMinhash reads a `minhash` property back; false when it is empty
// or not one.
func decodeMinhash(s string) ([]uint32, bool) {
	b, err := base64.RawStdEncoding.DecodeString(s)
	if err != nil || len(b) != minhashBytes {
		return nil, false
	}
	sig := make([]uint32, sigSize)
	for i := range sig {
		if i < bands {
			sig[i] = binary.LittleEndian.Uint32(b[4*i:])
		} else {
			sig[i] = uint32(binary.LittleEndian.Uint16(b[4*bands+2*(i-bands):]))
		}
	}
	return sig, true
}

// storyProps returns a copy of an Article node's properties with entry i's
// signature and shingle count set.
func (s *storyIndex) storyProps(props map[string]any, i int, buf []uint32) map[string]any {
	out := make(map[string]any, len(props)+2)
	for k, v := range props {
		out[k] = v
	}
	size := max(int(s.sizes[i]), 0)
	out[propMinhash] = encodeMinhash(s.sigs.get(i, buf), size)
	out[propShingles] = size
	return out
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
// first error. It compares the run's articles with each other and with
// the stored ones, never two stored ones.
func (s *storyIndex) eachPair(fn func(sameStory) error) error {
	var live []int32 // the entries that can link
	for i, size := range s.sizes {
		if size > 0 {
			live = append(live, int32(i))
		}
	}
	n := len(live)
	order := make([]int32, n)
	var group []uint32 // the signatures of one bucket, read once
	const perPass = 16 // band columns read from the signature file at once
	for from := 0; from < bands; from += perPass {
		cols := s.sigs.columns(from, min(from+perPass, bands))
		for c, col := range cols {
			band := from + c
			copy(order, live)
			// By value, the run's entries first within a bucket.
			slices.SortFunc(order, func(x, y int32) int {
				if col[x] != col[y] {
					if col[x] < col[y] {
						return -1
					}
					return 1
				}
				return boolInt(s.isStored(int(x))) - boolInt(s.isStored(int(y)))
			})
			for lo := 0; lo < n; {
				hi := lo + 1
				for hi < n && col[order[hi]] == col[order[lo]] {
					hi++
				}
				runs := lo // the run's entries of the bucket end at runs
				for runs < hi && !s.isStored(int(order[runs])) {
					runs++
				}
				if hi-lo < 2 || runs == lo {
					lo = hi
					continue
				}
				group = slices.Grow(group[:0], (hi-lo)*sigSize)[:(hi-lo)*sigSize]
				for x := lo; x < hi; x++ {
					sig := group[(x-lo)*sigSize : (x-lo+1)*sigSize]
					copy(sig, s.sigs.get(int(order[x]), sig))
				}
				for x := lo; x < runs; x++ {
					for y := x + 1; y < hi; y++ {
						a, b := int(order[x]), int(order[y])
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

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// compare decides one candidate pair, articles a and b with signatures sa
// and sb. A pair that meets in several bands is decided once, in the first
// band where it meets.
func (s *storyIndex) compare(a, b int, sa, sb []uint32, band int) (sameStory, bool) {
	if !withinDays(s.days[a], s.days[b]) {
		return sameStory{}, false
	}
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

// withinDays is the date rule: two articles may link when at most
// sameStoryMaxDays apart, or when either is undated.
func withinDays(a, b int32) bool {
	if a == undated || b == undated {
		return true
	}
	d := int64(a) - int64(b)
	return -sameStoryMaxDays <= d && d <= sameStoryMaxDays
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

// lastOfEach keeps, of the run's entries that share an id, the last (the
// version of the article that stayed) and kills the others. It returns the
// run's live entries sorted by id, for inRun.
func (s *storyIndex) lastOfEach() []int32 {
	idx := make([]int32, 0, s.run)
	for i := 0; i < s.run; i++ {
		if s.sizes[i] != dead {
			idx = append(idx, int32(i))
		}
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return strings.Compare(s.ids[a], s.ids[b]) })
	out := idx[:0]
	for k, i := range idx {
		if k+1 < len(idx) && s.ids[idx[k+1]] == s.ids[i] {
			s.kill(int(i))
			continue
		}
		out = append(out, i)
	}
	return out
}

// inRun reports whether id is among the entries byID (from lastOfEach).
func (s *storyIndex) inRun(byID []int32, id string) bool {
	k := sort.Search(len(byID), func(k int) bool { return s.ids[byID[k]] >= id })
	return k < len(byID) && s.ids[byID[k]] == id
}

// window is the publication dates a stored article needs, for the date
// rule, to possibly link to one of the run's entries: from sameStoryMaxDays
// before the first to as many after the last. all is set when an entry
// that can link is undated: then every date may. ok is false when no entry
// can link.
func (s *storyIndex) window() (since, until string, all, ok bool) {
	first, last := int32(math.MaxInt32), int32(math.MinInt32+1)
	for i := 0; i < s.run; i++ {
		if s.sizes[i] <= 0 {
			continue
		}
		ok = true
		d := s.days[i]
		if d == undated {
			all = true
			continue
		}
		first, last = min(first, d), max(last, d)
	}
	if !ok || first > last {
		return "", "", all, ok
	}
	return dateOf(first - sameStoryMaxDays), dateOf(last + sameStoryMaxDays), all, ok
}
