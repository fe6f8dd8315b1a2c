package nereval

import (
	"strings"
	"testing"
)

func TestDetokenizeAndMapBack(t *testing.T) {
	d := Document{Sentences: []Sentence{
		{Tokens: strings.Fields(`Russia 's forces left Kursk , officials said .`)},
		{Tokens: strings.Fields(`" We will return , " Zelensky ( Ukraine ) said .`)},
	}}
	txt := Detokenize(d)
	want := "Russia's forces left Kursk, officials said.\n\"We will return,\" Zelensky (Ukraine) said."
	if txt.Text != want {
		t.Fatalf("text %q, want %q", txt.Text, want)
	}
	at := func(s string) Mention {
		i := strings.Index(txt.Text, s)
		return Mention{Start: i, End: i + len(s), Class: "LOC"}
	}
	spans, dropped := txt.SpansAt([]Mention{at("Russia"), at("Kursk"), at("Zelensky"), at("Ukraine"), at("said.\n\"We")})
	if dropped != 1 {
		t.Errorf("dropped %d, want 1 (the mention across the sentence break)", dropped)
	}
	if len(spans[0]) != 2 || spans[0][0] != (Span{0, 1, "LOC"}) || spans[0][1] != (Span{4, 5, "LOC"}) {
		t.Errorf("sentence 1 spans %v", spans[0])
	}
	if len(spans[1]) != 2 || spans[1][0] != (Span{6, 7, "LOC"}) || spans[1][1] != (Span{8, 9, "LOC"}) {
		t.Errorf("sentence 2 spans %v", spans[1])
	}
}

func TestIgnoreRegionsAreNotScored(t *testing.T) {
	gold := [][]Span{{{0, 3, Ignore}, {5, 6, "LOC"}}}
	pred := [][]Span{{{2, 3, "LOC"}, {5, 6, "LOC"}, {7, 8, "ORG"}}}
	s := Score(gold, pred)
	if s.Micro.TP != 1 || s.Micro.FP != 1 || s.Micro.FN != 0 {
		t.Errorf("counts %+v: the prediction inside the ignored region should not count", s.Micro)
	}
}

func TestNormalizeToNamesOnly(t *testing.T) {
	toks := strings.Fields(`U.S. Army General Joseph Votel said the Coalition partners and ISIL - held territory near the United States embassy ; He left .`)
	spans := []Span{
		{0, 5, "PER"},   // U.S. Army General Joseph Votel
		{6, 9, "ORG"},   // the Coalition partners
		{10, 14, "LOC"}, // ISIL - held territory
		{15, 18, "ORG"}, // the United States
		{20, 21, "PER"}, // He
	}
	got := normalizeSpans(toks, spans)
	want := []Span{{3, 5, "PER"}, {7, 8, "ORG"}, {16, 18, "LOC"}}
	if len(got) != len(want) {
		t.Fatalf("spans %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d = %v (%q), want %v", i, got[i], strings.Join(toks[got[i].Start:got[i].End], " "), want[i])
		}
	}
}
