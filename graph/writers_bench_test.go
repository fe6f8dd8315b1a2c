package graph_test

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// BenchmarkWriters writes each format, and all of them (Files.Write), from
// a generated Source that holds nothing: what the heap holds is the
// writers'. Run it with -benchmem -benchtime=1x; peak-heap-MB and
// peak-live-MB are the most heap in use and live while writing (see
// heapPeak). "read" is one pass over the Source alone, what the generator
// itself costs; "materialize" holds the graph in a *Graph, for contrast.
// The writers' state does not grow with the rows, so their peaks stay the
// same from the small graph to the large one, while the Graph's grow with
// it.
//
//	go test ./graph -run '^$' -bench Writers -benchmem -benchtime=1x
func BenchmarkWriters(b *testing.B) {
	sizes := []struct {
		name string
		src  generated
	}{
		{"nodes=50k", generated{articles: 12500, entities: 25000, events: 12500, mentions: 8, coOccurs: 3, reports: 2}},
		{"nodes=200k", generated{articles: 50000, entities: 100000, events: 50000, mentions: 8, coOccurs: 3, reports: 2}},
	}
	inFile := func(name string, write func(io.Writer, graph.Source) error) func(string, graph.Source) error {
		return func(dir string, src graph.Source) error {
			f, err := os.Create(filepath.Join(dir, name))
			if err != nil {
				return err
			}
			defer f.Close()
			return write(f, src)
		}
	}
	writers := []struct {
		name  string
		write func(dir string, src graph.Source) error
	}{
		{"read", func(_ string, src graph.Source) error { _, err := graph.Stats(src); return err }},
		{"materialize", func(_ string, src graph.Source) error { // for contrast: the graph in memory
			g, err := materialize(src)
			runtime.GC() // measure it whole
			runtime.KeepAlive(g)
			return err
		}},
		{"json", inFile("graph.json", graph.WriteJSON)},
		{"graphml", inFile("graph.graphml", graph.WriteGraphML)},
		{"cypher", inFile("load.cypher", graph.WriteCypherScript)},
		{"html", inFile("graph.html", graph.WriteHTML)},
		{"admin", func(dir string, src graph.Source) error {
			return graph.WriteAdminImport(filepath.Join(dir, "neo4j-admin"), src)
		}},
		{"all", func(dir string, src graph.Source) error { return graph.Files{Dir: dir}.Write(src) }},
	}
	for _, size := range sizes {
		nodes, rels := 0, 0
		size.src.EachNode(func(graph.Node) error { nodes++; return nil })
		size.src.EachRelationship(func(graph.Relationship) error { rels++; return nil })
		for _, w := range writers {
			b.Run(size.name+"/"+w.name, func(b *testing.B) {
				dir := b.TempDir()
				inUse, live := heapPeak(func() {
					for i := 0; i < b.N; i++ {
						if err := w.write(dir, size.src); err != nil {
							b.Fatal(err)
						}
					}
				})
				b.ReportMetric(float64(inUse)/(1<<20), "peak-heap-MB")
				b.ReportMetric(float64(live)/(1<<20), "peak-live-MB")
				b.ReportMetric(float64(nodes), "nodes")
				b.ReportMetric(float64(rels), "rels")
			})
		}
	}
}

// heapPeak runs fn and returns, over what was live before it (the test
// binary's own: the NER model and gazetteers), the most heap in use while
// it ran, garbage not yet collected included, and the most heap live at
// the end of a collection: what fn held. Both are sampled every 10ms.
func heapPeak(fn func()) (inUse, live uint64) {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	runtime.GC()
	metrics.Read(samples)
	before := []uint64{samples[0].Value.Uint64(), samples[1].Value.Uint64()}
	peak := []uint64{0, 0}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(samples)
			for i, s := range samples {
				peak[i] = max(peak[i], s.Value.Uint64())
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	fn()
	close(stop)
	<-done
	return peak[0] - min(peak[0], before[0]), peak[1] - min(peak[1], before[1])
}
