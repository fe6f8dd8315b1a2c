package ner

import (
	"math"
	"math/rand/v2"
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
func Train(docs []Example, cfg TrainConfig) *Model {
	bits := cfg.Bits
	if bits == 0 {
		bits = 20
	}
	n := 1 << bits
	mask := uint64(n - 1)
	w := make([]float32, n*rowWidth)
	wa := make([]float64, n*rowWidth) // sum of c*update, for averaging
	c := 1.0
	gold := make([][][]uint8, len(docs))
	for i, d := range docs {
		gold[i] = make([][]uint8, len(d.Sentences))
		for j, sent := range d.Sentences {
			gold[i][j] = labelsOf(len(sent), d.Spans[j])
		}
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	s := newScratch()
	width := cfg.Beam
	if width == 0 {
		width = beamWidth
	}
	var pred []uint8
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			d := docs[di]
			s.prepareDoc(d.Sentences)
			for si, sent := range d.Sentences {
				if len(sent) == 0 {
					continue
				}
				s.analyze(sent)
				g := gold[di][si]
				pred = append(pred[:0], make([]uint8, len(sent))...)
				stop := search(&s.beam, s, weightsOf[float32]{w: w, mask: mask}, width, g, pred)
				end := len(sent)
				if stop >= 0 {
					end = stop + 1 // early update: the prefix where gold fell off the beam
				}
				if !equal(pred[:end], g[:end]) {
					update(s, w, wa, mask, g[:end], c, 1)
					update(s, w, wa, mask, pred[:end], c, -1)
				}
				c += float64(len(sent))
				for i := 0; i < end; i++ {
					rememberLabel(s, i, pred[i])
				}
			}
		}
		if cfg.AfterEpoch != nil || epoch == cfg.Epochs {
			m := averaged(w, wa, c, bits)
			if cfg.AfterEpoch != nil {
				cfg.AfterEpoch(epoch, m)
			}
			if epoch == cfg.Epochs {
				return m
			}
		}
	}
	return averaged(w, wa, c, bits)
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

// averaged quantises the averaged weights to int16.
func averaged(w []float32, wa []float64, c float64, bits uint) *Model {
	avg := make([]float32, len(w))
	maxAbs := float32(0)
	for i := range w {
		a := float32(float64(w[i]) - wa[i]/c)
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
	q := make([]int16, len(w))
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
