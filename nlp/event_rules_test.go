package nlp

import (
	"slices"
	"testing"
)

// The sentences of these tests are from the PLOVER gold's dev half
// (/work/shared/data/events/plover-dev.jsonl, CC BY-SA 4.0), never its
// held-out half.

// mainEvent is the event a PLOVER gold line codes: the first that is not
// reported speech.
func mainEvent(t *testing.T, evs []Event) Event {
	t.Helper()
	for _, e := range evs {
		if e.Type != "STATEMENT" {
			return e
		}
	}
	t.Fatalf("no event but reported speech in %+v", evs)
	return Event{}
}

func TestParticipantsAreNounPhrases(t *testing.T) {
	// A participant no entity names.
	e := mainEvent(t, sentenceEvents(t, "Ibo traditional elders have demanded that control of the Nigerian Interior Ministry be taken away from Hausa politicians in the next government.",
		"", map[string]Kind{"Interior Ministry": Organization, "Hausa": Place}))
	if e.Type != "REQUEST" || !slices.Equal(e.ActorText, []string{"Ibo traditional elders"}) {
		t.Errorf("demanded: %s by %q, want REQUEST by Ibo traditional elders", e.Type, e.ActorText)
	}
	// Two conjuncts, two participants; the attribution after the comma is no target.
	e = mainEvent(t, sentenceEvents(t, "Jordan and Britain have agreed to undertake joint military exercises this month, a Jordanian official confirmed.",
		"", map[string]Kind{"Jordan": Place, "Britain": Place}))
	if e.Type != "AGREE" || !slices.Equal(e.ActorText, []string{"Jordan", "Britain"}) || len(e.TargetText) != 0 {
		t.Errorf("agreed: %s actors %q targets %q, want AGREE by Jordan and Britain, no target", e.Type, e.ActorText, e.TargetText)
	}
	// A head and its appositive are one participant.
	e = mainEvent(t, sentenceEvents(t, "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded parties to the conflict in Iraq to allow humanitarian workers the freedom of movement necessary for discharging their mandate.",
		"", map[string]Kind{"Kenzo Oshima": Person, "United Nations Emergency Relief Coordinator": Organization, "Iraq": Place}))
	if len(e.ActorText) != 1 || len(e.Actors) != 2 {
		t.Errorf("appositive: actor texts %q ids %v, want one phrase naming both", e.ActorText, e.Actors)
	}
}

func TestSubjectWithModifiers(t *testing.T) {
	// A participle after a noun modifies it: "using" is no event, and the
	// aircraft are the subject of "killed".
	evs := sentenceEvents(t, "British aircraft using precision guided missiles killed 4 Iraqis in an attack on a suspected weapons supply in Basra.",
		"", map[string]Kind{"British": Place, "Iraqis": Place, "Basra": Place})
	e := mainEvent(t, evs)
	if e.Trigger != "killed" || !slices.Equal(e.ActorText, []string{"British aircraft"}) || !slices.Equal(e.TargetText, []string{"4 Iraqis"}) {
		t.Errorf("got %q by %q on %q, want killed by British aircraft on 4 Iraqis", e.Trigger, e.ActorText, e.TargetText)
	}
	// A place phrase belongs to the subject; "against" far from the verb is no accusation.
	e = mainEvent(t, sentenceEvents(t, "Ethnic Albanians in south Serbia are demanding a U.N. military presence to protect them against a heavily armed ruling Serb minority and prevent a Bosnia-style civil war, but some foreign monitors are skeptical.",
		"", map[string]Kind{"Serbia": Place, "U.N.": Organization}))
	if e.Type != "REQUEST" || !slices.Equal(e.ActorText, []string{"Ethnic Albanians in south Serbia"}) {
		t.Errorf("got %s by %q, want REQUEST by Ethnic Albanians in south Serbia", e.Type, e.ActorText)
	}
}

func TestModifierParticipleIsNoEvent(t *testing.T) {
	evs := sentenceEvents(t, "Angry activists from the defeated Fatah Party have staged rallies in the Gaza Strip against the party's leader Mahmoud Abbas, saying he must resign.",
		"", map[string]Kind{"Fatah Party": Organization, "Gaza Strip": Place, "Mahmoud Abbas": Person})
	for _, e := range evs {
		if e.Trigger == "defeated" {
			t.Errorf("the defeated Fatah Party: %+v", e)
		}
	}
	e := mainEvent(t, evs)
	if e.Type != "PROTEST" || e.Trigger != "staged rallies" || e.Place != "place:gaza strip" {
		t.Errorf("got %s %q in %q, want PROTEST staged rallies in the Gaza Strip", e.Type, e.Trigger, e.Place)
	}
	if !slices.Contains(e.Actors, "organization:fatah party") || !slices.Contains(e.Targets, "person:mahmoud abbas") {
		t.Errorf("actors %v targets %v, want Fatah's activists against Abbas", e.Actors, e.Targets)
	}
}

