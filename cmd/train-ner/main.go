// Command train-ner trains newsgraph's named-entity model from the shared
// gold data and writes nlp/ner/model.bin, which the ner package embeds,
// and then the mention model, nlp/ner/mentions.bin (see mentions.go).
//
// It is deterministic (fixed seeds, document-level splits) so that anyone
// can reproduce the shipped model and its reported scores:
//
//	go run ./cmd/train-ner
//
// Each corpus is split by document into train (70%), dev (15%) and test
// (15%). The number of epochs is chosen by k-fold cross-validation on the
// training part only; the model trained on train is scored on dev, and the
// shipped model, trained on train+dev with the chosen epochs, is scored on
// test, which no step before it has looked at.
//
// The tagger is trained on, and scored here against, spans as CoNLL-2003
// marks them, names only (see nereval.Normalize: titles, descriptions,
// pronouns and nationality words are not names; a country is a location);
// the corpus's own spans are reported beside them. The NER targets are
// stated on the corpora's own gold, for the whole extraction path
// (segmentation, tokenisation, tagging and entity resolution); to score
// that on the same held-out data, and prose's default model beside it:
//
//	go run ./cmd/train-ner -write-test /tmp/nertest
//	newsgraph eval ner --gold /tmp/nertest/gmb-test.conll
//	newsgraph eval ner --gold /tmp/nertest/gmb-test.conll --system prose
//	newsgraph eval ner --gold /tmp/nertest/gmb-test.conll --conll-spans
//
// For error analysis of the whole path on the dev splits (gmb-dev.conll,
// ...), -dev-model writes the models trained on train alone; rebuild
// newsgraph with it, analyse, and run train-ner again before committing.
//
// -write-test also writes wiki-test.conll, a Wikipedia-prose gold derived
// from the current-events portal (see wikigold.go).
//
// The tagger's word classes (nlp/ner/clusters.txt) are an input here, not
// an output: cmd/build-clusters writes them from GloVe vectors.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/nlp/ner"
	"github.com/newsgraph/newsgraph/nlp/nereval"
)

// runs is the ensemble size (ner.TrainConfig.Runs) of the names model and
// of the mention model: three perceptrons, each on its own document
// order, averaged into one model. On 3-fold cross-validation of the names
// model this gained 0.2 micro F1 points and 0.6 on ORG over one; five
// gained no more.
var runs = 3

func main() {
	root, err := repoRoot()
	if err != nil {
		log.Fatal(err)
	}
	data := flag.String("data", filepath.Join(root, "..", "shared", "data"), "shared data directory")
	out := flag.String("out", filepath.Join(root, "nlp", "ner", "model.bin"), "model file to write; the mention model is written beside it as mentions.bin")
	epochs := flag.Int("epochs", 0, "training epochs; 0 chooses them by cross-validation")
	maxEpochs := flag.Int("max-epochs", 12, "largest epoch count tried by cross-validation")
	folds := flag.Int("folds", 3, "cross-validation folds")
	bits := flag.Uint("bits", 22, "log2 of the feature table size")
	mentionEpochs := flag.Int("mention-epochs", 0, "training epochs of the mention model; 0 chooses them by cross-validation")
	mentionMaxEpochs := flag.Int("mention-max-epochs", defaultMentionMaxEpochs, "largest epoch count tried by the mention model's cross-validation")
	mentionBits := flag.Uint("mention-bits", defaultMentionBits, "log2 of the mention model's feature table size")
	writeTest := flag.String("write-test", "", "also write each corpus's held-out test split as CoNLL into `DIR`, for 'newsgraph eval ner'")
	showErrors := flag.String("dev-errors", "", "print the dev-split errors of the corpus with this `NAME` (GMB, re3d) and stop before writing the model")
	flag.IntVar(&runs, "runs", runs, "perceptrons trained on different document orders and averaged into the names model")
	devOnly := flag.Bool("dev-model", false, "write the model trained on train only (not train+dev) to -out, for error analysis of the whole extraction path on the dev splits; never ship it")
	flag.Parse()
	devErrors = *showErrors
	devModel = *devOnly
	if err := run(*data, *out, *epochs, *maxEpochs, *folds, *bits); err != nil {
		log.Fatal(err)
	}
	if devErrors == "" {
		if err := runMentions(*data, filepath.Join(filepath.Dir(*out), "mentions.bin"), *mentionEpochs, *mentionMaxEpochs, mentionFolds, *mentionBits); err != nil {
			log.Fatal(err)
		}
	}
	if *writeTest == "" {
		return
	}
	if err := writeTestSplits(*data, *writeTest); err != nil {
		log.Fatal(err)
	}
	if err := writeWikiGold(*data, *writeTest, trainingDocs(*data)); err != nil {
		log.Fatal(err)
	}
}

