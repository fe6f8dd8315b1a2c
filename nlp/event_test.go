package nlp

import (
	"slices"
	"strings"
	"testing"
)

// sentenceEvents runs the event step alone on one sentence whose entities
// are given, so these tests check event logic, not the NER model.
func sentenceEvents(t *testing.T, text, published string, names map[string]Kind) []Event {
	t.Helper()
	sent := Sentence{Start: 0, End: len(text)}
	sent.Tokens = tokenize(text, sent)
	var ents []Entity
	for name, kind := range names {
		id := nameID(name, kind)
		e := Entity{ID: id, Kind: kind, Name: name}
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			s := off + i
			e.Mentions = append(e.Mentions, Mention{Start: s, End: s + len(name), Text: name})
			off = s + len(name)
		}
		if len(e.Mentions) == 0 {
			t.Fatalf("%q is not in the sentence", name)
		}
		ents = append(ents, e)
	}
	return events(text, published, []Sentence{sent}, ents)
}

// testDemonyms maps the demonyms of these tests to their countries as
// resolve does ("Russian" names Russia), so tests write mentions as written.
var testDemonyms = map[string]string{"Russian": "Russia", "North Korean": "North Korea", "Ukrainian": "Ukraine", "Iraqi": "Iraq", "Palestinian": "Palestine"}

func nameID(name string, kind Kind) string {
	if country, ok := testDemonyms[name]; ok {
		return EntityID(Place, country)
	}
	return EntityID(kind, name)
}

func findEvent(evs []Event, typ string) (Event, bool) {
	for _, e := range evs {
		if e.Type == typ {
			return e, true
		}
	}
	return Event{}, false
}

func mustEvent(t *testing.T, evs []Event, typ string) Event {
	t.Helper()
	e, ok := findEvent(evs, typ)
	if !ok {
		t.Fatalf("no %s event in %+v", typ, evs)
	}
	return e
}

func TestReportedSpeechHasSpeakerAndClause(t *testing.T) {
	evs := sentenceEvents(t, "Ukrainian President Volodymyr Zelensky has said that Russian and North Korean forces suffered heavy losses in fighting in Russia's southern Kursk region.",
		"2025-01-05", map[string]Kind{"Volodymyr Zelensky": Person, "North Korean": Place, "Russia": Place, "Kursk": Place})
	st := mustEvent(t, evs, "STATEMENT")
	if !slices.Contains(st.Actors, "person:volodymyr zelensky") {
		t.Errorf("speaker: actors %v, want Zelensky", st.Actors)
	}
	if !slices.Contains(st.Targets, "place:north korea") || !slices.Contains(st.Targets, "place:russia") {
		t.Errorf("reported clause: targets %v, want North Korea and Russia", st.Targets)
	}
	if fight := mustEvent(t, evs, "ASSAULT"); fight.Place != "place:kursk" {
		t.Errorf("fighting in Russia's southern Kursk region: place %q, want Kursk (not its owner Russia)", fight.Place)
	}
}

func TestInvertedQuoteAndRelativeDate(t *testing.T) {
	evs := sentenceEvents(t, "\"In battles yesterday and today near just one village, Makhnovka, in Kursk region, the Russian army lost up to a battalion of North Korean infantry soldiers and Russian paratroops,\" Zelensky said.",
		"2025-01-05", map[string]Kind{"Zelensky": Person, "Makhnovka": Place, "Kursk": Place, "Russian": Place, "North Korean": Place})
	st := mustEvent(t, evs, "STATEMENT")
	if !slices.Equal(st.Actors, []string{"person:zelensky"}) || !slices.Equal(st.ActorText, []string{"Zelensky"}) {
		t.Errorf("STATEMENT actors %v %q, want the speaker after the quote, without the quote mark", st.Actors, st.ActorText)
	}
	b := mustEvent(t, evs, "ASSAULT")
	if b.Place != "place:makhnovka" || b.Date != "2025-01-04" {
		t.Errorf("battles: place %q date %q, want Makhnovka on 2025-01-04 (yesterday)", b.Place, b.Date)
	}
	if !slices.Contains(b.Actors, "place:russia") || !slices.Contains(b.Actors, "place:north korea") {
		t.Errorf("battles: parties %v, want Russia and North Korea", b.Actors)
	}
	if slices.Contains(b.Actors, "place:kursk") {
		t.Errorf("battles: Kursk is where, not who: %v", b.Actors)
	}
}

