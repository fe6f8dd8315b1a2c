package eventeval

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// fake answers with fixed analyses, so the scorer is tested on its own.
func fake(by map[string]nlp.Analysis) Analyzer {
	return func(text string) nlp.Analysis { return by[text] }
}

func ent(id, text string) nlp.Entity {
	return nlp.Entity{ID: id, Name: text, Mentions: []nlp.Mention{{Text: text}}}
}

func TestScore(t *testing.T) {
	gold, err := Read(strings.NewReader(`
{"id":"a","text":"Jordan and Britain have agreed to undertake joint exercises, a Jordanian official said.","type":"AGREE","actors":["Jordan","Britain"],"targets":[]}
{"id":"b","text":"Iran threatened to shell Iraqi towns.","type":"THREATEN","actors":["Iran"],"targets":["Iraqi towns"]}
{"id":"c","text":"The first flight of the 777 was in 1994.","type":"","actors":[],"targets":[]}
{"id":"d","text":"Apple shares rose.","type":"","actors":[],"targets":[]}
`), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	an := map[string]nlp.Analysis{
		gold[0].Text: {
			Entities: []nlp.Entity{ent("place:jordan", "Jordan"), ent("place:britain", "Britain")},
			// The statement comes first; the gold codes the agreement.
			Events: []nlp.Event{
				{Type: "STATEMENT", Actors: []string{"place:jordan"}},
				{Type: "AGREE", Actors: []string{"place:jordan", "place:britain"}},
			},
		},
		gold[1].Text: {
			Entities: []nlp.Entity{ent("place:iran", "Iran"), ent("place:iraq", "Iraqi")},
			Events:   []nlp.Event{{Type: "ASSAULT", Actors: []string{"place:iran"}, Targets: []string{"place:iraq"}}},
		},
		gold[2].Text: {Events: []nlp.Event{{Type: "CONSULT"}}},
	}
	r := Score(gold, fake(an))
	if r.Positives != 2 || r.Negatives != 2 {
		t.Errorf("positives %d negatives %d", r.Positives, r.Negatives)
	}
	if r.Detection.TP != 2 || r.Detection.FP != 1 || r.Detection.FN != 0 {
		t.Errorf("detection %+v, want tp 2 fp 1 fn 0", r.Detection)
	}
	if r.TypeAccuracy != 0.5 {
		t.Errorf("type accuracy %v, want 0.5 (AGREE right, THREATEN wrong)", r.TypeAccuracy)
	}
	if r.Actor.TP != 3 || r.Actor.FP != 0 || r.Actor.FN != 0 {
		t.Errorf("actor %+v, want 3/0/0", r.Actor)
	}
	if r.Target.TP != 1 || r.Target.FN != 0 {
		t.Errorf("target %+v: Iraqi should match \"Iraqi towns\"", r.Target)
	}
}

func TestReadNamesTheLine(t *testing.T) {
	_, err := Read(strings.NewReader("{\"id\":\"a\",\"text\":\"x\",\"type\":\"AGREE\"}\n{oops\n"), "gold.jsonl")
	if err == nil || !strings.Contains(err.Error(), "gold.jsonl:2") {
		t.Errorf("error %v, want one naming gold.jsonl:2", err)
	}
}

func TestSplitIsStableAndBalanced(t *testing.T) {
	if Split("PLOVER-GSR01-AGREE-0004") != Split("PLOVER-GSR01-AGREE-0004") {
		t.Fatal("split is not deterministic")
	}
	gold, err := ReadFile("../../testdata/events/plover-heldout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(Only(gold, "heldout")); n != len(gold) {
		t.Errorf("%d of %d lines of the held-out copy hash to heldout", n, len(gold))
	}
}

// An event's noun phrases are its participants when it has them: one
// phrase naming two entities is one participant, and a phrase that names
// no entity still matches.
func TestScorePhrases(t *testing.T) {
	gold := []Gold{{ID: "a", Text: "Ibo traditional elders have demanded that control of the Nigerian Interior Ministry be taken away from Hausa politicians.",
		Type: "REQUEST", Actors: []string{"Ibo traditional elders"}, Targets: []string{"Hausa politicians"}}}
	an := map[string]nlp.Analysis{gold[0].Text: {
		Entities: []nlp.Entity{ent("place:nigeria", "Nigerian"), ent("organization:interior ministry", "Interior Ministry")},
		Events: []nlp.Event{{Type: "REQUEST",
			Targets: []string{"place:nigeria", "organization:interior ministry"}, TargetText: []string{"Nigerian Interior Ministry"},
			ActorText: []string{"Ibo traditional elders"}}},
	}}
	r := Score(gold, fake(an))
	if r.Actor.TP != 1 || r.Actor.FP != 0 {
		t.Errorf("actor %+v: the elders' phrase should match", r.Actor)
	}
	if r.Target.TP != 0 || r.Target.FP != 1 || r.Target.FN != 1 {
		t.Errorf("target %+v: one wrong phrase is one false positive, not two", r.Target)
	}
}