// A support verb takes its event noun's type: an ultimatum issued is a threat.
func TestSupportVerbTakesTheNounsType(t *testing.T) {
	e := mainEvent(t, sentenceEvents(t, "Peru has issued an ultimatum to Ecuador to halt attacks across their disputed jungle border.",
		"", map[string]Kind{"Peru": Place, "Ecuador": Place}))
	if e.Type != "THREATEN" || !slices.Equal(e.Actors, []string{"place:peru"}) || !slices.Equal(e.Targets, []string{"place:ecuador"}) {
		t.Errorf("got %s %q actors %v targets %v, want THREATEN by Peru against Ecuador", e.Type, e.Trigger, e.Actors, e.Targets)
	}
}

// "ready/prepared to", "will", "would": PLOVER codes an intention to
// cooperate as AGREE, one to use force or pressure as THREATEN.
func TestIntentions(t *testing.T) {
	e := mainEvent(t, sentenceEvents(t, "France is ready to contribute up to 4,000 troops to an international peace-keeping force in Liberia, Defence Minister Pierre Joxe said on Monday.",
		"", map[string]Kind{"France": Place, "Liberia": Place, "Pierre Joxe": Person}))
	if e.Type != "AGREE" || !slices.Equal(e.Actors, []string{"place:france"}) {
		t.Errorf("ready to contribute: %s by %v, want AGREE by France", e.Type, e.Actors)
	}
	e = mainEvent(t, sentenceEvents(t, "Iraq's interim government announced that it is prepared to impose martial law as street battles raged in central Baghdad between insurgents and security forces.",
		"", map[string]Kind{"Iraq": Place, "Baghdad": Place}))
	if e.Type != "THREATEN" || !slices.Equal(e.ActorText, []string{"Iraq's interim government"}) {
		t.Errorf("prepared to impose martial law: %s by %q, want THREATEN by Iraq's interim government (it)", e.Type, e.ActorText)
	}
	e = mainEvent(t, sentenceEvents(t, "NATO confirmed on Wednesday it would tighten the naval blockade of Serbia in the Adriatic with Albania's help.",
		"", map[string]Kind{"NATO": Organization, "Serbia": Place, "Adriatic": Place, "Albania": Place}))
	if e.Type != "THREATEN" || !slices.Equal(e.Actors, []string{"organization:nato"}) || !slices.Contains(e.Targets, "place:serbia") {
		t.Errorf("would tighten the blockade: %s by %v on %v, want THREATEN by NATO on Serbia", e.Type, e.Actors, e.Targets)
	}
	e = mainEvent(t, sentenceEvents(t, "Turkey will allow up to 13,000 Turkish Kurd refugees who have lived in Iraq for more than a decade to return home as part of a UN-brokered deal.",
		"", map[string]Kind{"Turkey": Place, "Iraq": Place}))
	if e.Type != "AGREE" {
		t.Errorf("will allow: %s, want AGREE", e.Type)
	}
}

// "X said that Y must ..." reports a demand of X on Y.
func TestMustClauseIsADemand(t *testing.T) {
	evs := sentenceEvents(t, "The Bush administration declared Tuesday that China must drop barriers to U.S. exports or face tariff penalties for maintaining unfair trade practices.",
		"", map[string]Kind{"Bush": Person, "China": Place, "U.S.": Place})
	e := mainEvent(t, evs)
	if e.Type != "REQUEST" || !slices.Equal(e.ActorText, []string{"Bush administration"}) || !slices.Equal(e.Targets, []string{"place:china"}) {
		t.Errorf("got %s by %q on %v, want REQUEST by the Bush administration on China", e.Type, e.ActorText, e.Targets)
	}
}

// A negated act of cooperation is a refusal; a pronoun subject stands for
// the speaker before it.
func TestRefusalAndPronoun(t *testing.T) {
	e := mainEvent(t, sentenceEvents(t, "The U.S. said it would not meet hostage-takers demands to release prisoners in Iraq, including a number of females.",
		"", map[string]Kind{"U.S.": Place, "Iraq": Place}))
	if e.Type != "REJECT" || !slices.Equal(e.Actors, []string{"place:u.s."}) || !slices.Equal(e.TargetText, []string{"hostage-takers"}) {
		t.Errorf("got %s by %v (%q) on %q, want REJECT by the U.S. of the hostage-takers", e.Type, e.Actors, e.ActorText, e.TargetText)
	}
}

// An event noun with no participant of its own takes the subject of the
// verb that governs it; a demand's "that" clause names whom it asks.
func TestGovernedEventNoun(t *testing.T) {
	e := mainEvent(t, sentenceEvents(t, "The main Hutu rebel group, Forces for Defence of Democracy (FDD), insisted on its demands that Burundi's government grant the Hutu majority more rights.",
		"", map[string]Kind{"Hutu": Place, "Burundi": Place}))
	if e.Type != "REQUEST" || len(e.ActorText) != 1 || !slices.Equal(e.TargetText, []string{"Burundi's government"}) {
		t.Errorf("got %s %q by %q on %q, want REQUEST by the Hutu rebel group on Burundi's government", e.Type, e.Trigger, e.ActorText, e.TargetText)
	}
}