// corpus is one dataset's split.
type corpus struct {
	name             string
	train, dev, test []nereval.Document
	// evalDev and evalTest are the splits scored, which for re3d keep the
	// corpus's own conventions and all sources (scoring is not shipping).
	evalDev, evalTest []nereval.Document
	// rawDev and rawTest, if set, are dev and test with the corpus's
	// unnormalised spans.
	rawDev, rawTest []nereval.Document
	// mentionTrain and mentionDev, if set, are the shippable train and dev
	// sentences with the corpus's own spans (names, descriptions and
	// pronouns): the mention model's training data (mentions.go).
	mentionTrain, mentionDev []nereval.Document
}

func run(data, out string, epochs, maxEpochs, folds int, bits uint) error {
	start := time.Now()
	corpora, err := loadCorpora(data)
	if err != nil {
		return err
	}
	var train, dev []nereval.Document
	for _, c := range corpora {
		fmt.Printf("%-9s docs train/dev/test %d/%d/%d, train tokens %d\n", c.name, len(c.train), len(c.dev), len(c.test), tokens(c.train))
		train = append(train, c.train...)
		dev = append(dev, c.dev...)
	}

	if epochs == 0 {
		epochs = crossValidate(train, folds, maxEpochs, bits, runs)
	}
	fmt.Printf("\nepochs: %d\n", epochs)

	m := ner.Train(examples(train), ner.TrainConfig{Epochs: epochs, Bits: bits, Seed: 1, Runs: runs})
	fmt.Println("\n== dev (model trained on train) ==")
	for _, c := range corpora {
		report(c.name, m, c.evalDev)
	}

	if devErrors != "" {
		for _, c := range corpora {
			if c.name == devErrors {
				printErrors(m, c.evalDev)
			}
		}
		return nil
	}
	if devModel {
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			return err
		}
		fmt.Printf("\nwrote the train-only model to %s: for dev analysis, not for shipping\n", out)
		return os.WriteFile(out, buf.Bytes(), 0o644)
	}

	final := ner.Train(examples(append(append([]nereval.Document{}, train...), dev...)), ner.TrainConfig{Epochs: epochs, Bits: bits, Seed: 1, Runs: runs})
	fmt.Println("\n== held-out test (shipped model, trained on train+dev) ==")
	for _, c := range corpora {
		report(c.name, final, c.evalTest)
		if c.rawTest != nil {
			report(c.name+" (corpus's own span conventions)", final, c.rawTest)
		}
	}

	if err := writeCommonWords(filepath.Join(filepath.Dir(out), "commonwords.txt"), append(append([]nereval.Document{}, train...), dev...)); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := final.Encode(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing model: %w", err)
	}
	fmt.Printf("\nwrote %s (%d bytes) in %s\n", out, buf.Len(), time.Since(start).Round(time.Second))
	return nil
}

// trainingDocs returns the normalised train and dev documents of every
// corpus (the shipped model's training data).
func trainingDocs(data string) []nereval.Document {
	corpora, err := loadCorpora(data)
	if err != nil {
		log.Fatal(err)
	}
	var out []nereval.Document
	for _, c := range corpora {
		out = append(append(out, c.train...), c.dev...)
	}
	return out
}

// writeTestSplits writes the held-out dev and test splits of every corpus, with the
// corpus's own spans (raw), as CoNLL files: gmb-test.conll, re3d-test.conll
// and meantime-test.conll, and the same with -dev, each in its corpus's
// label vocabulary so that 'newsgraph eval ner' knows its convention
// (nereval.Convention); 'newsgraph eval ner --conll-spans' rewrites the gold to CoNLL-2003
// names-only spans itself.
func writeTestSplits(data, dir string) error {
	corpora, err := loadCorpora(data)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := map[string]string{"GMB": "gmb-test.conll", "re3d": "re3d-test.conll"}
	for _, c := range corpora {
		name, docs := files[c.name], c.rawTest
		if docs == nil {
			docs = c.evalTest
		}
		if strings.HasPrefix(c.name, "MEANTIME") {
			name = "meantime-test.conll"
		}
		if name == "" {
			continue
		}
		dev := c.rawDev
		if dev == nil {
			dev = c.evalDev
		}
		for _, split := range []struct {
			name string
			docs []nereval.Document
		}{{name, docs}, {strings.Replace(name, "-test", "-dev", 1), dev}} {
			var buf bytes.Buffer
			if err := nereval.WriteCoNLL(&buf, split.docs); err != nil {
				return err
			}
			path := filepath.Join(dir, split.name)
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("writing held-out split: %w", err)
			}
			fmt.Printf("wrote %s (%d documents)\n", path, len(split.docs))
		}
	}
	return nil
}

