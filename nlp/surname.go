package nlp

import "strings"

// markSurnames sets Surname and Given (see Entity). A surname alone is
// left unmarked when the text gives a reason to doubt whom it means: a
// full name in the text with that surname or given name that resolve did
// not join it to; a second lone name with the same surname ("Assad" and
// "al-Assad", which the graph could not tell apart once linked); or a
// word before it that says the name is no surname, or not this person's
// alone (see givenNameBefore).
func markSurnames(text string, ents []Entity) {
	inFull := map[string]bool{} // the surnames and given names of the text's full names
	lone := map[string]int{}    // surname -> how many lone names have it
	alone := map[int]string{}   // entity -> its one word, for a lone name
	for i, e := range ents {
		if e.Kind != Person {
			continue
		}
		words, plain := nameWordsOf(e)
		switch {
		case len(words) == 0:
		case len(words) == 1:
			if plain {
				lone[words[0]]++
				alone[i] = words[0]
			}
		default:
			ents[i].Given, ents[i].Surname = words[0], words[len(words)-1]
			inFull[words[0]], inFull[words[len(words)-1]] = true, true
		}
	}
	for i, w := range alone {
		if lone[w] == 1 && !inFull[w] && !givenNameBefore(text, ents[i]) {
			ents[i].Surname = w
		}
	}
}

// givenNameBefore reports whether a mention of e follows a word that
// makes it a given name ("King Salman", "Pope Francis", "Prince Harry"),
// a wife's or daughter's surname ("Mrs. Clinton", "Ms Trump"), or the
// surname of initials the name lost ("J.D. Vance").
func givenNameBefore(text string, e Entity) bool {
	for _, m := range e.Mentions {
		before := strings.Fields(text[:m.Start])
		if len(before) == 0 {
			continue
		}
		w := before[len(before)-1]
		if givenNameTitles[strings.ToLower(strings.TrimSuffix(w, "."))] || initialsWord(w) {
			return true
		}
	}
	return false
}

// initialsWord reports whether w is initials: "J.D.", "J.", "H.W.".
func initialsWord(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		if len(part) != 1 || part[0] < 'A' || part[0] > 'Z' {
			return false
		}
	}
	return true
}

// givenNameTitles come before a given name, or before a surname that
// names a family rather than one person.
var givenNameTitles = toSet("king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "emir",
	"saint", "st", "sheikh", "sheikha", "cardinal", "archbishop", "bishop", "father", "sister", "brother",
	"mrs", "ms", "miss", "madam", "lady", "sir", "dame", "crown")

// nameWordsOf is the words of a person's key that a surname or a given
// name can be: no particles ("al", "bin", "van"), initials, or suffixes
// ("Jr.", "III"). plain is false for a name with a suffix ("Charles III",
// "Guillaume V") or that starts with a particle written as a word of its
// own ("El Chapo"): one word left of those is no surname.
func nameWordsOf(e Entity) (words []string, plain bool) {
	_, key, _ := strings.Cut(e.ID, ":")
	fields := strings.Fields(key)
	plain = true
	if n := len(fields); n > 1 && romanNumeral(lastWord(e.Name)) {
		fields, plain = fields[:n-1], false
	}
	if first := firstWord(e.Name); nameParticles[strings.ToLower(first)] && startsUpper(first) {
		plain = false
	}
	for _, w := range fields {
		if w == "bin" || w == "ibn" || w == "bint" {
			// "Mohammed bin Salman": the word after is his father's
			// name, which "King Salman" is too.
			return nil, false
		}
		bare := strings.TrimSuffix(w, ".")
		if generations[bare] {
			plain = false
			continue
		}
		if nameParticles[w] || len([]rune(bare)) < 2 || !hasLetter(w) {
			continue
		}
		words = append(words, w)
	}
	return words, plain
}

// romanNumeral reports whether w is a number in capitals after a name:
// "V", "III", "XIV".
func romanNumeral(w string) bool {
	return w != "" && len(w) <= 5 && strings.Trim(w, "IVXL") == ""
}

// generations are the suffixes after a surname that are no surname.
var generations = toSet("jr", "sr")