func TestDeploymentSizeAndDates(t *testing.T) {
	evs := sentenceEvents(t, "Ukrainian and Western assessments say that some 11,000 North Korean troops are deployed in the Kursk region, where Ukrainian forces occupy swathes of territory after staging a mass cross-border incursion in August.",
		"2025-01-05", map[string]Kind{"Ukrainian": Place, "North Korean": Place, "Kursk": Place})
	m := mustEvent(t, evs, "MOBILIZE")
	if m.Size != 11000 || m.Place != "place:kursk" || !slices.Contains(m.Actors, "place:north korea") {
		t.Errorf("deployed: size %d place %q actors %v, want 11000 North Korean troops in Kursk", m.Size, m.Place, m.Actors)
	}
	if m.Date != "2025-01-05" {
		t.Errorf("deployed: date %q, want the publication date; August belongs to the incursion", m.Date)
	}
	for _, e := range evs {
		if e.Trigger == "incursion" && e.Date != "2024-08" {
			t.Errorf("incursion in August, published January 2025: date %q, want 2024-08", e.Date)
		}
	}
}

func TestPassiveVoiceSwapsRoles(t *testing.T) {
	evs := sentenceEvents(t, "Montenegro's prime minister has been indicted by the U.N. war crimes court for his alleged part in atrocities.",
		"", map[string]Kind{"Montenegro": Place, "U.N.": Organization})
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	e := evs[0]
	if !slices.Equal(e.Actors, []string{"organization:u.n."}) || !slices.Equal(e.Targets, []string{"place:montenegro"}) {
		t.Errorf("indicted by the U.N.: actors %v targets %v, want the U.N. acting on Montenegro", e.Actors, e.Targets)
	}
}

func TestNegatedEventIsNoEvent(t *testing.T) {
	evs := sentenceEvents(t, "Russian forces did not attack Kharkiv overnight.", "", map[string]Kind{"Russian": Place, "Kharkiv": Place})
	if e, ok := findEvent(evs, "ASSAULT"); ok {
		t.Errorf("did not attack: got %+v", e)
	}
	evs = sentenceEvents(t, "Russian forces attacked Kharkiv overnight.", "", map[string]Kind{"Russian": Place, "Kharkiv": Place})
	a := mustEvent(t, evs, "ASSAULT")
	if !slices.Equal(a.Actors, []string{"place:russia"}) || !slices.Equal(a.Targets, []string{"place:kharkiv"}) {
		t.Errorf("attacked: actors %v targets %v", a.Actors, a.Targets)
	}
}

func TestModeAndCountOfShootDown(t *testing.T) {
	evs := sentenceEvents(t, "According to the Russian military, air defense units shot down four Ukrainian missiles in the region.",
		"", map[string]Kind{"Russian": Place, "Ukrainian": Place})
	a := mustEvent(t, evs, "ASSAULT")
	if a.Mode != "missile" || a.Size != 4 {
		t.Errorf("shot down four missiles: mode %q size %d", a.Mode, a.Size)
	}
	st := mustEvent(t, evs, "STATEMENT")
	if !slices.Equal(st.Actors, []string{"place:russia"}) {
		t.Errorf("according to the Russian military: speaker %v", st.Actors)
	}
}

