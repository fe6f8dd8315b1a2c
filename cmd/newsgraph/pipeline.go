package main

import (
	"context"
	"errors"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// analyzeAll reads every article under paths, analyzes them on all cores,
// and hands each result to fn in input order, so the output does not depend
// on scheduling. Skipped inputs and progress go to rep as they happen.
// mentions asks for the nominal and pronoun mentions too (extract prints
// them; the graph does not use them).
//
// check, when not nil, is asked about the articles read, a run of them at
// a time, before they are analysed: those it says need no analysis (stored
// as they are, or a copy of a stored text) are handed to fn without it,
// with what check said, so that a re-run does not redo the work of the run
// before. Without check every article is analysed (graph.NeedsAnalysis).
func analyzeAll(ctx context.Context, paths []string, in article.Options, rep *report, mentions bool,
	check func([]article.Article) ([]graph.Known, error), fn func(a article.Article, an nlp.Analysis, k graph.Known) error) error {
	x, err := nlp.NewExtractor()
	if err != nil {
		return err
	}
	if !mentions {
		x = x.WithoutMentions()
	}
	rep.watch()
	defer rep.end()
	type job struct {
		seq   int
		art   article.Article
		an    nlp.Analysis
		known graph.Known
	}
	jobs := make(chan job, 64)
	done := make(chan job, 64)
	// At most window articles are between the reader and fn, so that one
	// slow article does not let the results after it pile up in pending.
	window := make(chan struct{}, 512)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var readErr error
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		defer close(jobs)
		seq := 0
		in.Skip = rep.skip
		in.Progress = rep.bytes
		var run []article.Article
		send := func() error {
			known := make([]graph.Known, len(run))
			if check != nil && len(run) > 0 {
				var err error
				if known, err = check(run); err != nil {
					return err
				}
			}
			for i, a := range run {
				select {
				case window <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				select {
				case jobs <- job{seq: seq, art: a, known: known[i]}:
					seq++
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			run = run[:0]
			return nil
		}
		readErr = article.Read(paths, in, func(a article.Article) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			run = append(run, a)
			if check == nil || len(run) >= 128 {
				return send()
			}
			return nil
		})
		if readErr == nil {
			readErr = send()
		}
	}()

	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.known == graph.NeedsAnalysis {
					j.an = x.Analyze(j.art.Text, j.art.Published)
				}
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
			<-window
			rep.analysed(p.art, p.an)
			if err := fn(p.art, p.an, p.known); err != nil {
				fnErr = err
				cancel()
				break
			}
		}
	}
	if fnErr != nil {
		return fnErr
	}
	<-readDone // workers may stop first, on cancel
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// buildFiles runs the whole path from inputs to the files in dir. The
// articles are loaded into a DiskStore in dir (not in a temporary
// directory, which may live in memory) a batch at a time, as load does into
// Neo4j, so that memory does not grow with the input; the files are then
// written from it. It returns the graph's counts and the load's.
func buildFiles(ctx context.Context, paths []string, in article.Options, rep *report, dir string) (_ string, _ graph.LoadStats, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", graph.LoadStats{}, err
	}
	s, err := graph.NewDiskStore(dir)
	if err != nil {
		return "", graph.LoadStats{}, err
	}
	defer func() {
		if cerr := s.Close(); err == nil {
			err = cerr // the scratch file left behind is named in the error
		}
	}()
	l, err := loadAll(ctx, s, graph.DefaultBatchSize, paths, in, rep)
	if err != nil {
		return "", l.Stats(), err
	}
	if err := (graph.Files{Dir: dir}).Write(s); err != nil {
		return "", l.Stats(), err
	}
	stats, err := graph.Stats(s)
	return stats, l.Stats(), err
}

// loadAll streams articles into s: analysis runs on all cores while one
// writer commits batches, each a transaction. When ctx is cancelled
// (Ctrl-C) the batch in flight still commits, the rest is dropped, and
// the error is ctx's: a re-run skips what was committed.
func loadAll(ctx context.Context, s graph.Store, batchSize int, paths []string, in article.Options, rep *report) (*graph.Loader, error) {
	l := graph.NewLoader(s, batchSize)
	commit := context.WithoutCancel(ctx) // a batch, once started, completes
	type item struct {
		a     article.Article
		an    nlp.Analysis
		known graph.Known
	}
	queue := make(chan item, 256)
	failed := make(chan struct{})
	var writeErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for it := range queue {
			if writeErr != nil || ctx.Err() != nil {
				continue // drain: the reader stops soon
			}
			var err error
			if it.known == graph.NeedsAnalysis {
				err = l.Add(commit, it.a, it.an)
			} else {
				l.AddKnown(it.a, it.known)
			}
			if err != nil {
				writeErr = err
				close(failed)
			}
		}
	}()
	check := func(arts []article.Article) ([]graph.Known, error) { return l.Check(commit, arts) }
	err := analyzeAll(ctx, paths, in, rep, false, check, func(a article.Article, an nlp.Analysis, k graph.Known) error {
		select {
		case queue <- item{a, an, k}:
			return nil
		case <-failed:
			return errWriterStopped
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(queue)
	<-done
	if writeErr != nil {
		return l, writeErr
	}
	if err == nil {
		err = ctx.Err() // cancelled after the last article was read: some were dropped
	}
	if err != nil {
		return l, err
	}
	return l, l.Finish(ctx)
}

var errWriterStopped = errors.New("the writer stopped")

// stdinOrNil gives standard input only when a path asks for it.
func stdinOrNil(paths []string) io.Reader {
	for _, p := range paths {
		if p == "-" {
			return os.Stdin
		}
	}
	return nil
}
