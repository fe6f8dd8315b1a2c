package nlp

import (
	"os"
	"slices"
	"testing"
)

// TestSeedArticleEvents runs the whole extractor on the first test article
// and checks the events the issue names. It depends on the NER finding
// Zelensky, Kursk and Makhnovka; the unit tests above do not.
func TestSeedArticleEvents(t *testing.T) {
	data, err := os.ReadFile("../testdata/articles/000_5cf880316bd9c7f4.txt")
	if err != nil {
		t.Fatal(err)
	}
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	an := x.Analyze(string(data), "2025-01-05")
	has := func(desc string, ok func(Event) bool) {
		t.Helper()
		for _, e := range an.Events {
			if ok(e) {
				return
			}
		}
		t.Errorf("no event: %s", desc)
	}
	zelensky := func(ids []string) bool {
		for _, id := range ids {
			if id == "person:volodymyr zelensky" || id == "person:zelensky" {
				return true
			}
		}
		return false
	}
	has("STATEMENT by Zelensky about Russian and North Korean losses", func(e Event) bool {
		return e.Type == "STATEMENT" && zelensky(e.Actors) && slices.Contains(e.Targets, "place:north korea")
	})
	has("ASSAULT near Makhnovka, dated yesterday (2025-01-04)", func(e Event) bool {
		return e.Type == "ASSAULT" && e.Place == "place:makhnovka" && e.Date == "2025-01-04"
	})
	has("MOBILIZE of 11,000 North Korean troops in Kursk", func(e Event) bool {
		return e.Type == "MOBILIZE" && e.Size == 11000 && slices.Contains(e.Actors, "place:north korea")
	})
	has("ASSAULT: four Ukrainian missiles shot down", func(e Event) bool {
		return e.Type == "ASSAULT" && e.Mode == "missile" && e.Size == 4
	})
	has("STATEMENT dated Jan. 4", func(e Event) bool { return e.Type == "STATEMENT" && e.Date == "2025-01-04" })
	for _, e := range an.Events {
		if e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("%s %q: confidence %v out of (0,1]", e.Type, e.Trigger, e.Confidence)
		}
	}
}
