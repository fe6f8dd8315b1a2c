package article

import (
	"os"
	"path/filepath"
	"testing"
)

// benchRead reads paths b.N times and reports articles a second.
func benchRead(b *testing.B, paths ...string) {
	n := 0
	for range b.N {
		err := Read(paths, Options{}, func(Article) error { n++; return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkReadText(b *testing.B) {
	benchRead(b, "../testdata/articles", goldDir+"/airtanker.txt", goldDir+"/boeing_emails.txt")
}

func BenchmarkReadHTML(b *testing.B) { benchRead(b, goldDir+"/kursk_page.html") }

func BenchmarkReadDigest(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "data", "corpus", "current-events")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("no shared corpus: %v", err)
	}
	benchRead(b, dir)
}
