package nlp

import "strings"

// markSurnames sets Surname and Given (see Entity). A surname alone is
// left unmarked when the text gives a reason to doubt whom it means: a
// full name in the text with that surname or given name that resolve did
// not join it to, or a second lone name with the same surname ("Assad"
// and "al-Assad", which the graph could not tell apart once linked).
func markSurnames(ents []Entity) {
	inFull := map[string]bool{} // the surnames and given names of the text's full names
	lone := map[string]int{}    // surname -> how many lone names have it
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
			}
		default:
			ents[i].Given, ents[i].Surname = words[0], words[len(words)-1]
			inFull[words[0]], inFull[words[len(words)-1]] = true, true
		}
	}
	for i, e := range ents {
		if e.Kind != Person || e.Given != "" {
			continue
		}
		if words, plain := nameWordsOf(e); len(words) == 1 && plain && lone[words[0]] == 1 && !inFull[words[0]] {
			ents[i].Surname = words[0]
		}
	}
}

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
