package nlp

import (
	"slices"
	"testing"
)

func datesOf(t *testing.T, text, published string) []string {
	t.Helper()
	lex, err := loadEventLexicon()
	if err != nil {
		t.Fatal(err)
	}
	sent := Sentence{Start: 0, End: len(text)}
	sent.Tokens = tokenize(text, sent)
	c := newClause(lex, sent.Tokens, posTags(text, sent), nil)
	var out []string
	for _, d := range c.dates(published) {
		out = append(out, d.date)
	}
	return out
}

func TestDates(t *testing.T) {
	// 2025-01-05 is a Sunday.
	for _, tc := range []struct {
		text, published string
		want            []string
	}{
		{"In battles yesterday and today near Makhnovka.", "2025-01-05", []string{"2025-01-04", "2025-01-05"}},
		{"In his nightly video address on Jan. 4, Zelensky spoke.", "2025-01-05", []string{"2025-01-04"}},
		{"Ukraine began its incursion in August.", "2025-01-05", []string{"2024-08"}},
		{"Officials met on Thursday.", "2025-01-05", []string{"2025-01-02"}},
		{"In late 2024, Zelensky called on China.", "", []string{"2024"}},
		{"Officials met on Thursday.", "", nil},
		{"Troops will march on the capital.", "2025-01-05", nil},
	} {
		if got := datesOf(t, tc.text, tc.published); !slices.Equal(got, tc.want) {
			t.Errorf("%q (published %q): dates %v, want %v", tc.text, tc.published, got, tc.want)
		}
	}
}

func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want counts
	}{
		{"Two bombers killed 23 people in Tel Aviv.", counts{killed: 23}},
		{"Serbia lifted a curfew in Montenegro where 28 people have been killed.", counts{killed: 28}},
		{"Three Israeli settlers were killed and six others injured in a shooting.", counts{killed: 3, injured: 6}},
		{"Some 11,000 North Korean troops are deployed in Kursk.", counts{size: 11000}},
		{"Battles raged along the entire 1,000-km front line.", counts{}},
	} {
		sent := Sentence{Start: 0, End: len(tc.text)}
		sent.Tokens = tokenize(tc.text, sent)
		c := newClause(nil, sent.Tokens, posTags(tc.text, sent), nil)
		if got := c.countsNear(0, len(sent.Tokens)); got != tc.want {
			t.Errorf("%q: %+v, want %+v", tc.text, got, tc.want)
		}
	}
}
