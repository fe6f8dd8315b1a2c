package nlp

import (
	"reflect"
	"strings"
	"testing"
)

// re3d training sentences from public-sector sources (gov.uk, OGL v3.0;
// US State Department, public domain; CENTCOM, public domain), written as
// they appear in the original documents.
const (
	ukIraqText       = "The UK continues to stand shoulder to shoulder with the government and people of Iraq in the fight against terrorism."
	assadText        = "This listing gives yet another indication that Assad’s “war” on ISIL is a sham and that he supports them financially."
	sdfText          = "The Syrian Democratic Forces announced that they began their advance to isolate Raqqah, Syria, Nov. 6, 2016."
	referencesSample = ukIraqText + " " + assadText + " " + sdfText
)

// findRef returns the reference whose text is text, starting at or after
// byte from.
func findRef(t *testing.T, a Analysis, text string, from int) Reference {
	t.Helper()
	for _, r := range a.Mentions {
		if r.Text == text && r.Start >= from {
			return r
		}
	}
	var got []string
	for _, r := range a.Mentions {
		got = append(got, string(r.Kind)+":"+r.Text)
	}
	t.Fatalf("no reference %q in %q", text, got)
	return Reference{}
}

func TestNominalReference(t *testing.T) {
	a := extractor(t).Analyze(ukIraqText, "")
	r := findRef(t, a, "the government", 0)
	start := strings.Index(ukIraqText, "the government")
	want := Reference{Kind: Nominal, Class: Organization, Start: start, End: start + len("the government"), Sentence: 0, Text: "the government"}
	if r != want {
		t.Errorf("reference %+v, want %+v", r, want)
	}
}

// A phrase that contains a resolved name refers to that name's entity.
func TestNamedReference(t *testing.T) {
	a := extractor(t).Analyze(sdfText, "")
	sdf := findRef(t, a, "The Syrian Democratic Forces", 0)
	if sdf.Kind != Named || sdf.Class != Organization || sdf.Entity != "organization:syrian democratic forces" {
		t.Errorf("The Syrian Democratic Forces: %+v, want a Named reference to organization:syrian democratic forces", sdf)
	}
	if _, ok := byID(a)[sdf.Entity]; !ok {
		t.Errorf("Named reference to %s, which is not an entity of the analysis: %v", sdf.Entity, ids(a))
	}
}

func TestPronounReferences(t *testing.T) {
	a := extractor(t).Analyze(referencesSample, "")
	he := findRef(t, a, "he", len(ukIraqText))
	start := strings.Index(referencesSample, " he supports") + 1
	want := Reference{Kind: Pronoun, Class: Person, Start: start, End: start + 2, Sentence: 1, Text: "he"}
	if he != want {
		t.Errorf("he: %+v, want %+v", he, want)
	}
	they := findRef(t, a, "they", len(ukIraqText)+len(assadText))
	if they.Kind != Pronoun || they.Class != Organization || they.Sentence != 2 || referencesSample[they.Start:they.End] != "they" {
		t.Errorf("they: %+v, want an Organization pronoun in sentence 2", they)
	}
}

// Nominal and pronoun references are mentions only: no entity is made of
// them, and no entity mention is one of them.
func TestReferencesAreNotEntities(t *testing.T) {
	a := extractor(t).Analyze(referencesSample, "")
	refs := map[[2]int]Reference{}
	for _, r := range a.Mentions {
		if r.Kind != Named {
			refs[[2]int{r.Start, r.End}] = r
			if r.Entity != "" {
				t.Errorf("%s reference %q has entity %s", r.Kind, r.Text, r.Entity)
			}
		}
	}
	if len(refs) == 0 {
		t.Fatal("no nominal or pronoun references")
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if r, ok := refs[[2]int{m.Start, m.End}]; ok {
				t.Errorf("entity %s has the %s reference %q as a mention", e.ID, r.Kind, r.Text)
			}
		}
		if name := strings.ToLower(e.Name); name == "he" || name == "they" || strings.Contains(name, "government") {
			t.Errorf("entity %s made of a reference", e.ID)
		}
	}
}

// Without mentions, as the graph asks, the entities and events are the same
// and no mention is looked for.
func TestWithoutMentionsKeepsEntitiesAndEvents(t *testing.T) {
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	with := x.Analyze(referencesSample, "2016-11-07")
	without := x.WithoutMentions().Analyze(referencesSample, "2016-11-07")
	if len(with.Mentions) == 0 {
		t.Fatal("no mentions found in the sample; the test needs some")
	}
	if len(without.Mentions) != 0 {
		t.Errorf("%d mentions without mentions", len(without.Mentions))
	}
	with.Mentions = nil
	if !reflect.DeepEqual(with, without) {
		t.Error("entities or events differ without mentions")
	}
}
