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
		{"Leaders met : Emmanuel Macron , France , Olaf Scholz , Germany .",
			[]span{{start: 3, end: 5, kind: Person}, {start: 6, end: 7, kind: Place}, {start: 8, end: 10, kind: Person}, {start: 11, end: 12, kind: Place}},
			[]string{"person:emmanuel macron", "place:france", "person:olaf scholz", "place:germany"}},
		{"Talks were held at Chatham House , London .",
			[]span{{start: 4, end: 6, kind: Organization}, {start: 7, end: 8, kind: Place}},
			[]string{"organization:chatham house", "place:london"}},
		{"Fighters of Islamic State Province , Iraq attacked .",
			[]span{{start: 2, end: 5, kind: Organization}, {start: 6, end: 7, kind: Place}},
			[]string{"organization:islamic state province", "place:iraq"}},
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
		{"An earthquake shook Kanagawa Prefecture .", "Kanagawa Prefecture", "place:kanagawa prefecture"},
		{"Shelling hit villages in Okhtyrka Raion .", "Okhtyrka Raion", "place:okhtyrka raion"},
	} {
		if got := resolveSpan(t, tc.text, tc.span, Person); !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%q gives %v, want %s", tc.span, got, tc.want)
		}
	}
}

// A one-word name before "administration" or "regime" is the leader's,
// unless it is a listed place or organisation or an ideology; a place cue
// elsewhere outweighs it.
func TestLeaderBeforeRule(t *testing.T) {
	text := "Rain lashed Sindh province . The Sindh administration said so ."
	if got := resolvedIDs(text, []span{{start: 2, end: 3, kind: Place}, {start: 6, end: 7, kind: Place}}); !slices.Equal(got, []string{"place:sindh"}) {
		t.Errorf("%q: got %v, want place:sindh", text, got)
	}
	for _, tc := range []struct {
		text, span string
		kind       Kind
		want       string
	}{
		{"Israel struck after the fall of the Assad regime .", "Assad", Organization, "person:assad"},
		{"A judge blocked the Trump administration from deploying troops .", "Trump", Place, "person:trump"},
		{"Moscow blames the Kyiv regime for the strike .", "Kyiv", Place, "place:kyiv"},
		{"Women lost their rights under the Taliban regime .", "Taliban", Organization, "organization:taliban"},
		{"Iran denounced the Zionist regime .", "Zionist", Organization, "organization:zionist"},
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

// An initial is one token with its stop, so the name runs on past it, but
// not after a common word, where the stop may end a sentence. A name
// written without its middle initial is the one person in the text written
// with it; two different initials are two people.
func TestInitials(t *testing.T) {
	for text, want := range map[string][]string{
		"Health secretary Robert F. Kennedy Jr. met Donald J. Trump.": {"Health", "secretary", "Robert", "F.", "Kennedy", "Jr.", "met", "Donald", "J.", "Trump", "."},
		"The firm had no Plan B. Microsoft shares fell.":              {"The", "firm", "had", "no", "Plan", "B", ".", "Microsoft", "shares", "fell", "."},
	} {
		var words []string
		for _, tok := range tokenize(text, Sentence{Start: 0, End: len(text)}) {
			words = append(words, tok.Text)
		}
		if !slices.Equal(words, want) {
			t.Errorf("tokens %q, want %q", words, want)
		}
	}
	a := byID(extractor(t).Analyze("President Donald J. Trump signed the order. Donald Trump then left for Florida.", ""))
	if e, ok := a["person:donald j. trump"]; !ok || len(e.Mentions) != 2 {
		t.Errorf("want one Donald J. Trump mentioned twice, got %v", sortedStrings(keysOf(a)))
	}
	text := "George P. Bush , nephew of George W. Bush , lost ; George Bush spoke ."
	got := resolvedIDs(text, []span{{start: 0, end: 3, kind: Person}, {start: 6, end: 9, kind: Person}, {start: 12, end: 14, kind: Person}})
	if want := []string{"person:george p. bush", "person:george w. bush", "person:george bush"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
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

// Storms are events, not organisations; a centre that forecasts storms, a
// town and a person named Storm, and an operation that is a charity, are
// not storms.
func TestStorms(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Typhoon Kalmaegi killed 40 people .", "Typhoon Kalmaegi", Organization, nil},
		{"Tropical Storm Wipha made landfall .", "Tropical Storm Wipha", Place, nil},
		{"The Storm Prediction Center issued a warning .", "Storm Prediction Center", Organization, []string{"organization:storm prediction center"}},
		{"Floods hit Storm Lake overnight .", "Storm Lake", Place, []string{"place:storm lake"}},
		{"The actress Storm Reid spoke .", "Storm Reid", Person, []string{"person:storm reid"}},
		{"Surgeons from Operation Smile arrived .", "Operation Smile", Organization, []string{"organization:operation smile"}},
	})
}

// A ship is no person, whether or not the tagger's span holds its prefix;
// a prefix that is also another acronym ("KRI", the Kurdistan Region of
// Iraq) is none, and a name that ends like an organisation's is no ship.
func TestShips(t *testing.T) {
	checkSpans(t, []spanCase{
		{"The Houthis targeted USS Harry S. Truman with drones .", "Harry S. Truman", Person, nil},
		{"The Houthis targeted USS Harry S. Truman with drones .", "USS Harry S. Truman", Organization, nil},
		{"The crew of HMNZS Manawanui was rescued .", "HMNZS Manawanui", Organization, nil},
		{"President Harry S. Truman signed it .", "Harry S. Truman", Person, []string{"person:harry s. truman"}},
		{"KRI Prime Minister Masrour Barzani met them .", "Masrour Barzani", Person, []string{"person:masrour barzani"}},
		{"The KRI Ministry of Natural Resources said so .", "KRI Ministry of Natural Resources", Organization, []string{"organization:kri ministry of natural resources"}},
		{"Crew of the MV Rubymar Shipping Company spoke .", "MV Rubymar Shipping Company", Organization, []string{"organization:mv rubymar shipping company"}},
	})
}

// "The Hague" keeps its article, written either way; "the Netherlands"
// does not, nor "the Valley" (though The Valley in Anguilla is listed).
func TestTheHague(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{"The summit is held in The Hague .", "Hague", "place:the hague"},
		{"The court in the Hague ruled .", "Hague", "place:the hague"},
		{"He flew to the Netherlands .", "Netherlands", "place:netherlands"},
		{"Farmers in the Valley said so .", "Valley", "place:valley"},
	} {
		if got := strings.Join(resolveSpan(t, tc.text, tc.span, Place), " "); got != tc.want {
			t.Errorf("%q in %q gives %q, want %q", tc.span, tc.text, got, tc.want)
		}
	}
	a := extractor(t).Analyze("The NATO summit is held in The Hague in the Netherlands.", "")
	if h, ok := byID(a)["place:the hague"]; !ok || mentionTexts(h)[0] != "The Hague" || h.Name != "The Hague" {
		t.Errorf("The Hague: got %v, want one mention \"The Hague\" named so (entities %v)", mentionTexts(h), ids(a))
	}
}

// A building or organisation named after a person is one name, however
// the tagger cut it; a person before an organisation with a word between
// stays a person.
func TestNamedFacilities(t *testing.T) {
	for _, tc := range []struct {
		text  string
		spans []span
		want  []string
	}{
		{"The missile targeted Ben Gurion International Airport in Israel .",
			[]span{{start: 3, end: 4, kind: Person}, {start: 4, end: 7, kind: Organization}, {start: 8, end: 9, kind: Place}},
			[]string{"organization:ben gurion international airport", "place:israel"}},
		{"Crowds filled St. Peter 's Square on Sunday .",
			[]span{{start: 3, end: 4, kind: Person}, {start: 5, end: 6, kind: Place}},
			[]string{"place:st. peter 's square"}},
		{"Elon Musk 's Department of Government Efficiency cut jobs .",
			[]span{{start: 0, end: 2, kind: Person}, {start: 3, end: 7, kind: Organization}},
			[]string{"person:elon musk", "organization:department of government efficiency"}},
		{"The Trump Administration said so .",
			[]span{{start: 1, end: 2, kind: Person}, {start: 2, end: 3, kind: Organization}},
			[]string{"person:trump", "organization:administration"}},
		{"Keir Starmer , Labour Party leader , spoke .",
			[]span{{start: 0, end: 2, kind: Person}, {start: 3, end: 5, kind: Organization}},
			[]string{"person:keir starmer", "organization:labour party"}},
	} {
		if got := resolvedIDs(tc.text, tc.spans); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
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

// An owner before a possessive inside a span is a name of its own (a
// listed name, an acronym, a name of two words or more); a word for people
// or a title before it, or one unlisted word, begins a longer name.
func TestPossessiveOwners(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{"They used NASA 's Commercial Lunar Payload Services .", "NASA 's Commercial Lunar Payload Services", "organization:nasa organization:commercial lunar payload services"},
		{"It joined Harvard University 's Student and Exchange Visitor Program .", "Harvard University 's Student and Exchange Visitor Program", "organization:harvard university organization:student and exchange visitor program"},
		{"Fighters of Hezbollah 's Radwan Force died .", "Hezbollah 's Radwan Force", "organization:hezbollah organization:radwan force"},
		{"The Los Angeles County Sheriff 's Department said .", "Los Angeles County Sheriff 's Department", "organization:los angeles county sheriff 's department"},
		{"The Attorney General 's Office said .", "Attorney General 's Office", "organization:attorney general 's office"},
		{"The craft flew on ISRO 's Polar Satellite Launch Vehicle .", "ISRO 's Polar Satellite Launch Vehicle", "organization:isro organization:polar satellite launch vehicle"},
		{"The Sudan People 's Liberation Army fought .", "Sudan People 's Liberation Army", "organization:sudan people 's liberation army"},
		{"He was taken to Queen Mary 's Hospital .", "Queen Mary 's Hospital", "organization:queen mary 's hospital"},
		{"Visitors queued at Ho Chi Minh 's Mausoleum .", "Ho Chi Minh 's Mausoleum", "organization:ho chi minh 's mausoleum"},
		{"The Cook County Medical Examiner 's Office said .", "Cook County Medical Examiner 's Office", "organization:cook county medical examiner 's office"},
		{"They played at Levi 's Stadium .", "Levi 's Stadium", "organization:levi 's stadium"},
		{"He appeared at Liverpool Magistrates ' Court .", "Liverpool Magistrates ' Court", "organization:liverpool magistrates ' court"},
		{"They met at St. John 's Church .", "St. John 's Church", "organization:st. john 's church"},
	} {
		if got := strings.Join(resolveSpan(t, tc.text, tc.span, Organization), " "); got != tc.want {
			t.Errorf("%q gives %q, want %q", tc.span, got, tc.want)
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
