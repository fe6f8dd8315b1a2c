package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// summary counts what a run read and skipped.
type summary struct {
	read, duplicates int
	skipped          []*article.InputError
}

func (s *summary) String() string {
	return fmt.Sprintf("%d articles read, %d duplicates ignored, %d inputs skipped", s.read, s.duplicates, len(s.skipped))
}

// analyzeAll reads every article under paths, analyzes them on all cores,
// and hands each result to fn in input order, so the output does not depend
// on scheduling. Skipped inputs are reported on stderr as they happen.
func analyzeAll(ctx context.Context, paths []string, in article.Options, stderr io.Writer, fn func(article.Article, nlp.Analysis) error) (*summary, error) {
	x, err := nlp.NewExtractor()
	if err != nil {
		return nil, err
	}
	sum := &summary{}
	type job struct {
		seq int
		art article.Article
		an  nlp.Analysis
	}
	jobs := make(chan job, 64)
	done := make(chan job, 64)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		in.Skip = func(e *article.InputError) {
			sum.skipped = append(sum.skipped, e)
			fmt.Fprintf(stderr, "skipped %v\n", e)
		}
		readErr = article.Read(paths, in, func(a article.Article) error {
			select {
			case jobs <- job{seq: seq, art: a}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.an = x.Analyze(j.art.Text, j.art.Published)
				select {
				case done <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// Put results back in input order.
	pending := map[int]job{}
	next := 0
	var fnErr error
	for j := range done {
		if fnErr != nil {
			continue
		}
		pending[j.seq] = j
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			sum.read++
			if err := fn(p.art, p.an); err != nil {
				fnErr = err
				cancel()
				break
			}
		}
	}
	if fnErr != nil {
		return sum, fnErr
	}
	if readErr != nil {
		return sum, readErr
	}
	return sum, ctx.Err()
}

// buildGraph runs the whole path from inputs to one merged graph.
func buildGraph(ctx context.Context, paths []string, in article.Options, stderr io.Writer) (*graph.Graph, *summary, error) {
	b := graph.NewBuilder()
	dups := 0
	sum, err := analyzeAll(ctx, paths, in, stderr, func(a article.Article, an nlp.Analysis) error {
		if !b.Add(a, an) {
			dups++
		}
		return nil
	})
	if sum != nil {
		sum.duplicates = dups
	}
	if err != nil {
		return nil, sum, err
	}
	return b.Graph(), sum, nil
}

// stdinOrNil gives standard input only when a path asks for it.
func stdinOrNil(paths []string) io.Reader {
	for _, p := range paths {
		if p == "-" {
			return os.Stdin
		}
	}
	return nil
}