// writeCommonWords writes the lower-case words that the training text
// uses at least three times, and at least five times as often lower-case
// as capitalised away from a sentence start: the common words of news English ("economy", "police", "goal").
// Entity resolution uses the list to reject a lone capitalised common word
// that is a section heading or a sentence's first word, not a name.
func writeCommonWords(path string, docs []nereval.Document) error {
	lower := map[string]int{}
	capMid := map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for i, t := range s.Tokens {
				if t == "" || len(t) < 3 {
					continue
				}
				l := strings.ToLower(t)
				switch {
				case t == l:
					lower[l]++
				case i > 0:
					capMid[l]++
				}
			}
		}
	}
	var words []string
	for w, n := range lower {
		if n >= 3 && n >= 5*capMid[w] && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	body := "# Common lower-case words of the training text; written by cmd/train-ner.\n" + strings.Join(words, "\n") + "\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		return fmt.Errorf("writing common words: %w", err)
	}
	fmt.Printf("wrote %s (%d words)\n", path, len(words))
	return nil
}

// devErrors names the corpus whose dev errors -dev-errors prints.
var devErrors string

// devModel is -dev-model: write the train-only model and stop.
var devModel bool

// printErrors lists the dev errors of m, for error analysis on dev only.
func printErrors(m *ner.Model, docs []nereval.Document) {
	for _, d := range docs {
		nereval.WriteErrors(os.Stdout, d, fromNER(m.Tag(d.Tokens())))
	}
}

// crossValidate trains on k-1 folds of train for up to maxEpochs epochs,
// ensembles of runs perceptrons as the model it chooses for will be, and
// returns the epoch count with the best pooled micro F1 on the held-out folds.
func crossValidate(train []nereval.Document, k, maxEpochs int, bits uint, runs int) int {
	perEpoch := make([]nereval.Scores, maxEpochs+1)
	for f := 0; f < k; f++ {
		var tr, va []nereval.Document
		for i, d := range train {
			if i%k == f {
				va = append(va, d)
			} else {
				tr = append(tr, d)
			}
		}
		ner.Train(examples(tr), ner.TrainConfig{Epochs: maxEpochs, Bits: bits, Seed: uint64(f + 1), Runs: runs, AfterEpoch: func(e int, m *ner.Model) {
			perEpoch[e].Add(score(m, va))
		}})
	}
	best := 1
	fmt.Println("\ncross-validation on train (pooled micro F1 per epoch, and ORG's F1):")
	for e := 1; e <= maxEpochs; e++ {
		org := perEpoch[e].PerClass["ORG"]
		fmt.Printf("  epoch %2d  P %.3f R %.3f F1 %.4f  ORG %.4f\n", e, perEpoch[e].Micro.P(), perEpoch[e].Micro.R(), perEpoch[e].Micro.F1(), org.F1())
		if perEpoch[e].Micro.F1() > perEpoch[best].Micro.F1() {
			best = e
		}
	}
	return best
}

func report(name string, m *ner.Model, docs []nereval.Document) {
	if len(docs) == 0 {
		return
	}
	fmt.Printf("\n%s:\n%s", name, score(m, docs))
}

func score(m *ner.Model, docs []nereval.Document) nereval.Scores {
	var total nereval.Scores
	for _, d := range docs {
		pred := m.Tag(d.Tokens())
		total.Add(nereval.Score(d.Spans(), fromNER(pred)))
	}
	return total
}

func fromNER(p [][]ner.Span) [][]nereval.Span {
	out := make([][]nereval.Span, len(p))
	for i, s := range p {
		for _, sp := range s {
			out[i] = append(out[i], nereval.Span{Start: sp.Start, End: sp.End, Class: sp.Class})
		}
	}
	return out
}

