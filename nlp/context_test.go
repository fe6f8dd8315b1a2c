package nlp

import (
	"slices"
	"strings"
	"testing"
)

// A name in a written place hierarchy is a place, whatever the tagger
// made of it; a person described by a place's possessive, and a court,
// are not.
func TestPlaceHierarchy(t *testing.T) {
	for _, tc := range []struct {
		text  string
		spans []span
		want  []string
	}{
		{"A bomb killed two soldiers in Bajaur District , Khyber Pakhtunkhwa , Pakistan .",
			[]span{{start: 6, end: 8, kind: Place}, {start: 9, end: 11, kind: Person}, {start: 12, end: 13, kind: Place}},
			[]string{"place:bajaur district", "place:khyber pakhtunkhwa", "place:pakistan"}},
		{"Floods displaced thousands in Misamis Occidental , Philippines .",
			[]span{{start: 4, end: 6, kind: Person}, {start: 7, end: 8, kind: Place}},
			[]string{"place:misamis occidental", "place:philippines"}},
		{"Fighting spread to Khartoum State , Sudan .",
			[]span{{start: 3, end: 5, kind: Organization}, {start: 6, end: 7, kind: Place}},
			[]string{"place:khartoum state", "place:sudan"}},
		{"In Moscow , Sergey Lavrov , Russia 's foreign minister , spoke .",
			[]span{{start: 1, end: 2, kind: Place}, {start: 3, end: 5, kind: Person}, {start: 6, end: 7, kind: Place}},
			[]string{"place:moscow", "person:sergey lavrov", "place:russia"}},
		{"He was sentenced in Stockholm District Court , Sweden .",
			[]span{{start: 4, end: 7, kind: Organization}, {start: 8, end: 9, kind: Place}},
			[]string{"organization:stockholm district court", "place:sweden"}},
		{"Police in Houston Police Department , Texas said .",
			[]span{{start: 2, end: 5, kind: Organization}, {start: 6, end: 7, kind: Place}},
			[]string{"organization:houston police department", "place:texas"}},
	} {
		if got := resolvedIDs(tc.text, tc.spans); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}

	// The same through the tagger.
	a := byID(extractor(t).Analyze("A suicide bomber attacked a military post in North Waziristan District, Khyber Pakhtunkhwa, Pakistan.", ""))
	for _, id := range []string{"place:north waziristan district", "place:khyber pakhtunkhwa", "place:pakistan"} {
		if _, ok := a[id]; !ok {
			t.Errorf("no %s in %v", id, sortedStrings(keysOf(a)))
		}
	}
}

// A name ending with a word for an administrative division is a place,
// even where the tagger says person; the division's own name is its key,
// as "Kursk region" and "Kursk Oblast" are one node.
func TestDivisionMakesAPlace(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{"Drones struck a rail station in Sumy Oblast on Friday .", "Sumy Oblast", "place:sumy"},
		{"An earthquake shook Kanagawa Prefecture .", "Kanagawa Prefecture", "place:kanagawa"},
		{"Shelling hit villages in Okhtyrka Raion .", "Okhtyrka Raion", "place:okhtyrka raion"},
	} {
		if got := resolveSpan(t, tc.text, tc.span, Person); !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%q gives %v, want %s", tc.span, got, tc.want)
		}
	}
}

// A one-word name before "administration" or "regime" is the leader's,
// unless it is a listed place or organisation.
func TestLeaderBeforeRule(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		kind       Kind
		want       string
	}{
		{"Israel struck after the fall of the Assad regime .", "Assad", Organization, "person:assad"},
		{"A judge blocked the Trump administration from deploying troops .", "Trump", Place, "person:trump"},
		{"Moscow blames the Kyiv regime for the strike .", "Kyiv", Place, "place:kyiv"},
		{"Women lost their rights under the Taliban regime .", "Taliban", Organization, "organization:taliban"},
	} {
		if got := resolveSpan(t, tc.text, tc.span, tc.kind); !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%q gives %v, want %s", tc.span, got, tc.want)
		}
	}
}