// What the subject gives is not whom it gives it to.
func TestOwnedObjectIsNoTarget(t *testing.T) {
	e := mainEvent(t, sentenceEvents(t, "Syria has again offered its troops to Lebanon's new President Elias Hrawi to help him oust General Michel Aoun from the Christian enclave Aoun controls.",
		"", map[string]Kind{"Syria": Place, "Lebanon": Place, "Elias Hrawi": Person}))
	if e.Type != "AGREE" || !slices.Contains(e.Targets, "person:elias hrawi") {
		t.Errorf("got %s targets %v (%q), want AGREE towards Elias Hrawi", e.Type, e.Targets, e.TargetText)
	}
}

// A particle pattern ("demand ... on") must follow the verb: "on Monday"
// later in the clause is no attack; the forces whose withdrawal is
// demanded are its target.
func TestParticlePatternsFollowTheVerb(t *testing.T) {
	e := mainEvent(t, sentenceEvents(t, "European Community foreign ministers demanded the withdrawal of Serbian forces from Bosnia-Herzogovina on Monday calling them an occupying army, diplomats quoted an EC declaration as saying.",
		"", map[string]Kind{"European Community": Organization, "Serbian": Place, "Bosnia-Herzogovina": Place}))
	if e.Type != "REQUEST" || !slices.Contains(e.Targets, "place:serbian") {
		t.Errorf("got %s on %v, want REQUEST on the Serbian forces", e.Type, e.Targets)
	}
}

// The builder's supplement: "agree" is AGREE, "indict" ACCUSE; "capture"
// takes none of its CAMEO block's patterns ("take part" is AGREE); a verb
// too common to trigger alone still codes an event through its patterns
// ("set fire").
func TestLexiconSupplementRules(t *testing.T) {
	lex, err := loadEventLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for form, typ := range map[string]string{"agreed": "AGREE", "indicted": "ACCUSE"} {
		found := false
		for _, e := range lex.byFirst[form] {
			found = found || !e.noun && e.typ == typ
		}
		if !found {
			t.Errorf("%q: no %s verb entry in %+v", form, typ, lex.byFirst[form])
		}
	}
	e := mainEvent(t, sentenceEvents(t, "Burmese troops have captured part of a Karen guerrilla stronghold on the Thai border after five days of fighting, Thai police here said on Monday.",
		"", map[string]Kind{"Burmese": Place, "Karen": Organization, "Thai": Place}))
	if e.Type != "ASSAULT" || e.Trigger != "captured" {
		t.Errorf("captured part of a stronghold: %s %q, want ASSAULT", e.Type, e.Trigger)
	}
	e = mainEvent(t, sentenceEvents(t, "Jewish settlers in the West Bank city of Hebron set fire to the offices of the Palestinian administrators of Muslim property overnight following the killing of an Israeli man, Palestinian residents said Sunday.",
		"", map[string]Kind{"West Bank": Place, "Hebron": Place, "Palestinian": Place}))
	if e.Type != "ASSAULT" || e.Trigger != "set" || !slices.Equal(e.ActorText, []string{"Jewish settlers in the West Bank city of Hebron"}) {
		t.Errorf("set fire: %s %q by %q, want ASSAULT by the settlers", e.Type, e.Trigger, e.ActorText)
	}
}

// A gerund after a preposition has its clause's subject; a CAMEO pattern's
// words before the verb must be in the verb's own clause ("military" in
// "a military spokesperson said Pokrovsk remained" is no troops remaining).
func TestSeedSentenceClauses(t *testing.T) {
	evs := sentenceEvents(t, "Ukrainian and Western assessments say that some 11,000 North Korean troops are deployed in the Kursk region, where Ukrainian forces occupy swathes of territory after staging a mass cross-border incursion in August.",
		"2025-01-05", map[string]Kind{"Ukrainian": Place, "North Korean": Place, "Kursk": Place})
	inc := mustEvent(t, evs, "ASSAULT")
	if inc.Trigger != "staging a mass cross-border incursion" || !slices.Equal(inc.Actors, []string{"place:ukraine"}) {
		t.Errorf("incursion: %q by %v, want Ukraine's forces staging it", inc.Trigger, inc.Actors)
	}
	evs = sentenceEvents(t, "A Ukrainian military spokesperson earlier said Pokrovsk remained the \"hottest\" frontline sector, with Russian troops launching fresh attacks near the town in an effort to bypass it from the south and cut off supply routes to Ukraine's troops.",
		"", map[string]Kind{"Ukrainian": Place, "Pokrovsk": Place, "Russian": Place, "Ukraine": Place})
	if e, ok := findEvent(evs, "MOBILIZE"); ok {
		t.Errorf("Pokrovsk remained: %+v", e)
	}
	a := mustEvent(t, evs, "ASSAULT")
	if !slices.Equal(a.ActorText, []string{"Russian troops"}) {
		t.Errorf("launching fresh attacks: actors %q, want Russian troops", a.ActorText)
	}
}
