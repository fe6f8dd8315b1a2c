package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/nlp"
)

// extract prints the mentions beside the entities: each with its kind,
// offsets into the article text, and, for a named one, an entity of the
// record; nominal and pronoun mentions name no entity.
func TestExtractPrintsMentions(t *testing.T) {
	stdout, stderr, code := run(t, "extract", "../../testdata/articles/000_5cf880316bd9c7f4.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rec extractRecord
	if err := json.Unmarshal([]byte(strings.TrimSpace(stdout)), &rec); err != nil {
		t.Fatal(err)
	}
	var text string
	article.Read([]string{"../../testdata/articles/000_5cf880316bd9c7f4.txt"}, article.Options{}, func(a article.Article) error {
		text = a.Text
		return nil
	})
	ents := map[string]bool{}
	for _, e := range rec.Entities {
		ents[e.ID] = true
	}
	kinds := map[nlp.ReferenceKind]int{}
	for _, m := range rec.Mentions {
		kinds[m.Kind]++
		if m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v does not match the text", m)
		}
		if (m.Kind == nlp.Named) != (m.Entity != "") || m.Entity != "" && !ents[m.Entity] {
			t.Errorf("%s mention %q refers to entity %q", m.Kind, m.Text, m.Entity)
		}
	}
	if kinds[nlp.Named] == 0 || kinds[nlp.Pronoun] == 0 {
		t.Errorf("mentions by kind %v: want named and pronoun ones", kinds)
	}
}
