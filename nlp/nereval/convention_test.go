package nereval

import (
	"strings"
	"testing"
)

func TestAdaptTitlesAndNationalities(t *testing.T) {
	toks := strings.Fields("Iraqi President Jalal Talabani met North Korean envoys and Mr. Bush")
	pred := []Span{{0, 1, "LOC"}, {2, 4, "PER"}, {5, 7, "LOC"}, {10, 11, "PER"}}
	cases := []struct {
		conv Convention
		want []Span
	}{
		{GMB, []Span{{0, 1, "LOC"}, {1, 4, "PER"}, {6, 7, "LOC"}, {9, 11, "PER"}}},
		{Re3d, []Span{{1, 4, "PER"}, {9, 11, "PER"}}},
		{CoNLL, []Span{{2, 4, "PER"}, {10, 11, "PER"}}},
		{None, pred},
	}
	for _, c := range cases {
		got := c.conv.Adapt(toks, append([]Span{}, pred...))
		if len(got) != len(c.want) {
			t.Errorf("%s: %v, want %v", c.conv.Name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: %v, want %v", c.conv.Name, got, c.want)
				break
			}
		}
	}
	// CoNLL strips a title a system put inside the name; lower-case
	// words are never titles.
	if got := CoNLL.Adapt(toks, []Span{{1, 4, "PER"}}); got[0] != (Span{2, 4, "PER"}) {
		t.Errorf("conll kept the title: %v", got)
	}
	low := strings.Fields("rebel leader Joseph Kony")
	if got := GMB.Adapt(low, []Span{{2, 4, "PER"}}); got[0] != (Span{2, 4, "PER"}) {
		t.Errorf("gmb took a lower-case title: %v", got)
	}
}

func TestConventionFromLabelsSurvivesWriteCoNLL(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(re3dSnippet))
	if err != nil {
		t.Fatal(err)
	}
	if docs[0].Convention.Name != "re3d" {
		t.Fatalf("re3d labels read as %q", docs[0].Convention.Name)
	}
	for _, conv := range []Convention{GMB, Re3d, CoNLL} {
		docs[0].Convention = conv
		var b strings.Builder
		if err := WriteCoNLL(&b, docs); err != nil {
			t.Fatal(err)
		}
		back, err := ReadCoNLL(strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if back[0].Convention.Name != conv.Name {
			t.Errorf("written as %s, read back as %s", conv.Name, back[0].Convention.Name)
		}
		if len(back[0].Sentences[0].Spans) != len(docs[0].Sentences[0].Spans) {
			t.Errorf("%s: spans changed in the round trip", conv.Name)
		}
	}
	if c := Normalize(docs)[0].Convention; c.Name != "conll" {
		t.Errorf("normalized gold has convention %q, want conll", c.Name)
	}
}
