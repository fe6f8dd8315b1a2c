// Command gencorpus writes a large synthetic article set for benchmarks:
// JSON Lines, each article a few real news items from Wikipedia's
// current-events digest, drawn at random (with a fixed seed, so the same
// flags give the same file) and dated on the day of its first item.
//
//	go run ./cmd/gencorpus -n 100000 -out /tmp/corpus-100k.jsonl
//
// The text is real news prose with real entities, pairs and events, so
// extraction and loading do the work they do on real feeds; the articles
// are new combinations, so few are duplicates.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/article"
)

func main() {
	n := flag.Int("n", 100000, "articles to write")
	items := flag.Int("items", 4, "news items an article, on average")
	src := flag.String("corpus", "../shared/data/corpus/current-events", "digest folder to draw items from")
	out := flag.String("out", "corpus.jsonl", "output `FILE`")
	flag.Parse()
	if err := run(*n, *items, *src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Source    string `json:"source"`
}

func run(n, items int, src, out string) error {
	var pool []article.Article
	if err := article.Read([]string{src}, article.Options{}, func(a article.Article) error {
		pool = append(pool, a)
		return nil
	}); err != nil {
		return err
	}
	if len(pool) == 0 {
		return fmt.Errorf("no items under %s", src)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	rng := rand.New(rand.NewPCG(1, 2))
	words := 0
	for i := range n {
		k := 1 + rng.IntN(2*items-1) // 1 .. 2*items-1, mean items
		first := pool[rng.IntN(len(pool))]
		parts := []string{first.Text}
		for range k - 1 {
			parts = append(parts, pool[rng.IntN(len(pool))].Text)
		}
		text := strings.Join(parts, "\n\n")
		words += len(strings.Fields(text))
		rec := record{ID: fmt.Sprintf("gen:%06d", i), Title: first.Title, Text: text, Published: first.Published, Source: "gencorpus"}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %d articles, %d words, to %s\n", n, words, out)
	return f.Close()
}
