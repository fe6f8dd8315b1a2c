package article_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/nlp"
)

// TestNoFurnitureEntities runs the seeds through the NLP stage: no entity
// named only in the page furniture may come out of the article.
func TestNoFurnitureEntities(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the NLP models")
	}
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	furniture := []string{"Galatasaray", "Kayserispor", "Meloni", "Yoon", "Araghchi", "Baqaei", "Hezbollah", "Osimhen", "Qassem", "Erdoğan"}
	err = article.Read([]string{"../testdata/articles"}, article.Options{}, func(a article.Article) error {
		an := x.Analyze(a.Text, a.Published)
		if len(an.Entities) == 0 {
			t.Errorf("%s: no entities at all", a.Path)
		}
		for _, e := range an.Entities {
			for _, f := range furniture {
				if strings.Contains(e.Name, f) {
					t.Errorf("%s: entity %q comes from the furniture", a.Path, e.Name)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