func examples(docs []nereval.Document) []ner.Example {
	ex := make([]ner.Example, len(docs))
	for i, d := range docs {
		e := ner.Example{Sentences: d.Tokens(), Spans: make([][]ner.Span, len(d.Sentences))}
		for j, s := range d.Sentences {
			for _, sp := range s.Spans {
				e.Spans[j] = append(e.Spans[j], ner.Span{Start: sp.Start, End: sp.End, Class: sp.Class})
			}
		}
		ex[i] = e
	}
	return ex
}

func tokens(docs []nereval.Document) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			n += len(s.Tokens)
		}
	}
	return n
}

func loadCorpora(data string) ([]corpus, error) {
	var cs []corpus

	gmb, err := readFile(filepath.Join(data, "ner", "gmb", "ner_dataset_part.csv"), nereval.ReadGMB)
	if err != nil {
		return nil, err
	}
	rawTr, rawDev, rawTe := nereval.Split(gmb, 1)
	_ = rawTr
	tr, dv, te := nereval.Normalize(rawTr), nereval.Normalize(rawDev), nereval.Normalize(rawTe)
	cs = append(cs, corpus{name: "GMB", train: tr, dev: dv, test: te, evalDev: dv, evalTest: te, rawDev: rawDev, rawTest: rawTe})

	re3d, err := readFile(filepath.Join(data, "ner", "re3d", "re3d-train.conll"), nereval.ReadCoNLL)
	if err != nil {
		return nil, err
	}
	// The file has no document boundaries: every sentence is its own
	// document (sentences of one source article can fall into different
	// splits; say so when quoting re3d numbers).
	var sents []nereval.Document
	for _, d := range re3d {
		for i, s := range d.Sentences {
			sents = append(sents, nereval.Document{ID: fmt.Sprintf("re3d%04d", i), Sentences: []nereval.Sentence{s}, Convention: d.Convention})
		}
	}
	rtr, rdv, rte := nereval.Split(sents, 2)
	excluded := 0
	var shippableRaw func([]nereval.Document) []nereval.Document = func(ds []nereval.Document) []nereval.Document {
		var keep []nereval.Document
		for _, d := range ds {
			if _, bad := re3dExcluded[sentenceHash(d.Sentences[0].Tokens)]; bad {
				excluded++
				continue
			}
			keep = append(keep, d)
		}
		return keep
	}
	mtr, mdvRaw := shippableRaw(rtr), shippableRaw(rdv)
	cs = append(cs, corpus{name: "re3d", train: conllStyle(mtr), dev: conllStyle(mdvRaw), test: nil,
		evalDev: rdv, evalTest: rte, rawTest: nil, mentionTrain: mtr, mentionDev: mdvRaw})
	fmt.Printf("re3d: %d training/dev sentences left out (BBC, Wikipedia licences)\n", excluded)
	cs[len(cs)-1].test = rte
	cs = append(cs, corpus{name: "re3d, CoNLL-style spans", evalDev: conllStyle(rdv), evalTest: conllStyle(rte)})

	mt, err := readFile(filepath.Join(data, "events", "meantime", "conll_as_json_english.json"), nereval.ReadMEANTIME)
	if err != nil {
		return nil, err
	}
	// MEANTIME's JSON only marks entities that take part in its
	// cross-document coreference chains ("Airbus" and "Paris" go unmarked
	// in an article about Airbus at the Paris Air Show), so its gold is not
	// exhaustive: training on it would teach the tagger that such names
	// are not entities. It is used for evaluation only, where its recall is
	// meaningful and its precision is a lower bound.
	_, mdv, mte := nereval.Split(mt, 3)
	cs = append(cs, corpus{name: "MEANTIME (eval only; precision is a lower bound)", evalDev: mdv, evalTest: mte})
	return cs, nil
}

// conllStyle rewrites re3d spans to the conventions the tagger is trained
// on (names only; see nereval.Normalize).
func conllStyle(docs []nereval.Document) []nereval.Document {
	return nereval.Normalize(docs)
}

// sentenceHash is FNV-1a 64 over the space-joined tokens (see excluded.go).
func sentenceHash(toks []string) uint64 {
	h := fnv.New64a()
	io.WriteString(h, strings.Join(toks, " "))
	return h.Sum64()
}

func readFile(path string, read func(io.Reader) ([]nereval.Document, error)) ([]nereval.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening training data: %w", err)
	}
	defer f.Close()
	docs, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// repoRoot finds the module root (the directory holding go.mod) from the
// working directory, so the default paths work from anywhere in the repo.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding repo root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("finding repo root: no go.mod above the working directory")
		}
		dir = parent
	}
}
