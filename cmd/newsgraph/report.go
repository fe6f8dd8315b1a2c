package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/nlp"
)

// reportFlags choose how a long run talks on stderr.
func reportFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print only skipped inputs, errors and the summary line"},
		&cli.BoolFlag{Name: "json-log", Usage: "write stderr as JSON lines (skipped inputs, progress, summary), for scripts"},
	}
}

// report tells the user what a run is doing: each skipped input as it is
// met, progress while it runs (a bar redrawn in place on a terminal, a
// line every ten seconds otherwise, none with --quiet), and the summary.
type report struct {
	w     io.Writer
	log   *slog.Logger // JSON lines; nil for text
	quiet bool
	tty   bool
	every time.Duration

	start     time.Time
	total     int64        // input bytes to read; 0 when unknown (stdin)
	readBytes atomic.Int64 // input bytes read so far

	mu       sync.Mutex
	articles int
	words    int
	entities map[string]bool
	events   int
	skipped  []*article.InputError
	drawn    bool // a bar is on the terminal's last line

	stop chan struct{}
	done chan struct{}
}

func newReport(c *cli.Context, paths []string) *report {
	r := &report{w: c.App.ErrWriter, quiet: c.Bool("quiet"), start: time.Now(), entities: map[string]bool{},
		every: 10 * time.Second}
	if c.Bool("json-log") {
		r.log = slog.New(slog.NewJSONHandler(r.w, nil))
	} else if f, ok := r.w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			r.tty, r.every = true, 200*time.Millisecond
		}
	}
	r.total = article.Size(paths)
	return r
}

// watch starts the periodic progress reports; end stops them.
func (r *report) watch() {
	if r.quiet {
		return
	}
	r.stop, r.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(r.done)
		t := time.NewTicker(r.every)
		defer t.Stop()
		for {
			select {
			case <-r.stop:
				return
			case <-t.C:
				r.progress()
			}
		}
	}()
}

func (r *report) end() {
	if r.stop != nil {
		close(r.stop)
		<-r.done
		r.stop = nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clearBar()
}

// bytes counts input read, for the ETA.
func (r *report) bytes(n int) { r.readBytes.Add(int64(n)) }

// analysed counts one analysed article.
func (r *report) analysed(a article.Article, an nlp.Analysis) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.articles++
	r.words += len(strings.Fields(a.Text))
	for _, e := range an.Entities {
		r.entities[e.ID] = true
	}
	r.events += len(an.Events)
}

// skip reports an input that could not be read.
func (r *report) skip(e *article.InputError) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.skipped = append(r.skipped, e)
	r.clearBar()
	if r.log != nil {
		attrs := []any{"path", e.Path, "error", e.Err.Error()}
		if e.Line > 0 {
			attrs = append(attrs, "line", e.Line)
		}
		r.log.Warn("skipped", attrs...)
		return
	}
	fmt.Fprintf(r.w, "skipped %v\n", e)
}

// progress prints where the run is.
func (r *report) progress() {
	r.mu.Lock()
	defer r.mu.Unlock()
	elapsed := time.Since(r.start)
	rate := float64(r.articles) / elapsed.Seconds()
	var eta time.Duration
	if done := r.readBytes.Load(); r.total > 0 && done > 0 && done < r.total {
		eta = time.Duration(float64(elapsed) * float64(r.total-done) / float64(done)).Round(time.Second)
	}
	switch {
	case r.log != nil:
		r.log.Info("progress", "articles", r.articles, "articles_per_second", round1(rate),
			"words", r.words, "entities", len(r.entities), "events", r.events, "skipped", len(r.skipped), "eta_seconds", int(eta.Seconds()))
	case r.tty:
		bar := ""
		if r.total > 0 {
			f := min(1, float64(r.readBytes.Load())/float64(r.total))
			n := int(f * 20)
			bar = fmt.Sprintf("[%s%s] %3.0f%% ", strings.Repeat("#", n), strings.Repeat(".", 20-n), f*100)
		}
		fmt.Fprintf(r.w, "\r\033[K%s%d articles, %.1f/s, %d entities, %d events%s", bar, r.articles, rate, len(r.entities), r.events, etaText(eta))
		r.drawn = true
	default:
		fmt.Fprintf(r.w, "progress: %d articles, %.1f/s, %d entities, %d events, %d skipped%s\n",
			r.articles, rate, len(r.entities), r.events, len(r.skipped), etaText(eta))
	}
}

func etaText(eta time.Duration) string {
	if eta <= 0 {
		return ""
	}
	return ", ETA " + eta.String()
}

func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }

// clearBar removes the bar so that a line can be printed; mu is held.
func (r *report) clearBar() {
	if r.drawn {
		fmt.Fprint(r.w, "\r\033[K")
		r.drawn = false
	}
}

// summary prints the last line: what was read, what was done with it, and
// how many inputs were skipped (each was listed as it was met).
func (r *report) summary(what string, attrs ...any) {
	r.end()
	elapsed := time.Since(r.start)
	if r.log != nil {
		r.log.Info("done", append([]any{"articles", r.articles, "words", r.words, "entities", len(r.entities),
			"events", r.events, "skipped", len(r.skipped), "seconds", round1(elapsed.Seconds())}, attrs...)...)
		return
	}
	fmt.Fprintf(r.w, "%d articles read, %d inputs skipped, in %s; %s\n", r.articles, len(r.skipped), elapsed.Round(time.Millisecond), what)
}
