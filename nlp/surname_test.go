package nlp

import (
	"strings"
	"testing"
)

// Persons carry the names another article may link them by: a full name
// its surname and given name, a surname alone the text cannot resolve its
// surname; a surname alone the text leaves in doubt carries none.
func TestSurnamesForLinking(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text           string
		id             string
		surname, given string
	}{
		{"Donald Trump met Volodymyr Zelensky at the White House on Monday. Trump said the meeting was good.", "person:donald trump", "trump", "donald"},
		{"Donald Trump met Volodymyr Zelensky at the White House on Monday. Trump said the meeting was good.", "person:volodymyr zelensky", "zelensky", "volodymyr"},
		{"Syrian President Bashar al-Assad met Russian officials in Damascus on Monday.", "person:bashar al assad", "assad", "bashar"},
		{"On Tuesday, Trump said that the talks with Russia would continue.", "person:trump", "trump", ""},
		{"Rebels said on Sunday that President al-Assad had fled Damascus for Moscow.", "person:al assad", "assad", ""},
		// The text itself cannot say which Trump.
		{"Melania Trump and Donald Trump arrived in Palm Beach, where Trump said he was pleased.", "person:trump", "", ""},
		// "Ali" is Ali Khamenei's given name, not a surname.
		{"Ali Khamenei warned Israel on Monday. Ali said the strikes would be answered.", "person:ali", "", ""},
		// A title before a given name, a wife's surname, lost initials,
		// a father's name.
		{"On Monday, King Salman received the envoy in Riyadh.", "person:salman", "", ""},
		{"Pope Francis said Mass in St. Peter's Square on Sunday.", "person:francis", "", ""},
		{"In Chappaqua on Monday, Mrs. Clinton said she would not run.", "person:clinton", "", ""},
		{"Vice President J.D. Vance said on Tuesday that the talks would go on.", "person:j.d. vance", "vance", "j.d."},
		{"Crown Prince Mohammed bin Salman met Donald Trump in Riyadh.", "person:mohammed bin salman", "", ""},
		// A regnal name or a nickname is no surname.
		{"King Charles III met Keir Starmer in London on Tuesday.", "person:charles iii", "", ""},
		{"Prince Albert II met Prince Guillaume V of Luxembourg in Monaco on Tuesday.", "person:guillaume v", "", ""},
		{"A court in New York sentenced El Chapo to life in prison on Wednesday.", "person:el chapo", "", ""},
	} {
		e, ok := byID(x.Analyze(tc.text, ""))[tc.id]
		if !ok {
			t.Errorf("%q: no %s", tc.text, tc.id)
			continue
		}
		if e.Surname != tc.surname || e.Given != tc.given {
			t.Errorf("%q: %s has surname %q, given %q; want %q, %q", tc.text, tc.id, e.Surname, e.Given, tc.surname, tc.given)
		}
	}
}

// A surname after initials the tagger left out is no surname alone.
func TestInitialsBeforeASurname(t *testing.T) {
	text := "In Ohio on Tuesday, J.D. Vance said the talks would go on."
	at := strings.Index(text, "Vance")
	ents := []Entity{{ID: "person:vance", Kind: Person, Name: "Vance", Mentions: []Mention{{Start: at, End: at + len("Vance")}}}}
	markSurnames(text, ents)
	if ents[0].Surname != "" {
		t.Errorf("Vance after J.D. has surname %q, want none", ents[0].Surname)
	}
	text = strings.Replace(text, "J.D.", "Senator", 1)
	at = strings.Index(text, "Vance")
	ents = []Entity{{ID: "person:vance", Kind: Person, Name: "Vance", Mentions: []Mention{{Start: at, End: at + len("Vance")}}}}
	markSurnames(text, ents)
	if ents[0].Surname != "vance" {
		t.Errorf("Vance after a title has surname %q, want vance", ents[0].Surname)
	}
}
