package ner

import (
	"math"
	"math/rand/v2"
	"sync"
)

// Example is one training document: tokenised sentences and their gold
// spans (same indexing as Tag's output).
type Example struct {
	Sentences [][]string
	Spans     [][]Span
}

// TrainConfig controls training.
type TrainConfig struct {
	Epochs int
	Bits   uint   // log2 of the feature table size; 0 means 20
	Seed   uint64 // shuffling seed, for reproducible models
	// Beam is the beam width used in training; 0 means the tagging width.
	Beam int
	// Runs is the number of perceptrons trained, on different document
	// orders (seeds Seed, Seed+1, ...), and averaged; 0 means 1.
	Runs int
	// AfterEpoch, if set, is called with the averaged model after each
	// epoch, so one run yields a whole learning curve for choosing Epochs.
	AfterEpoch func(epoch int, m *Model)
}

// Train fits a structured averaged perceptron with beam search and early
// updates (Collins and Roark, 2004): when the gold sequence falls out of
// the beam, or the best sequence is wrong at the end, the weights move
// towards the gold prefix and away from the best one. It learns from its
// own predicted history (document label memory), which is what it will
// see when tagging.
//
// With Runs > 1 it trains that many perceptrons, each on its own document
// order, and averages their weights. The tagger's scores are linear in
// the weights, so the averaged model scores every sequence as the mean of
// the runs' scores (before int16 rounding), and ranks sequences as the
// ensemble would: an ensemble at the cost of one model.
func Train(docs []Example, cfg TrainConfig) *Model {
	bits := cfg.Bits
	if bits == 0 {
		bits = 20
	}
	gold := make([][][]uint8, len(docs))
	for i, d := range docs {
		gold[i] = make([][]uint8, len(d.Sentences))
		for j, sent := range d.Sentences {
			gold[i][j] = labelsOf(len(sent), d.Spans[j])
		}
	}
	width := cfg.Beam
	if width == 0 {
		width = beamWidth
	}
	runs := make([]*run, max(1, cfg.Runs))
	for k := range runs {
		runs[k] = newRun(len(docs), 1<<bits, cfg.Seed+uint64(k))
	}
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		var wg sync.WaitGroup
		for _, r := range runs {
			wg.Go(func() { r.epoch(docs, gold, uint64(1<<bits-1), width) })
		}
		wg.Wait()
		if cfg.AfterEpoch != nil || epoch == cfg.Epochs {
			m := averaged(runs, bits)
			if cfg.AfterEpoch != nil {
				cfg.AfterEpoch(epoch, m)
			}
			if epoch == cfg.Epochs {
				return m
			}
		}
	}
	return averaged(runs, bits)
}

// run is one perceptron's training state.
type run struct {
	w     []float32
	wa    []float64 // sum of c*update, for averaging
	c     float64
	order []int
	rng   *rand.Rand
	s     *scratch
	pred  []uint8
}

func newRun(docs, buckets int, seed uint64) *run {
	r := &run{
		w:     make([]float32, buckets*rowWidth),
		wa:    make([]float64, buckets*rowWidth),
		c:     1,
		order: make([]int, docs),
		rng:   rand.New(rand.NewPCG(seed, 0x5eed)),
		s:     newScratch(),
	}
	for i := range r.order {
		r.order[i] = i
	}
	return r
}

// epoch makes one pass over docs in a fresh random order.
func (r *run) epoch(docs []Example, gold [][][]uint8, mask uint64, width int) {
	s := r.s
	r.rng.Shuffle(len(r.order), func(i, j int) { r.order[i], r.order[j] = r.order[j], r.order[i] })
	for _, di := range r.order {
		d := docs[di]
		s.prepareDoc(d.Sentences)
		for si, sent := range d.Sentences {
			if len(sent) == 0 {
				continue
			}
			s.analyze(sent)
			g := gold[di][si]
			r.pred = append(r.pred[:0], make([]uint8, len(sent))...)
			pred := r.pred
			stop := search(&s.beam, s, weightsOf[float32]{w: r.w, mask: mask}, width, g, pred)
			end := len(sent)
			if stop >= 0 {
				end = stop + 1 // early update: the prefix where gold fell off the beam
			}
			if !equal(pred[:end], g[:end]) {
				update(s, r.w, r.wa, mask, g[:end], r.c, 1)
				update(s, r.w, r.wa, mask, pred[:end], r.c, -1)
			}
			r.c += float64(len(sent))
			for i := 0; i < end; i++ {
				rememberLabel(s, i, pred[i])
			}
		}
	}
}

// update adds sign to the weights of labels' features (each token given
// the labels before it), and sign*c to the averaging sums.
func update(s *scratch, w []float32, wa []float64, mask uint64, labels []uint8, c float64, sign float32) {
	var prev, prev2 uint8
	for i, l := range labels {
		for _, f := range s.features(i, prev, prev2) {
			b := (f&mask)*rowWidth + uint64(l)
			w[b] += sign
			wa[b] += float64(sign) * c
		}
		prev2, prev = prev, l
	}
}

func equal(a, b []uint8) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// averaged averages each run's averaged weights and quantises the mean
// to int16.
func averaged(runs []*run, bits uint) *Model {
	avg := make([]float32, len(runs[0].w))
	maxAbs := float32(0)
	for i := range avg {
		var sum float64
		for _, r := range runs {
			sum += float64(r.w[i]) - r.wa[i]/r.c
		}
		a := float32(sum / float64(len(runs)))
		avg[i] = a
		if a < 0 {
			a = -a
		}
		maxAbs = max(maxAbs, a)
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	q := make([]int16, len(avg))
	for i, a := range avg {
		q[i] = int16(math.Round(float64(a * scale)))
	}
	return &Model{bits: bits, weights: q, scale: scale}
}

// labelsOf turns spans into a BIO label sequence.
func labelsOf(n int, spans []Span) []uint8 {
	l := make([]uint8, n)
	for _, sp := range spans {
		var b uint8
		switch sp.Class {
		case "PER":
			b = 1
		case "LOC":
			b = 3
		case "ORG":
			b = 5
		default:
			continue
		}
		if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
			continue
		}
		l[sp.Start] = b
		for i := sp.Start + 1; i < sp.End; i++ {
			l[i] = b + 1
		}
	}
	return l
}
