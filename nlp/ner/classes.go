package ner

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// classesText is written by cmd/build-clusters: the 100,000 most frequent
// words of GloVe 6B (Wikipedia and Gigaword newswire) grouped by k-means
// over their vectors, coarse and fine. A class generalises from the names
// the training data has to those it lacks: carmakers (Chrysler, Ford,
// Renault) share one, news agencies (TASS, Kyodo, Yonhap) another. The
// class numbers are arbitrary, so the models must be retrained whenever
// the file is rebuilt.
//
//go:embed clusters.txt
var classesText string

// wordClasses returns the coarse and fine class of a lower-case word hash
// (as tokInfo.lower), each plus one; zeros for a word not in the list.
func wordClasses(lower uint64) (coarse, fine uint64) {
	c, ok := classes()[lower]
	if !ok {
		return 0, 0
	}
	return uint64(c>>16) + 1, uint64(c&0xffff) + 1
}

var classes = sync.OnceValue(func() map[uint64]uint32 {
	m := make(map[uint64]uint32, 100_000)
	var buf []rune
	for line := range strings.Lines(classesText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		word, rest, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			continue
		}
		a, b, ok := strings.Cut(rest, "\t")
		if !ok {
			continue
		}
		coarse, err1 := strconv.ParseUint(a, 10, 16)
		fine, err2 := strconv.ParseUint(b, 10, 16)
		if err1 != nil || err2 != nil {
			continue
		}
		m[hashLower(&buf, word)] = uint32(coarse)<<16 | uint32(fine)
	}
	return m
})