// A surname the tagger cut off at its particles joins the given name; a
// listed place after a particle is no surname.
func TestParticleNamesJoined(t *testing.T) {
	text := "Commission president Ursula von der Leyen met Paris Saint-Germain after the Coupe de France final ."
	got := resolvedIDs(text, []span{{start: 2, end: 3, kind: Person}, {start: 5, end: 6, kind: Person},
		{start: 7, end: 9, kind: Organization}, {start: 11, end: 12, kind: Person}, {start: 13, end: 14, kind: Place}})
	want := []string{"person:ursula von der leyen", "organization:paris saint-germain", "person:coupe", "place:france"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// An initial is one token with its stop, so the name runs on past it, and
// one middle initial does not make another person: "Donald J. Trump" is
// Donald Trump. Two initials, or a leading one, stay in the key.
func TestInitials(t *testing.T) {
	text := "Health secretary Robert F. Kennedy Jr. met Donald J. Trump."
	var words []string
	for _, tok := range tokenize(text, Sentence{Start: 0, End: len(text)}) {
		words = append(words, tok.Text)
	}
	if want := []string{"Health", "secretary", "Robert", "F.", "Kennedy", "Jr.", "met", "Donald", "J.", "Trump", "."}; !slices.Equal(words, want) {
		t.Errorf("tokens %q, want %q", words, want)
	}
	a := extractor(t).Analyze("President Donald J. Trump signed the order. Donald Trump then left for Florida.", "")
	if e, ok := byID(a)["person:donald trump"]; !ok || len(e.Mentions) != 2 {
		t.Errorf("want one Donald Trump mentioned twice, got %v", sortedStrings(keysOf(byID(a))))
	}
	for name, want := range map[string]string{
		"Donald J. Trump":       "Donald Trump",
		"Robert F. Kennedy Jr.": "Robert Kennedy Jr.",
		"George H. W. Bush":     "George H. W. Bush",
		"K. P. Sharma Oli":      "K. P. Sharma Oli",
		"Harry Truman":          "Harry Truman",
	} {
		if got := withoutMiddleInitial(name); got != want {
			t.Errorf("withoutMiddleInitial(%q) = %q, want %q", name, got, want)
		}
	}
}

// Storms and operations are events, not organisations; a centre that
// forecasts storms is an organisation.
func TestStormsAndOperations(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		want       []string
	}{
		{"Typhoon Kalmaegi killed 40 people .", "Typhoon Kalmaegi", nil},
		{"Tropical Storm Wipha made landfall .", "Tropical Storm Wipha", nil},
		{"Police launched Operation Car Wash in 2014 .", "Operation Car Wash", nil},
		{"The Storm Prediction Center issued a warning .", "Storm Prediction Center", []string{"organization:storm prediction center"}},
	} {
		if got := resolveSpan(t, tc.text, tc.span, Organization); !slices.Equal(got, tc.want) {
			t.Errorf("%q gives %v, want %v", tc.span, got, tc.want)
		}
	}
}

func keysOf(m map[string]Entity) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A name the tagger cut at its possessive is joined again ("People's
// Party"); a place before the possessive keeps what follows apart.
func TestPossessiveNamesJoined(t *testing.T) {
	for _, tc := range []struct {
		text  string
		spans []span
		want  []string
	}{
		{"The ruling Austrian People 's Party appointed him .",
			[]span{{start: 3, end: 4, kind: Organization}, {start: 5, end: 6, kind: Organization}},
			[]string{"organization:people 's party", "place:austria"}},
		{"Pakistan 's Army said so .",
			[]span{{start: 0, end: 1, kind: Place}, {start: 2, end: 3, kind: Organization}},
			[]string{"place:pakistan", "organization:army"}},
	} {
		if got := resolvedIDs(tc.text, tc.spans); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// "Mayor of Warsaw Rafał Trzaskowski": the place of an office and the
// person who holds it are two names, the place's division words kept.
func TestOfficeOfPlace(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{"He beat the Mayor of Warsaw Rafał Trzaskowski .", "Warsaw Rafał Trzaskowski", "place:warsaw person:rafał trzaskowski"},
		{"Governor of Odesa Oblast Oleh Kiper said .", "Odesa Oblast Oleh Kiper", "place:odesa person:oleh kiper"},
		{"The Bank of England Monetary Policy Committee met .", "England Monetary Policy Committee", "organization:england monetary policy committee"},
	} {
		if got := strings.Join(resolveSpan(t, tc.text, tc.span, Organization), " "); got != tc.want {
			t.Errorf("%q gives %q, want %q", tc.span, got, tc.want)
		}
	}
}

// Words that are no name alone: a faith, a tournament's or a state's
// last word, a title (the demonyms and listed names around them are still
// found); an office after "-elect" is still a title, and a
// portfolio that ends a name is the name's.
func TestNotNamesAlone(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		want       []string
	}{
		{"Druze gunmen clashed with Bedouin tribes .", "Druze", nil},
		{"Troops guarded Shi'ite mosques .", "Shi'ite", nil},
		{"She won the Australian Open .", "Open", []string{"place:australia"}},
		{"Deborah Turness , CEO of BBC News , resigned .", "CEO", []string{"organization:bbc news"}},
		{"The Muslim Brotherhood was banned .", "Muslim Brotherhood", []string{"organization:muslim brotherhood"}},
		{"The Palestinian Civil Defence said so .", "Civil Defence", []string{"organization:civil defence", "place:palestine"}},
		{"The U.S. Defense Secretary spoke .", "U.S. Defense Secretary", []string{"place:united states"}},
		{"The Central African Republic voted .", "Central African Republic", []string{"place:central african republic"}},
	} {
		if got := resolveSpan(t, tc.text, tc.span, Organization); !slices.Equal(got, tc.want) {
			t.Errorf("%q gives %v, want %v", tc.span, got, tc.want)
		}
	}
	if got := resolveSpan(t, "U.S. President-elect Donald Trump spoke .", "President-elect Donald Trump", Person); !slices.Equal(got, []string{"person:donald trump"}) {
		t.Errorf("President-elect Donald Trump gives %v", got)
	}
	// "South Governorate" keeps its suffix; "Tartus Governorate" is Tartus.
	for span, want := range map[string]string{"South Governorate": "place:south governorate", "Tartus Governorate": "place:tartus"} {
		if got := resolveSpan(t, "Strikes hit "+span+" .", span, Place); !slices.Equal(got, []string{want}) {
			t.Errorf("%q gives %v, want %s", span, got, want)
		}
	}
}
