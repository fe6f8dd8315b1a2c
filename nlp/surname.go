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
		words, suffixed := nameWordsOf(e)
		switch {
		case len(words) == 0:
		case len(words) == 1:
			if !suffixed { // "Charles III" is no surname
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
		if words, suffixed := nameWordsOf(e); len(words) == 1 && !suffixed && lone[words[0]] == 1 && !inFull[words[0]] {
			ents[i].Surname = words[0]
		}
	}
}

// nameWordsOf is the words of a person's key that a surname or a given
// name can be: no particles ("al", "bin", "van"), initials, or suffixes
// ("Jr.", "III"); suffixed says a suffix was left out.
func nameWordsOf(e Entity) (words []string, suffixed bool) {
	_, key, _ := strings.Cut(e.ID, ":")
	fields := strings.Fields(key)
	if n := len(fields); n > 1 && regnalNumber(lastWord(e.Name)) {
		fields, suffixed = fields[:n-1], true
	}
	for _, w := range fields {
		bare := strings.TrimSuffix(w, ".")
		if generations[bare] {
			suffixed = true
			continue
		}
		if nameParticles[w] || len([]rune(bare)) < 2 || !hasLetter(w) {
			continue
		}
		words = append(words, w)
	}
	return words, suffixed
}

// generations are the suffixes after a surname that are no surname.
var generations = toSet("jr", "sr")
