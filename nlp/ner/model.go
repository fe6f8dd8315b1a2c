// Package ner finds person, place and organisation names in tokenised news
// text.
//
// It is an averaged-perceptron sequence tagger, decoded by beam search
// (beam.go), over hashed features computed from the tokens alone (word,
// shape, affixes, neighbours, previous tags, gazetteers and document-level
// evidence), so it needs no
// part-of-speech tagger and runs at several hundred thousand tokens per
// second. The model is trained by cmd/train-ner and embedded in the binary.
package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// Span is an entity over token indexes [Start, End) within one sentence.
type Span struct {
	Start, End int
	Class      string // "PER", "LOC" or "ORG"
}

// Model is a trained tagger. It is read-only after loading and safe for
// concurrent use.
type Model struct {
	bits    uint      // log2 of the number of feature buckets
	weights []int16   // bucket-major, rowWidth labels per bucket
	scale   float32   // weight = int16 / scale (kept for inspection)
	pool    sync.Pool // *scratch
}

//go:embed model.bin
var embedded []byte

// embeddedMentions is the mention model (see LoadMentions).
//
//go:embed mentions.bin
var embeddedMentions []byte

// Load returns the embedded names model, decoding it on first use. It is
// safe for concurrent use; the model is shared, so load it once and keep
// it.
var Load = embeddedModel("ner model", embedded)

// LoadMentions returns the embedded mention model, decoding it on first
// use: the same tagger trained on re3d's own spans (cmd/train-ner), which
// mark every mention of a person, place or organisation, named or not,
// with leading "the" and titles ("the United Nations", "President
// Obama"), descriptions ("the hospital lab") and pronouns ("he").
var LoadMentions = embeddedModel("mention model", embeddedMentions)

func embeddedModel(name string, data []byte) func() (*Model, error) {
	return sync.OnceValues(func() (*Model, error) {
		m, err := Decode(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("loading embedded %s: %w", name, err)
		}
		return m, nil
	})
}

func (m *Model) scratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return newScratch()
}

// Tag labels one document: sentences of token texts in, spans out (one
// slice per sentence). Passing the whole article rather than single
// sentences lets document-level evidence help: a name seen capitalised
// mid-sentence, or tagged earlier in the article, is recognised at a
// sentence start too.
func (m *Model) Tag(doc [][]string) [][]Span {
	s := m.scratch()
	defer m.pool.Put(s)
	s.prepareDoc(doc)
	out := make([][]Span, len(doc))
	var labels []uint8
	for si, sent := range doc {
		if len(sent) == 0 {
			continue
		}
		labels = m.tagSentence(s, sent, labels[:0])
		out[si] = spansOf(labels)
	}
	return out
}

// tagSentence decodes one sentence by beam search, then updates the
// document's label memory with the result.
func (m *Model) tagSentence(s *scratch, sent []string, labels []uint8) []uint8 {
	s.analyze(sent)
	labels = append(labels[:0], make([]uint8, len(sent))...)
	search(&s.beam, s, weightsOf[int16]{w: m.weights, mask: uint64(1)<<m.bits - 1}, beamWidth, nil, labels)
	for i, l := range labels {
		rememberLabel(s, i, l)
	}
	return labels
}

// rememberLabel records the class a capitalised word was given, for the
// document-level "label seen earlier" feature.
func rememberLabel(s *scratch, i int, l uint8) {
	t := &s.info[i]
	if !t.capital {
		return
	}
	s.label[t.word] = labelClass(l)
}

// spansOf turns a BIO label sequence into spans.
func spansOf(labels []uint8) []Span {
	var spans []Span
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) && !labelIsB(labels[j]) && labels[j] != 0 && labelClass(labels[j]) == labelClass(l) {
			j++
		}
		spans = append(spans, Span{Start: i, End: j, Class: classOfLabel[l]})
		i = j
	}
	return spans
}

// Model file format (gzip-compressed, little endian):
//
//	magic "NGNER1\n", bits uint8, scale float32,
//	then for each bucket a presence bit (packed bitmap of 2^bits bits),
//	then numLabels int16 weights for each present bucket.
//
// Storing only non-zero buckets keeps the file small: most of a hashed
// table is empty.
const magic = "NGNER1\n"

// Encode writes m in the model file format.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("encoding ner model: %w", err)
	}
	n := 1 << m.bits
	bitmap := make([]byte, (n+7)/8)
	var rows []int16
	for b := 0; b < n; b++ {
		row := m.weights[b*rowWidth : b*rowWidth+numLabels]
		nz := false
		for _, v := range row {
			if v != 0 {
				nz = true
				break
			}
		}
		if nz {
			bitmap[b/8] |= 1 << (b % 8)
			rows = append(rows, row...)
		}
	}
	// Write labels column-wise: similar values sit together and gzip
	// compresses them better.
	cols := make([]int16, 0, len(rows))
	for k := 0; k < numLabels; k++ {
		for r := k; r < len(rows); r += numLabels {
			cols = append(cols, rows[r])
		}
	}
	hdr := append([]byte(magic), byte(m.bits))
	hdr = binary.LittleEndian.AppendUint32(hdr, math.Float32bits(m.scale))
	for _, part := range [][]byte{hdr, bitmap} {
		if _, err := zw.Write(part); err != nil {
			return fmt.Errorf("encoding ner model: %w", err)
		}
	}
	if err := binary.Write(zw, binary.LittleEndian, cols); err != nil {
		return fmt.Errorf("encoding ner model weights: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("encoding ner model: %w", err)
	}
	return nil
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("decoding ner model: %w", err)
	}
	defer zr.Close()
	hdr := make([]byte, len(magic)+5)
	if _, err := io.ReadFull(zr, hdr); err != nil {
		return nil, fmt.Errorf("decoding ner model header: %w", err)
	}
	if string(hdr[:len(magic)]) != magic {
		return nil, errors.New("decoding ner model: bad magic")
	}
	bits := uint(hdr[len(magic)])
	if bits < 10 || bits > 26 {
		return nil, fmt.Errorf("decoding ner model: implausible table size 2^%d", bits)
	}
	m := &Model{bits: bits, scale: math.Float32frombits(binary.LittleEndian.Uint32(hdr[len(magic)+1:]))}
	n := 1 << bits
	bitmap := make([]byte, (n+7)/8)
	if _, err := io.ReadFull(zr, bitmap); err != nil {
		return nil, fmt.Errorf("decoding ner model bitmap: %w", err)
	}
	present := 0
	for _, b := range bitmap {
		for ; b != 0; b &= b - 1 {
			present++
		}
	}
	cols := make([]int16, present*numLabels)
	if err := binary.Read(zr, binary.LittleEndian, cols); err != nil {
		return nil, fmt.Errorf("decoding ner model weights: %w", err)
	}
	m.weights = make([]int16, n*rowWidth)
	r0 := 0
	for b := 0; b < n; b++ {
		if bitmap[b/8]&(1<<(b%8)) == 0 {
			continue
		}
		for k := 0; k < numLabels; k++ {
			m.weights[b*rowWidth+k] = cols[k*present+r0]
		}
		r0++
	}
	return m, nil
}
