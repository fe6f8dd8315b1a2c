package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
)

// Throughput and memory of the whole path, as 'newsgraph build' and
// 'newsgraph load' run it. Run one benchmark a process, so that peak RSS is
// that benchmark's own (docs/performance.md has the commands):
//
//	go test -run '^$' -bench 'BuildCurrentEvents' -benchtime 1x ./cmd/newsgraph
//	go run ./cmd/gencorpus -n 100000 -out /tmp/corpus-100k.jsonl
//	NEWSGRAPH_BENCH_CORPUS=/tmp/corpus-100k.jsonl go test -run '^$' -bench 'LoadCorpus' -benchtime 1x ./cmd/newsgraph

var currentEvents = filepath.Join("..", "..", "..", "shared", "data", "corpus", "current-events")

func benchCorpus(b *testing.B) string {
	p := os.Getenv("NEWSGRAPH_BENCH_CORPUS")
	if p == "" {
		b.Skip("set NEWSGRAPH_BENCH_CORPUS to a file made by 'go run ./cmd/gencorpus'")
	}
	return p
}

func BenchmarkBuildCurrentEvents(b *testing.B) { benchBuild(b, currentEvents) }
func BenchmarkBuildCorpus(b *testing.B)        { benchBuild(b, benchCorpus(b)) }
func BenchmarkLoadCurrentEvents(b *testing.B)  { benchLoad(b, currentEvents) }
func BenchmarkLoadCorpus(b *testing.B)         { benchLoad(b, benchCorpus(b)) }

func quietReport(paths []string) *report {
	return &report{w: io.Discard, quiet: true, start: time.Now(), entities: map[string]bool{}, total: article.Size(paths)}
}

// benchBuild: the whole of build: read, analyse on all cores while batches
// are merged into the disk store, and write every file.
func benchBuild(b *testing.B, path string) {
	var articles, words, rows int
	start := time.Now()
	for range b.N {
		rep := quietReport([]string{path})
		_, st, err := buildFiles(context.Background(), []string{path}, article.Options{}, rep, b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		articles, words, rows = articles+rep.articles, words+rep.words, rows+st.Rows
	}
	report3(b, start, articles, words, rows)
}

// benchLoad: the load path (read, analyse on all cores while batches are
// merged and written) into a store that keeps nothing, so that what is
// measured is newsgraph's side, not a server's.
func benchLoad(b *testing.B, path string) {
	var articles, words, rows int
	start := time.Now()
	for range b.N {
		rep := quietReport([]string{path})
		s := &recordingStore{}
		if _, err := loadAll(context.Background(), s, 0, []string{path}, article.Options{}, rep); err != nil {
			b.Fatal(err)
		}
		articles, words, rows = articles+rep.articles, words+rep.words, rows+s.rows
	}
	report3(b, start, articles, words, rows)
}

func report3(b *testing.B, start time.Time, articles, words, rows int) {
	s := time.Since(start).Seconds()
	b.ReportMetric(float64(articles)/s, "articles/s")
	b.ReportMetric(float64(words)/s, "words/s")
	b.ReportMetric(float64(rows)/s, "rows/s")
	b.ReportMetric(float64(articles)/float64(b.N), "articles")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB") // Linux: KiB
	}
}
