package ner

import (
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/nlp/nereval"
)

// tokenize splits text the way newsgraph does before tagging.
func tokenize(t testing.TB, text string) []string {
	t.Helper()
	d, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false), prose.WithSegmentation(false))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tok := range d.Tokens() {
		out = append(out, tok.Text)
	}
	return out
}

func mustLoad(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// entities returns "text/CLASS" strings for the spans of one sentence.
func entities(toks []string, spans []Span) map[string]bool {
	out := map[string]bool{}
	for _, s := range spans {
		out[strings.Join(toks[s.Start:s.End], " ")+"/"+s.Class] = true
	}
	return out
}

// Sentences from the seed article about fighting in Kursk (Kyiv Independent,
// January 2025), tagged as one document.
func TestTagSeedArticle(t *testing.T) {
	m := mustLoad(t)
	sents := []string{
		"Ukrainian President Volodymyr Zelensky has said that Russian and North Korean forces suffered heavy losses in fighting in Russia's southern Kursk region.",
		"In his nightly video address on Jan. 4, Zelensky quoted a report from top Ukrainian commander Oleksandr Syrskyi as saying that the battles had taken place near the village of Makhnovka, not far from the Ukrainian border.",
		`In his latest remarks, Zelensky also said "fierce battles" had raged along the entire 1,000-km front line, with the most difficult situation near the city of Pokrovsk.`,
	}
	want := [][]string{
		{"Volodymyr Zelensky/PER", "Russia/LOC", "Kursk/LOC"},
		{"Zelensky/PER", "Oleksandr Syrskyi/PER", "Makhnovka/LOC"},
		{"Zelensky/PER", "Pokrovsk/LOC"},
	}
	var doc [][]string
	for _, s := range sents {
		doc = append(doc, tokenize(t, s))
	}
	got := m.Tag(doc)
	for i := range sents {
		ents := entities(doc[i], got[i])
		for _, w := range want[i] {
			if !ents[w] {
				t.Errorf("sentence %d: missing %s; got %v", i, w, ents)
			}
		}
		for e := range ents {
			if strings.HasPrefix(e, "Ukrainian") || strings.HasPrefix(e, "Russian/") {
				t.Errorf("sentence %d: demonym tagged as entity: %s", i, e)
			}
		}
	}
}

func TestTagEmptyInput(t *testing.T) {
	m := mustLoad(t)
	if got := m.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
	got := m.Tag([][]string{{}, {"NATO"}})
	if len(got) != 2 || len(got[0]) != 0 {
		t.Errorf("Tag with empty sentence = %v", got)
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	m := mustLoad(t)
	var buf strings.Builder
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.weights) != len(m.weights) {
		t.Fatalf("weights %d != %d", len(m2.weights), len(m.weights))
	}
	for i := range m.weights {
		if m.weights[i] != m2.weights[i] {
			t.Fatalf("weight %d differs", i)
		}
	}
}

// sharedData locates the project's shared data beside the repository.
func sharedData(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "data")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found at %s", dir)
	}
	return dir
}

// gmbDocs reads the shared GMB part.
func gmbDocs(t *testing.T) []nereval.Document {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedData(t), "ner", "gmb", "ner_dataset_part.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := nereval.ReadGMB(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestHeldOutGMB scores the shipped model on the held-out GMB test split
// (the same split cmd/train-ner uses and never trains on). The floor is the
// F1 measured when the model was trained, minus a margin, so a regression
// in features or training shows up here.
func TestHeldOutGMB(t *testing.T) {
	docs := gmbDocs(t)
	_, _, test := nereval.Split(docs, 1)
	test = nereval.Normalize(test)
	m := mustLoad(t)
	var total nereval.Scores
	for _, d := range test {
		pred := m.Tag(d.Tokens())
		p := make([][]nereval.Span, len(pred))
		for i, s := range pred {
			for _, sp := range s {
				p[i] = append(p[i], nereval.Span{Start: sp.Start, End: sp.End, Class: sp.Class})
			}
		}
		total.Add(nereval.Score(d.Spans(), p))
	}
	t.Logf("held-out GMB:\n%s", total)
	const floor = 0.84
	if f1 := total.Micro.F1(); f1 < floor {
		t.Errorf("held-out GMB micro F1 %.3f below floor %.2f", f1, floor)
	}
}

// The shipped word classes cover common news words and names, put words
// of one kind together, and give nothing for a word outside the list.
func TestWordClasses(t *testing.T) {
	var buf []rune
	class := func(w string) (uint64, uint64) { return wordClasses(hashLower(&buf, w)) }
	for _, w := range []string{"the", "Reuters", "Xinhua", "Moscow", "Kyiv"} {
		if c, f := class(w); c == 0 || f == 0 {
			t.Errorf("%q has no class", w)
		}
	}
	if _, a := class("Chrysler"); a == 0 {
		t.Error("Chrysler has no class")
	} else if _, b := class("Renault"); a != b {
		t.Errorf("Chrysler and Renault in fine classes %d and %d", a, b)
	}
	if c, f := class("Qxzvbnrtk"); c != 0 || f != 0 {
		t.Errorf("made-up word has classes %d, %d", c, f)
	}
}

// An ensemble's weights are the mean of its runs' weights (each run as
// Train with one run and that run's seed would give it), up to int16
// rounding, and training it twice gives the same model though its runs
// train in parallel.
func TestTrainRunsAverage(t *testing.T) {
	docs := gmbDocs(t)
	var ex []Example
	for _, d := range nereval.Normalize(docs[:40]) {
		e := Example{Sentences: d.Tokens()}
		for _, s := range d.Spans() {
			var spans []Span
			for _, sp := range s {
				spans = append(spans, Span{Start: sp.Start, End: sp.End, Class: sp.Class})
			}
			e.Spans = append(e.Spans, spans)
		}
		ex = append(ex, e)
	}
	cfg := TrainConfig{Epochs: 2, Bits: 16, Seed: 7}
	one := Train(ex, cfg)
	cfg.Seed = 8
	two := Train(ex, cfg)
	cfg.Seed, cfg.Runs = 7, 2
	both := Train(ex, cfg)
	again := Train(ex, cfg)
	differ := 0
	for i := range both.weights {
		if both.weights[i] != again.weights[i] {
			t.Fatalf("weight %d: %d, then %d: the ensemble is not reproducible", i, both.weights[i], again.weights[i])
		}
		w1, w2 := float64(one.weights[i])/float64(one.scale), float64(two.weights[i])/float64(two.scale)
		mean := (w1 + w2) / 2
		tol := 0.5/float64(one.scale) + 0.5/float64(two.scale) + 0.5/float64(both.scale)
		if got := float64(both.weights[i]) / float64(both.scale); math.Abs(got-mean) > tol {
			t.Fatalf("weight %d: ensemble %.4f, mean of runs %.4f", i, got, mean)
		}
		if w1 != w2 {
			differ++
		}
	}
	if differ == 0 {
		t.Fatal("the two runs learnt the same weights: seeds had no effect")
	}
}
