package main

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/nlp/nereval"
)

// A real item from the current-events portal (10 April 2025).
const wikiItemMD = `A video leaked by [Ukrainian officials](https://en.wikipedia.org/wiki/Government_of_Ukraine "Government of Ukraine") and verified by the [Associated Press](https://en.wikipedia.org/wiki/Associated_Press "Associated Press") shows [Russian soldiers](https://en.wikipedia.org/wiki/Russian_Armed_Forces "Russian Armed Forces") [summarily executing](https://en.wikipedia.org/wiki/Summary_execution "Summary execution") four prisoners last month in [Piatykhatky](https://en.wikipedia.org/wiki/Piatykhatky%2C_Zaporizhzhia_Oblast "Piatykhatky, Zaporizhzhia Oblast"), [Zaporizhzhia Oblast](https://en.wikipedia.org/wiki/Zaporizhzhia_Oblast "Zaporizhzhia Oblast"), near the village of Uvira and [Christmas](https://en.wikipedia.org/wiki/Christmas "Christmas") markets. [(AP)](https://apnews.com/article/x)`

func TestWikiItemTypesLinks(t *testing.T) {
	known := &linkedNames{names: []string{"Uvira"}, class: map[string]string{"Uvira": "LOC"}}
	s, untyped, ok := wikiItem(wikiItemMD, known)
	if !ok {
		t.Fatal("item rejected")
	}
	got := map[string]string{}
	for _, sp := range s.Spans {
		got[strings.Join(s.Tokens[sp.Start:sp.End], " ")] = sp.Class
	}
	want := map[string]string{
		"Associated Press":    "ORG",
		"Piatykhatky":         "LOC", // typed by its disambiguator
		"Zaporizhzhia Oblast": "LOC",
		"Uvira":               "LOC", // unlinked here, linked elsewhere
		"Christmas":           nereval.Ignore,
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q: class %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("spans %v, want exactly %v (descriptions and source links are not mentions)", got, want)
	}
	if untyped != 1 {
		t.Errorf("untyped %d, want 1", untyped)
	}
	if strings.Contains(strings.Join(s.Tokens, " "), "AP") {
		t.Error("the source link should be dropped from the text")
	}
}

func TestTypeTargetPersonNeedsEvidence(t *testing.T) {
	firstNames = map[string]bool{"Donald": true}
	if c := typeTarget("Donald Trump", "Donald Trump", false); c != "PER" {
		t.Errorf("Donald Trump: %q", c)
	}
	if c := typeTarget("Paul Kagame", "Paul Kagame", true); c != "PER" {
		t.Errorf("Paul Kagame after a title: %q", c)
	}
	for _, name := range []string{"La Paz", "Golden Globe Awards", "South Kordofan"} {
		if c := typeTarget(name, name, false); c == "PER" {
			t.Errorf("%s typed PER", name)
		}
	}
}