func TestCasualtiesAreCounted(t *testing.T) {
	evs := sentenceEvents(t, "Two Palestinian suicide bombers killed 23 people in Tel Aviv, police said.",
		"", map[string]Kind{"Palestinian": Place, "Tel Aviv": Place})
	a := mustEvent(t, evs, "ASSAULT")
	if a.Killed != 23 {
		t.Errorf("killed 23 people: killed = %d", a.Killed)
	}
	if a.Place != "place:tel aviv" {
		t.Errorf("place %q, want Tel Aviv", a.Place)
	}
}

// CAMEO patterns refine or veto a verb: fighting corruption is no assault,
// and the infinitive after "threatened to" is the threat's content.
func TestPatternsAndComplements(t *testing.T) {
	evs := sentenceEvents(t, "The Ukrainian government vowed to fight corruption in Kyiv.", "", map[string]Kind{"Ukrainian": Place, "Kyiv": Place})
	if e, ok := findEvent(evs, "ASSAULT"); ok {
		t.Errorf("fight corruption: got %+v", e)
	}
	evs = sentenceEvents(t, "Iran threatened to shell Iraqi towns in retaliation.", "", map[string]Kind{"Iran": Place, "Iraqi": Place})
	th := mustEvent(t, evs, "THREATEN")
	if !slices.Equal(th.Actors, []string{"place:iran"}) {
		t.Errorf("threatened: actors %v", th.Actors)
	}
	if e, ok := findEvent(evs, "ASSAULT"); ok {
		t.Errorf("a threat to shell is not shelling: %+v", e)
	}
}

func TestNoEventWithoutTrigger(t *testing.T) {
	evs := sentenceEvents(t, "The city, home to a mine in Pokrovsk, had a pre-war population of some 60,000 people.", "", map[string]Kind{"Pokrovsk": Place})
	if len(evs) != 0 {
		t.Errorf("a description is not an event: %+v", evs)
	}
}

// Without POS tags (prose tokenized differently) the matcher still works
// from the lexicon alone, with less confidence.
func TestUntaggedFallback(t *testing.T) {
	lex, err := loadEventLexicon()
	if err != nil {
		t.Fatal(err)
	}
	text := "Russian forces attacked Kharkiv."
	sent := Sentence{Start: 0, End: len(text)}
	sent.Tokens = tokenize(text, sent)
	c := newClause(lex, sent.Tokens, nil, []ment{{id: "place:russia", kind: Place, s: 0, e: 1}, {id: "place:kharkiv", kind: Place, s: 3, e: 4}})
	evs := c.events("")
	a := mustEvent(t, evs, "ASSAULT")
	if a.Confidence >= 0.8 || len(a.Actors) == 0 {
		t.Errorf("untagged: %+v", a)
	}
}

func TestPOSTagsRefuseMisalignedTokens(t *testing.T) {
	text := "Russia attacked Kharkiv."
	sent := Sentence{Start: 0, End: len(text), Tokens: []Token{{Text: "Russia attacked", Start: 0, End: 15}}}
	if tags := posTags(text, sent); tags != nil {
		t.Errorf("tags %v for tokens prose would not produce", tags)
	}
	sent.Tokens = tokenize(text, sent)
	tags := posTags(text, sent)
	if len(tags) != len(sent.Tokens) || !strings.HasPrefix(tags[1], "VB") {
		t.Errorf("tags %v for %v", tags, sent.Tokens)
	}
}

func TestEventLexicon(t *testing.T) {
	lex, err := loadEventLexicon()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"said": "STATEMENT", "shelled": "ASSAULT", "deployed": "MOBILIZE", "threatened": "THREATEN", "demanded": "REQUEST", "rejected": "REJECT"}
	for form, typ := range want {
		found := false
		for _, e := range lex.byFirst[form] {
			found = found || (!e.noun && e.typ == typ)
		}
		if !found {
			t.Errorf("%q: no %s verb entry in %+v", form, typ, lex.byFirst[form])
		}
	}
	if _, err := parseEventLexicon("verb\tsaid\n"); err == nil || !strings.Contains(err.Error(), "eventlex.tsv:1") {
		t.Errorf("a malformed line: error %v, want one naming the line", err)
	}
}
