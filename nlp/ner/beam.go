package ner

// Beam search over label sequences. The tagger's features look two labels
// back, so a hypothesis's future depends only on its last two labels:
// hypotheses that agree on them are merged, keeping the better one (as
// Viterbi would), and the beam keeps the best beamWidth of what is left.
// Greedy decoding, which the tagger used before, is a beam of one; a
// wider beam lets a later word ("Party" in "Kadima Party") overturn an
// early choice. The width was chosen by cross-validation on the training
// part (pooled micro F1, GMB and re3d train: greedy 0.825; beam 2 0.846,
// 3 0.848, 4 0.849, 6 0.847, 8 0.846).

// beamWidth is the number of hypotheses kept per token when tagging.
const beamWidth = 4

type hyp struct {
	score       float32
	prev, prev2 uint8 // labels of this token and the one before
	parent      int32 // index in the previous layer, -1 at the start
	gold        bool  // every label so far is the gold label
}

// beam holds the layers of one sentence's search, reused across calls.
type beam struct {
	layers [][]hyp
	cands  []hyp
}

// weightsOf is what beam search needs from a weight table.
type weightsOf[W int16 | float32] struct {
	w    []W
	mask uint64
}

func (t weightsOf[W]) add(sc *[rowWidth]float32, feats []uint64) {
	for _, f := range feats {
		row := t.w[(f&t.mask)*rowWidth:][:rowWidth]
		for k := range numLabels {
			sc[k] += float32(row[k])
		}
	}
}

// search decodes sentence s.info with beam width k. With gold set, it
// stops at the first token where no hypothesis agrees with gold so far
// and returns that token's index (an early update point), else -1. The
// best sequence (up to the stop) is written into out.
func search[W int16 | float32](b *beam, s *scratch, t weightsOf[W], k int, gold []uint8, out []uint8) (stop int) {
	n := len(s.info)
	for len(b.layers) < n {
		b.layers = append(b.layers, make([]hyp, 0, k))
	}
	prevLayer := []hyp{{parent: -1, gold: gold != nil}}
	stop = -1
	last := -1
	for i := 0; i < n; i++ {
		var st [rowWidth]float32
		t.add(&st, s.staticFeatures(i))
		b.cands = b.cands[:0]
		for j, h := range prevLayer {
			var dy [rowWidth]float32
			t.add(&dy, s.historyFeatures(s.feats[:0], i, h.prev, h.prev2))
			for l := uint8(0); l < numLabels; l++ {
				if !allowed(h.prev, l) {
					continue
				}
				c := hyp{score: h.score + st[l] + dy[l], prev: l, prev2: h.prev, parent: int32(j), gold: h.gold && gold != nil && gold[i] == l}
				b.cands = appendBest(b.cands, c)
			}
		}
		layer := topK(b.layers[i][:0], b.cands, k)
		b.layers[i] = layer
		last = i
		if gold != nil {
			anyGold := false
			for _, h := range layer {
				anyGold = anyGold || h.gold
			}
			if !anyGold {
				stop = i
				break
			}
		}
		prevLayer = layer
	}
	if last < 0 {
		return stop
	}
	// Backtrack from the best hypothesis of the last layer searched.
	best := 0
	for j, h := range b.layers[last] {
		if h.score > b.layers[last][best].score {
			best = j
		}
	}
	for i := last; i >= 0; i-- {
		h := b.layers[i][best]
		out[i] = h.prev
		best = int(h.parent)
	}
	return stop
}

// appendBest adds c to cands unless a hypothesis with the same last two
// labels is there already, in which case the better of the two stays.
func appendBest(cands []hyp, c hyp) []hyp {
	for i := range cands {
		if cands[i].prev == c.prev && cands[i].prev2 == c.prev2 {
			if c.score > cands[i].score || c.score == cands[i].score && c.gold {
				cands[i] = c
			}
			return cands
		}
	}
	return append(cands, c)
}

// topK copies the k best of cands into dst, best first. Ties keep the
// earlier candidate, so decoding is deterministic.
func topK(dst, cands []hyp, k int) []hyp {
	for len(dst) < k && len(cands) > 0 {
		best := 0
		for j := 1; j < len(cands); j++ {
			if cands[j].score > cands[best].score {
				best = j
			}
		}
		dst = append(dst, cands[best])
		cands[best] = cands[len(cands)-1]
		cands = cands[:len(cands)-1]
	}
	return dst
}
