package nlp

import (
	"sort"

	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/nlp/ner"
	"github.com/newsgraph/newsgraph/nlp/ner/gazetteer"
)

// span is a name the tagger found in one sentence: tokens [start,end).
type span struct {
	start, end int
	kind       Kind
	// firm: the words around the name set kind (see context.go), and it
	// outweighs the tagger's.
	firm bool
}

// candidate is one cleaned-up name found in the text, before resolution.
type candidate struct {
	kind     Kind
	key      string // lower-case canonical name: the entity it names, when resolved
	name     string // canonical name as written, e.g. "Russia" for "Russian"
	alias    string // the name as written, titles and possessive dropped; "" for a demonym
	mention  Mention
	tokens   int // how many words the name has
	initials string
	weight   int // votes this mention casts for its kind
}

// resolve turns the names found in each sentence into entities: titles,
// possessives and demonyms are normalised, and a surname or an acronym
// alone joins the full name it refers to elsewhere in the text.
func resolve(text string, sents []Sentence, spans [][]span) []Entity {
	var cands []candidate
	covered := make([][]bool, len(sents))
	for si, sent := range sents {
		toks := sent.Tokens
		covered[si] = make([]bool, len(toks))
		found := joinListed(text, toks, spans[si])
		found = joinParticleNames(text, toks, found)
		found = joinPossessiveNames(text, toks, found)
		found = joinNamedFacilities(toks, found)
		found = splitOfficeOfPlace(text, toks, found)
		found = splitAtPossessive(text, toks, found)
		found = splitAtTitles(toks, found)
		found = splitAtCoordination(text, toks, found)
		found = joinDemonyms(text, toks, found)
		found = placeChains(text, toks, found)
		found = leaderBeforeRule(toks, found)
		for _, sp := range found {
			if c, ok := clean(text, si, toks, sp); ok {
				cands = append(cands, c)
				for i := sp.start; i < sp.end; i++ {
					covered[si][i] = true
				}
			}
		}
	}
	defs := map[string][]int{}
	addDefinitions(defs, sents, cands, 0)
	tagged := len(cands)
	cands = append(cands, rescan(text, sents, covered, cands, defs)...)
	addDefinitions(defs, sents, cands, tagged)
	cands = append(cands, dottedAcronyms(text, sents, covered, cands)...)
	linkShortForms(cands, defs)
	applyGroupVariants(cands)
	linkMiddleInitials(cands)
	voteKinds(cands)
	ents := group(cands)
	markSurnames(text, ents)
	return ents
}

// commonWords reports whether name is made only of common words ("SPORTS",
// "Media", "Goal", "Police") in a place where capitals say nothing about
// names: written in capitals, first in its sentence, or in a sentence of
// three tokens or fewer (a heading or page furniture). A listed place or
// organisation ("Turkey", "Chad") is never rejected.
func commonWords(name string, start, sentLen int) bool {
	if listed(name) != 0 {
		return false
	}
	if _, ok := variantOf(name); ok {
		return false
	}
	allCaps := true
	for _, w := range strings.Fields(name) {
		if !ner.CommonWord(strings.ToLower(w)) {
			return false
		}
		if strings.ToUpper(w) != w {
			allCaps = false
		}
	}
	return allCaps || start == 0 || sentLen <= 3
}

// joinListed merges two names the tagger split at a connector when the
// whole is a listed name ("Democratic Republic" + "of the" + "Congo"), or
// an organisation named for its place ("Revolutionary Armed Forces" + "of"
// + "Colombia", "Central Bank" + "of" + "Nigeria").
func joinListed(text string, toks []Token, spans []span) []span {
	out := make([]span, 0, len(spans))
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		for i+1 < len(spans) && spans[i+1].start-sp.end <= 2 && spans[i+1].start > sp.end && connectorsOnly(toks[sp.end:spans[i+1].start]) {
			whole := phraseAt(text, toks, sp.start, spans[i+1].end)
			k := gazetteer.Lookup(whole)
			if v, ok := variantOf(whole); ok && k == 0 {
				k = gazetteer.Lookup(v)
			}
			if k == 0 && sp.kind == Organization && spans[i+1].kind == Place && spans[i+1].start == sp.end+1 &&
				strings.EqualFold(toks[sp.end].Text, "of") && orgHeads[strings.ToLower(toks[sp.end-1].Text)] {
				k = gazetteer.Org
			}
			if k == 0 {
				break
			}
			sp.end = spans[i+1].end
			if k&gazetteer.Org != 0 {
				sp.kind = Organization
			} else {
				sp.kind = Place
			}
			i++
		}
		out = append(out, sp)
	}
	return out
}

func connectorsOnly(toks []Token) bool {
	for _, t := range toks {
		switch strings.ToLower(t.Text) {
		case "of", "the", "and", "for", "&":
		default:
			return false
		}
	}
	return true
}

// joinDemonyms fixes the tagger's spans around nationality words. A
// two-word demonym is one mention: "North Korean troops" names North
// Korea, not a place called North and Korea. A demonym just before a span
// joins it when the whole is a known name ("Russian Federation");
// otherwise it stays out, as CoNLL-style gold has it ("Iraqi Oil Ministry"
// names the Oil Ministry).
func joinDemonyms(text string, toks []Token, spans []span) []span {
	out := make([]span, 0, len(spans))
	for _, sp := range spans {
		// "North" + "Korean": a span ending where a two- or three-word
		// demonym starting inside it ends.
		replaced := false
		for s := sp.start; s < sp.end && !replaced; s++ {
			for n := 3; n >= 2; n-- {
				e := s + n
				if e <= sp.end || e > len(toks) {
					continue
				}
				if _, ok := gazetteer.CountryOfDemonym(phraseAt(text, toks, s, e)); ok {
					out = append(out, span{start: s, end: e, kind: Place})
					replaced = true
					break
				}
			}
		}
		if replaced {
			continue
		}
		if s := demonymBefore(text, toks, sp.start); s < sp.start {
			joined := phraseAt(text, toks, s, sp.end)
			_, variant := variantOf(joined)
			if variant || gazetteer.Lookup(joined) != 0 {
				sp.start = s
			}
		}
		out = append(out, sp)
	}
	return out
}

// demonymBefore returns where a demonym of one to three words ending just
// before token i starts, or i if there is none.
func demonymBefore(text string, toks []Token, i int) int {
	for n := 3; n >= 1; n-- {
		if s := i - n; s >= 0 {
			if _, ok := gazetteer.CountryOfDemonym(phraseAt(text, toks, s, i)); ok {
				return s
			}
		}
	}
	return i
}

// phraseAt is tokens [s,e) as written, white space normalised.
func phraseAt(text string, toks []Token, s, e int) string {
	return normalizeName(text[toks[s].Start:toks[e-1].End])
}

// clean strips what is not part of a name and rejects what is not a name.
func clean(text string, si int, toks []Token, sp span) (candidate, bool) {
	s, e := sp.start, sp.end
	weight := 1
	if sp.firm {
		weight = 3
	} else if sp.kind == Organization && honorificName(text, toks, s, e) && !placeCue(toks, s, e) {
		// "Ayatollah Ali Khamenei", "Mr. Mbeki": an honorific before a
		// name says it is a person's, not an organisation's. (Places
		// are often named for people: "Sheikh Radwan" is in Gaza.)
		sp.kind, weight = Person, 3
	}
	// Titles lead person names only: "Foreign" and "Defense" are titles
	// before a name but part of "Foreign Ministry" and "Defense Department".
	for s < e-1 && (sp.kind == Person && personTitle(toks, s) || notPartOfName[strings.ToLower(toks[s].Text)] ||
		functionWords[strings.ToLower(toks[s].Text)] || !hasLetter(toks[s].Text)) {
		s++
	}
	// "Secretary of State Condoleezza Rice": the tagger takes the office's
	// last word for the first name.
	if sp.kind == Person && e-s > 2 && s >= 2 && strings.EqualFold(toks[s-1].Text, "of") && isTitle(toks[s-2].Text) {
		s++
	}
	for e > s && (isPossessive(toks[e-1].Text) || !hasLetter(toks[e-1].Text)) {
		e--
	}
	// "NATO Secretary-General", "Pentagon spokesman": a title after an
	// organisation or place is its officer's, not part of its name; but
	// "Court of Justice" ends with its name.
	officer := sp.kind != Person && e < len(toks) && startsUpper(toks[e].Text) && isTitle(toks[e].Text)
	// A portfolio that ends the name is the name's ("Palestinian Civil
	// Defence"); after a title it is the office's ("Defense Secretary").
	for stripping := false; sp.kind != Person && e > s+1 && isTitle(toks[e-1].Text) && !connectorsOnly(toks[e-2:e-1]) &&
		!orgHeads[strings.ToLower(toks[e-1].Text)] && (stripping || !portfolios[strings.ToLower(toks[e-1].Text)]); stripping = true {
		e--
		officer = true
	}
	if officer {
		e = officeStart(text, toks, s, e)
	}
	// "President Mahmoud Abbas Wednesday": a day or month after a name is
	// not part of it.
	for e > s+1 && notAName[strings.ToLower(toks[e-1].Text)] {
		e--
	}
	// "bin Laden": a lower-case particle before a surname belongs to it.
	if sp.kind == Person && s > 0 && s == sp.start && nameParticles[toks[s-1].Text] {
		s--
	}
	if s == e {
		return candidate{}, false
	}
	// "The Hague": the article is part of its name. (Other listed names
	// with "The", such as The Valley in Anguilla, are ordinary words
	// after "the".)
	the := e-s == 1 && s > 0 && strings.EqualFold(toks[s-1].Text, "the") && strings.EqualFold(toks[s].Text, "hague")
	if the {
		s--
	}
	// "Secretary of State", "Minister of Defence": a portfolio after a
	// title and "of" is the rest of the office, not an organisation.
	if e-s == 1 && s >= 2 && strings.EqualFold(toks[s-1].Text, "of") && isTitle(toks[s-2].Text) && portfolios[strings.ToLower(toks[s].Text)] {
		return candidate{}, false
	}
	written := normalizeName(text[toks[s].Start:toks[e-1].End])
	if the {
		written = "The" + written[len("the"):] // "in the Hague"
	}
	first := firstWord(written)
	if nameParticles[first] && e-s > 1 {
		first = toks[s+1].Text
	}
	lower := strings.ToLower(written)
	if !hasUpper(first) || notAName[lower] || faiths[lower] || loneWords[lower] || commonWords(written, s, len(toks)) {
		return candidate{}, false
	}
	if isShip(toks, s, e) || isStorm(toks[s:e]) && !isName(listed(written)) {
		// "Typhoon Kalmaegi": an event, not one of the people, places
		// or organisations the graph holds.
		return candidate{}, false
	}
	c := candidate{
		kind:    sp.kind,
		name:    written,
		alias:   written,
		tokens:  e - s,
		weight:  weight,
		mention: Mention{Start: toks[s].Start, End: toks[e-1].End, Sentence: si, Text: text[toks[s].Start:toks[e-1].End]},
	}
	if sp.firm {
		// The words around the name have said what it is.
	} else if e-s > 1 && divisions[strings.ToLower(toks[e-1].Text)] {
		// "Sumy Oblast", "Kanagawa Prefecture": whatever the tagger
		// says, these words end only the names of places.
		c.kind, c.weight = Place, 3
	} else if placeCue(toks, s, e) {
		// "the city of Pokrovsk", "Kursk region": the words around a name
		// say it is a place more reliably than the tagger does.
		c.kind, c.weight = Place, 3
	} else if e-s > 1 && orgHeads[strings.ToLower(toks[e-1].Text)] || e-s == 1 && institutions[strings.ToLower(toks[s].Text)] {
		// "Kadima Party", "Pakistan Cricket Board": the last word of a
		// name says what kind of thing it names, and "Cabinet" alone is
		// an institution. A listed place ("West Bank") still wins in
		// canonicalize.
		c.kind, c.weight = Organization, 3
	} else if sp.kind != Person && e-s > 1 && landforms[strings.ToLower(toks[e-1].Text)] && !orgWordBefore(toks[s:e-1]) {
		// "Swat Valley", "Green Zone", "Golan Heights": so does a
		// geographic feature. But "Michael Bay" is a person, and a
		// name with "State" or "Party" before the feature an
		// organisation's.
		c.kind, c.weight = Place, 3
	}
	c.canonicalize()
	return c, true
}

// listed returns the gazetteer lists that hold name. A short name written
// as a word is not the acronym it spells: "Au" (a surname), "Us" and "Un"
// are not the African Union, the United States and the United Nations.
func listed(name string) gazetteer.Kind {
	if utf8.RuneCountInString(name) <= 3 && strings.ToUpper(name) != name {
		return 0
	}
	return gazetteer.Lookup(name)
}

// canonicalize sets the key the candidate resolves to: a demonym becomes
// its country ("Russian forces" mention Russia), a known variant its usual
// spelling, and a name on a gazetteer list votes for that list's kind.
func (c *candidate) canonicalize() {
	if country, ok := gazetteer.CountryOfDemonym(c.name); ok {
		c.kind, c.name, c.alias, c.tokens, c.weight = Place, country, "", len(strings.Fields(country)), 2
	}
	if v, ok := variantOf(c.name); ok {
		c.name = v
	}
	if c.kind == Place {
		// "Kursk Oblast" is what "Kursk region" names: one node.
		// "South Governorate" is no place called South.
		for _, suffix := range []string{" Oblast", " oblast", " Governorate", " Krai"} {
			if base, ok := strings.CutSuffix(c.name, suffix); ok && base != "" && !compassWords[strings.ToLower(base)] {
				c.name = base
			}
		}
	}
	switch k := listed(c.name); {
	case k&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) != 0:
		c.kind, c.weight = Place, max(c.weight, 2)
	case k&gazetteer.Org != 0:
		c.kind, c.weight = Organization, max(c.weight, 2)
	}
	c.key = foldParticles(strings.ToLower(c.name))
	c.initials = initials(c.name)
}

// linkMiddleInitials gives a person's name written without its middle
// initial ("Donald Trump") the key of the one name in the text written
// with it ("Donald J. Trump"). Two names with different initials are
// different people ("George P. Bush", "George W. Bush"), so the initial
// stays in the key, and a name is linked only when one spelling with an
// initial matches it.
func linkMiddleInitials(cands []candidate) {
	withInitial := map[string]map[string]int{} // key without the initial -> keys with one
	for i, c := range cands {
		if c.kind == Person {
			if base := foldParticles(strings.ToLower(withoutMiddleInitial(c.name))); base != c.key {
				addIndex(withInitial, base, c.key, i)
			}
		}
	}
	if len(withInitial) == 0 {
		return
	}
	for i, c := range cands {
		if c.kind != Person || c.tokens < 2 {
			continue
		}
		if full, ok := unique(withInitial[c.key]); ok {
			cands[i].key, cands[i].name = cands[full].key, cands[full].name
		}
	}
}

// withoutMiddleInitial drops the one middle initial of a person's name:
// "Donald J. Trump" is "Donald Trump", "Robert F. Kennedy Jr." is
// "Robert Kennedy Jr." (not "Robert F. Kennedy", his father). A name with
// two initials ("George H. W. Bush") or one that starts with one ("K. P.
// Sharma Oli") is returned as it is.
func withoutMiddleInitial(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 || isInitial(words[0]) {
		return name
	}
	at := -1
	for i := 1; i < len(words)-1; i++ {
		if isInitial(words[i]) {
			if at >= 0 {
				return name
			}
			at = i
		}
	}
	if at < 0 {
		return name
	}
	return strings.Join(append(words[:at:at], words[at+1:]...), " ")
}

// foldParticles writes the hyphen after a name particle as a space, so
// that the spellings news uses for one name give one key: "al-Jazeera",
// "Al-Jazeera" and "Al Jazeera" are "al jazeera", "al-Zarqawi" is "al
// zarqawi". s is in lower case.
func foldParticles(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	words := strings.Split(s, " ")
	for i, w := range words {
		if p, rest, ok := strings.Cut(w, "-"); ok && rest != "" && nameParticles[p] {
			words[i] = p + " " + rest
		}
	}
	return strings.Join(words, " ")
}

// rescan finds the mentions the tagger missed: demonyms ("North Korean
// troops"); names it found elsewhere in the same text, such as a surname
// in a headline; an acronym the text defines in parentheses, written the
// same way; and listed names it did not tag at all (see listedKind), even
// after a particle ("al-Jazeera"). A
// single word found elsewhere is looked for only when it is the surname
// of a full name, is on a gazetteer list, or was tagged twice.
func rescan(text string, sents []Sentence, covered [][]bool, found []candidate, abbrevs map[string][]int) []candidate {
	type known struct {
		kind  Kind
		words int
	}
	names := map[string]known{}
	seen := map[string]int{}
	for _, c := range found {
		if c.alias != "" {
			seen[strings.ToLower(c.alias)]++
		}
	}
	for _, c := range found {
		if c.alias == "" {
			continue
		}
		lower := strings.ToLower(c.alias)
		if c.tokens > 1 || seen[lower] > 1 || gazetteer.Lookup(c.alias) != 0 {
			names[lower] = known{c.kind, len(strings.Fields(lower))}
		}
		if c.kind == Person && c.tokens > 1 {
			names[strings.ToLower(lastWord(c.alias))] = known{Person, 1}
		}
	}
	width := max(4, gazetteer.MaxWords())
	var out []candidate
	for si, sent := range sents {
		toks := sent.Tokens
		shouting := inCapitals(toks)
		for i := 0; i < len(toks); i++ {
			if covered[si][i] || !startsUpper(toks[i].Text) && !particleName(toks[i].Text) {
				continue
			}
			for n := min(width, len(toks)-i); n >= 1; n-- {
				if anyCovered(covered[si][i : i+n]) {
					continue
				}
				phrase := strings.ToLower(normalizeName(text[toks[i].Start:toks[i+n-1].End]))
				kind, ok := Kind(""), false
				if n == 1 && abbrevs[strings.ReplaceAll(toks[i].Text, ".", "")] != nil {
					kind, ok = Organization, true
				} else if k, hit := names[phrase]; hit && k.words == n {
					kind, ok = k.kind, true
				} else if _, demonym := gazetteer.CountryOfDemonym(phrase); demonym {
					kind, ok = Place, true
				} else if k := listedKind(toks, i, n, phrase, shouting); k != "" {
					kind, ok = k, true
				}
				if !ok {
					continue
				}
				if c, good := clean(text, si, toks, span{start: i, end: i + n, kind: kind}); good {
					out = append(out, c)
					for j := i; j < i+n; j++ {
						covered[si][j] = true
					}
					i += n - 1
					break
				}
			}
		}
	}
	return out
}

// listedKind is the kind of a gazetteer name the tagger missed: several
// capitalised words, connectors aside ("World Trade Organization",
// "Democratic Republic of the Congo"), or an organisation's acronym
// ("NATO", "U.N.") outside a line written all in capitals. A single
// ordinary word on a list ("Telegram", "Bild") is left to the tagger,
// which weighs the words around it, and so is a listed name with a
// lower-case or numeric word ("Haqqani network", "G20"); a country's name
// is not, away from the start of a sentence, nor is a hyphenated name
// ("al-Jazeera", "Hezb-e-Islami"), which is no ordinary word.
func listedKind(sent []Token, i, n int, phrase string, shouting bool) Kind {
	toks := sent[i : i+n]
	if n == 1 {
		if shouting {
			return ""
		}
		if strings.Contains(toks[0].Text, "-") && hasUpper(toks[0].Text) && gazetteer.LookupLower(phrase)&gazetteer.Org != 0 {
			// "al-Jazeera", "Hezb-e-Islami": a hyphenated name is no
			// ordinary word.
			return Organization
		}
		if _, ok := acronym(toks[0].Text); !ok {
			// A country's name away from the sentence start is the
			// country ("Kenya's Anti-Corruption Commission"), unless a
			// capitalised word follows ("Kenya Barris") or it is short
			// enough to be a word ("Us").
			next := i+1 < len(sent) && startsUpper(sent[i+1].Text) && !isPossessive(sent[i+1].Text)
			if i > 0 && !next && utf8.RuneCountInString(phrase) >= 4 && gazetteer.LookupLower(phrase)&gazetteer.Country != 0 {
				return Place
			}
			return ""
		}
	} else {
		for _, t := range toks {
			if !startsUpper(t.Text) && !connectorsOnly([]Token{t}) {
				return ""
			}
		}
		if !startsUpper(toks[len(toks)-1].Text) {
			return ""
		}
	}
	switch k := gazetteer.LookupLower(phrase); {
	case k&gazetteer.Org != 0:
		return Organization
	case k&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) != 0 && len(toks) > 1:
		// "US" alone is as often a currency's prefix ("US $199").
		return Place
	}
	return ""
}

// inCapitals reports whether a sentence is written in capitals, as
// headlines, datelines and page furniture often are; there an acronym may
// be an ordinary word.
func inCapitals(toks []Token) bool {
	letters := false
	for _, t := range toks {
		for _, r := range t.Text {
			if unicode.IsLower(r) {
				return false
			}
			letters = letters || unicode.IsLetter(r)
		}
	}
	return letters
}

// acronymAfter returns the acronym defined in parentheses right after the
// name ending before token e, dots dropped: "Revolutionary Armed Forces of
// Colombia (FARC)", "the World Trade Organization's (WTO)"; "" if none.
func acronymAfter(toks []Token, e int) string {
	if e < len(toks) && isPossessive(toks[e].Text) {
		e++
	}
	if e+2 >= len(toks) || toks[e].Text != "(" || toks[e+2].Text != ")" {
		return ""
	}
	acr, _ := acronym(toks[e+1].Text)
	return acr
}

// definesAcronym reports whether acr, in parentheses after the name c,
// is that name's acronym. The name must have several words and not be
// written in capitals (a dateline's "NEW YORK (AP)"). An organisation's
// acronym may come from another language ("Kurdistan Workers' Party
// (PKK)", "Doctors Without Borders (MSF)"); a place's must spell its
// initials, in any order ("Democratic Republic of the Congo (DRC)"), so
// that "New York (AP)" is no definition; a person has none ("Eliud
// Kipchoge (KEN)").
func definesAcronym(c candidate, acr string) bool {
	if c.tokens < 2 || strings.ToUpper(c.alias) == c.alias {
		return false
	}
	switch c.kind {
	case Organization:
		return true
	case Place:
		left := initials(c.alias)
		for _, r := range acr {
			i := strings.IndexRune(left, r)
			if i < 0 {
				return false
			}
			left = left[:i] + left[i+utf8.RuneLen(r):]
		}
		return true
	}
	return false
}

// addDefinitions records in defs, for each acronym defined in
// parentheses right after a name ("Rapid Support Forces (RSF)"), the
// indexes in cands of the names that define it, looking at cands[from:].
func addDefinitions(defs map[string][]int, sents []Sentence, cands []candidate, from int) {
	for i := from; i < len(cands); i++ {
		c := cands[i]
		if c.tokens < 2 {
			continue
		}
		toks := sents[c.mention.Sentence].Tokens
		e := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= c.mention.End })
		if acr := acronymAfter(toks, e); acr != "" && definesAcronym(c, acr) {
			defs[acr] = append(defs[acr], i)
		}
	}
}

// definition returns the index in cands of the name that the acronym
// candidate c stands for: the last definition before c, or the first in
// the text if c comes before them all. Two organisations may define one
// acronym ("Reporters Without Borders (RSF)", "Rapid Support Forces
// (RSF)").
func definition(cands []candidate, defs []int, c candidate) int {
	before := func(a, b Mention) bool {
		return a.Sentence < b.Sentence || a.Sentence == b.Sentence && a.Start < b.Start
	}
	best, first := -1, defs[0]
	for _, d := range defs {
		m := cands[d].mention
		if before(m, cands[first].mention) {
			first = d
		}
		if before(m, c.mention) && (best < 0 || before(cands[best].mention, m)) {
			best = d
		}
	}
	if best < 0 {
		return first
	}
	return best
}

// dottedAcronyms finds an organisation's initials written with dots that
// no step before tagged ("A.U." in a text about the African Union, found
// by the tagger or by rescan); linkShortForms then joins them to it.
// Undotted initials are left to the tagger: two capitals ("MP", "SC") are
// too often something else.
func dottedAcronyms(text string, sents []Sentence, covered [][]bool, found []candidate) []candidate {
	orgs := map[string]bool{}
	for _, c := range found {
		if c.kind == Organization && c.tokens > 1 && len(c.initials) >= 2 {
			orgs[c.initials] = true
		}
	}
	if len(orgs) == 0 {
		return nil
	}
	var out []candidate
	for si, sent := range sents {
		toks := sent.Tokens
		if inCapitals(toks) {
			continue
		}
		for i, t := range toks {
			if covered[si][i] || !strings.Contains(t.Text, ".") || !orgs[strings.ReplaceAll(t.Text, ".", "")] {
				continue
			}
			if c, ok := clean(text, si, toks, span{start: i, end: i + 1, kind: Organization}); ok {
				out = append(out, c)
				covered[si][i] = true
			}
		}
	}
	return out
}

func anyCovered(b []bool) bool {
	for _, x := range b {
		if x {
			return true
		}
	}
	return false
}

// linkShortForms points a lone surname ("Zelensky") at the one person whose
// full name ends with it, an acronym ("APEC") at the one organization whose
// initials spell it, whatever kind the tagger gave the short form, and a
// one-word place at the one longer place in the text ending with it
// ("Gaza" in an article about the Gaza Strip, "Korea" in one about North
// Korea). A country is not shortened that way ("Sudan" is not South Sudan)
// unless its name is ambiguous on its own. An acronym the text defines in
// parentheses (abbrevs: "FARC" after "Revolutionary Armed Forces of
// Colombia") goes to the name that defined it last before it; dots do
// not count ("A.U." is "AU"), and an acronym written as a word goes there
// too ("Farc", as British papers write it) unless it is a known surname.
// Initials never stand for a place ("D.C." is no "Defence Committee").
func linkShortForms(cands []candidate, abbrevs map[string][]int) {
	surnames := map[string]map[string]int{} // surname -> full keys -> index
	acronyms := map[string]map[string]int{}
	places := map[string]map[string]int{} // last word -> multi-word place keys
	for i, c := range cands {
		if c.tokens < 2 {
			continue
		}
		switch c.kind {
		case Person:
			// "Abu Musab al-Zarqawi" is "al-Zarqawi" and "Zarqawi".
			last := foldParticles(strings.ToLower(lastWord(c.name)))
			addIndex(surnames, last, c.key, i)
			if p, rest, ok := strings.Cut(last, " "); ok && nameParticles[p] {
				addIndex(surnames, rest, c.key, i)
			}
		case Place:
			addIndex(places, strings.ToLower(lastWord(c.name)), c.key, i)
		case Organization:
			if len(c.initials) >= 2 {
				addIndex(acronyms, c.initials, c.key, i)
			}
		}
	}
	for i, c := range cands {
		if c.tokens != 1 {
			continue
		}
		if full, ok := unique(surnames[c.key]); ok {
			cands[i].kind, cands[i].key, cands[i].name = Person, cands[full].key, cands[full].name
			continue
		}
		written := c.name // "ISIS" defined in the text is not the Islamic State
		if c.alias != "" {
			written = c.alias
		}
		acr := strings.ReplaceAll(written, ".", "")
		defs := abbrevs[acr]
		if defs == nil && c.kind != Person && utf8.RuneCountInString(acr) >= 4 {
			defs = abbrevs[strings.ToUpper(acr)]
		}
		if defs != nil {
			full := definition(cands, defs, c)
			cands[i].kind, cands[i].key, cands[i].name = cands[full].kind, cands[full].key, cands[full].name
			continue
		}
		if c.kind == Place && (ambiguousPlaces[c.key] || gazetteer.Lookup(c.name)&gazetteer.Country == 0) {
			if full, ok := unique(places[c.key]); ok {
				cands[i].key, cands[i].name = cands[full].key, cands[full].name
				continue
			}
		}
		if isAcronym(acr) && c.kind != Place && gazetteer.Lookup(c.name)&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) == 0 {
			if full, ok := unique(acronyms[acr]); ok {
				cands[i].kind, cands[i].key, cands[i].name = Organization, cands[full].key, cands[full].name
			}
		}
	}
}

// applyGroupVariants gives a group's other name its key ("a Houthi
// missile" is the Houthis'), after linkShortForms has given a person's
// surname to the person in the text ("Abdul-Malik al-Houthi ... Houthi
// said").
func applyGroupVariants(cands []candidate) {
	for i, c := range cands {
		if v, ok := groupVariants[c.key]; ok && c.kind != Person {
			cands[i].name, cands[i].key = v, foldParticles(strings.ToLower(v))
		}
	}
}

func addIndex(m map[string]map[string]int, k, full string, i int) {
	if m[k] == nil {
		m[k] = map[string]int{}
	}
	if _, seen := m[k][full]; !seen {
		m[k][full] = i
	}
}

// unique returns the index of the only full name, if there is exactly one.
func unique(fulls map[string]int) (int, bool) {
	if len(fulls) != 1 {
		return 0, false
	}
	for _, i := range fulls {
		return i, true
	}
	return 0, false
}

// voteKinds gives every mention of one name the kind most of its mentions
// have; the tagger often calls a person a place in a headline.
func voteKinds(cands []candidate) {
	votes := map[string]map[Kind]int{}
	for _, c := range cands {
		if votes[c.key] == nil {
			votes[c.key] = map[Kind]int{}
		}
		votes[c.key][c.kind] += c.weight
	}
	for i, c := range cands {
		best, n := c.kind, -1
		for _, k := range []Kind{Person, Organization, Place} {
			if v := votes[c.key][k]; v > n {
				best, n = k, v
			}
		}
		cands[i].kind = best
	}
}

// group collects the candidates into entities, in order of first mention.
func group(cands []candidate) []Entity {
	byID := map[string]int{}
	var out []Entity
	aliases := map[string]map[string]bool{}
	for _, c := range cands {
		id := EntityID(c.kind, c.key)
		i, ok := byID[id]
		if !ok {
			i = len(out)
			byID[id] = i
			out = append(out, Entity{ID: id, Kind: c.kind, Name: c.name})
			aliases[id] = map[string]bool{}
		}
		out[i].Mentions = append(out[i].Mentions, c.mention)
		if c.alias != "" {
			aliases[id][c.alias] = true
		}
	}
	for i := range out {
		out[i].Aliases = sortedKeys(aliases[out[i].ID])
		if len(out[i].Aliases) == 0 {
			out[i].Aliases = []string{out[i].Name}
		}
	}
	return out
}

// splitAtTitles splits a span the tagger ran across an organisation and
// the person who holds an office in it: "Federal Emergency Management
// Agency Chief Michael Brown" is the agency and Michael Brown. The split
// is made at a capitalised title inside the span, after a word that ends
// organisation names or a listed organisation or country, and only when
// one to four words of a name follow the title ("NATO Secretary-General
// Jaap de Hoop Scheffer").
func splitAtTitles(toks []Token, spans []span) []span {
	return splitBeforePerson(spans, func(sp span) (int, Kind) {
		for k := sp.start + 1; k < sp.end-1; k++ {
			if !startsUpper(toks[k].Text) || !isTitle(toks[k].Text) || isTitle(toks[k-1].Text) {
				continue
			}
			e := k
			for e < sp.end && isTitle(toks[e].Text) {
				e++
			}
			rest := sp.end - e
			if rest < 1 || rest > 4 || !nameWords(toks[e:sp.end]) || orgHeads[strings.ToLower(toks[sp.end-1].Text)] {
				continue // "Israel Defense Forces" is no person called Forces
			}
			before := strings.ToLower(toks[k-1].Text)
			if !orgHeads[before] && gazetteer.LookupLower(before)&(gazetteer.Org|gazetteer.Country) == 0 {
				continue
			}
			if gazetteer.LookupLower(before)&gazetteer.Country != 0 && k-sp.start == 1 {
				return k, Place
			}
			return k, Organization
		}
		return -1, ""
	})
}

// splitBeforePerson splits each span at the token at returns for it, into
// a name of the kind at returns and the person whose name follows; a span
// for which at returns -1 stays whole.
func splitBeforePerson(spans []span, at func(span) (int, Kind)) []span {
	out := make([]span, 0, len(spans))
	for _, sp := range spans {
		if k, kind := at(sp); k > sp.start && k < sp.end {
			out = append(out, span{start: sp.start, end: k, kind: kind}, span{start: k, end: sp.end, kind: Person})
		} else {
			out = append(out, sp)
		}
	}
	return out
}

// joinNext joins each span to the next one when join says the two are
// one name, of the first one's kind.
func joinNext(spans []span, join func(sp, next span) bool) []span {
	out := make([]span, 0, len(spans))
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if i+1 < len(spans) && join(sp, spans[i+1]) {
			sp = span{start: sp.start, end: spans[i+1].end, kind: sp.kind}
			i++
		}
		out = append(out, sp)
	}
	return out
}

// honorificName reports whether tokens [s,e) are one to four words of a
// name that is not an organisation's, after titles of which at least one
// is an honorific that only people bear ("Mr.", "Ayatollah", "Sgt."),
// inside the span or just before it: "Sen. John McCain", "Mr. Haniyeh",
// but not "Imam Khomeini International Airport", nor a listed name ("DR
// Congo"). An honorific is written with a capital and small letters: "DR"
// and "GEN" are not one.
func honorificName(text string, toks []Token, s, e int) bool {
	isHonorific := func(tok string) bool {
		return hasLower(tok) && startsUpper(tok) && honorificWord(tok)
	}
	last := strings.ToLower(toks[e-1].Text)
	regnal := regnalNumber(toks[e-1].Text)
	honorific := s > 0 && isHonorific(toks[s-1].Text)
	k := s
	for ; k < e-1 && personTitle(toks, k); k++ {
		honorific = honorific || isHonorific(toks[k].Text) || regnal && regnalTitles[strings.ToLower(toks[k].Text)]
	}
	return honorific && e-k <= 4 && utf8.RuneCountInString(last) >= 2 && nameWords(toks[k:e]) &&
		!orgHeads[last] && !placeNouns[last] && !facilities[last] && !isName(listed(phraseAt(text, toks, s, e)))
}

// regnalNumber reports whether tok is a regnal number: "II", "III",
// "XVI".
func regnalNumber(tok string) bool {
	if len(tok) < 2 || len(tok) > 5 {
		return false
	}
	for _, r := range tok {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// particleName reports whether tok is a name written after a lower-case
// particle and a hyphen: "al-Jazeera", "el-Sisi".
func particleName(tok string) bool {
	p, rest, ok := strings.Cut(tok, "-")
	return ok && nameParticles[p] && startsUpper(rest)
}

// nameWords reports whether toks could be a person's name: capitalised
// words and the particles inside names ("Jaap de Hoop Scheffer").
func nameWords(toks []Token) bool {
	for i, t := range toks {
		if !startsUpper(t.Text) && (i == 0 || i == len(toks)-1 || !nameParticles[t.Text]) {
			return false
		}
	}
	return true
}

// splitAtPossessive splits a span the tagger ran across an owner's
// possessive: "New York's Hillary Rodham Clinton" is New York and Hillary
// Rodham Clinton, "Pakistan's Foreign Ministry" Pakistan and the Foreign
// Ministry, "Ukraine's Donetsk Oblast" Ukraine and Donetsk, "NASA's
// Commercial Lunar Payload Services" NASA and the programme. A name with a
// possessive inside ("Lord's Resistance Army", "Attorney General's
// Office") stays whole: see possessor.
func splitAtPossessive(text string, toks []Token, spans []span) []span {
	out := make([]span, 0, len(spans))
	for _, sp := range spans {
		k := sp.start + 1
		for k < sp.end-1 && !isPossessive(toks[k].Text) {
			k++
		}
		owner, ok := Kind(""), false
		if k < sp.end-1 && startsUpper(toks[k+1].Text) {
			owner, ok = possessor(text, toks, sp.start, k, sp.end)
			// A bare apostrophe is as often part of a name ("Mohammed
			// Shia' Al Sudani", "Magistrates' Court"): only a listed
			// owner or an acronym splits there.
			ok = ok && (owner != "" || strings.HasSuffix(strings.ToLower(toks[k].Text), "s"))
		}
		if !ok {
			out = append(out, sp)
			continue
		}
		if owner == "" {
			owner = sp.kind
		}
		// What follows a place's possessive may be its institution, a
		// person or a place within it ("Ukraine's Donetsk Oblast").
		rest := span{start: k + 1, end: sp.end, kind: sp.kind}
		if sp.kind == Place && owner == Place {
			last := strings.ToLower(toks[sp.end-1].Text)
			switch {
			case orgHeads[last]:
				rest.kind = Organization
			case sp.end-(k+1) >= 2 && nameWords(toks[k+1:sp.end]) && !placeNouns[last] &&
				gazetteer.Lookup(toks[k+1].Text)&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) == 0:
				rest.kind = Person
			}
		}
		out = append(out, span{start: sp.start, end: k, kind: owner}, rest)
	}
	return out
}

// possessor reports whether tokens [s,e), before a possessive, name an
// owner of their own rather than the first words of a name, and which
// kind of owner: a listed place (Place) or organisation (Organization), an
// acronym ("NASA's", Organization), or a name of two or more words that
// does not begin or end with a title or a word for people ("Elon Musk's",
// "Harvard University's"; kind "", the span's, since "Blue Origin's" is
// written like "Elon Musk's"). "People's Party", "Queen Mary's Hospital",
// "Attorney General's Office", a one-word name ("Levi's Stadium") and a
// name before one word that says what it is ("Ho Chi Minh's Mausoleum",
// "Cook County Medical Examiner's Office") are names; rest is the span's
// end.
func possessor(text string, toks []Token, s, e, rest int) (Kind, bool) {
	switch k := listed(phraseAt(text, toks, s, e)); {
	case k&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) != 0:
		return Place, true
	case k&gazetteer.Org != 0:
		return Organization, true
	}
	last := strings.TrimSuffix(toks[e-1].Text, ".")
	if e-s == 1 {
		if isAcronym(strings.ReplaceAll(last, ".", "")) {
			return Organization, true
		}
		return "", false
	}
	word := func(i int) string { return strings.ToLower(strings.TrimSuffix(toks[i].Text, ".")) }
	if isTitle(last) || peopleWords[word(e-1)] || isTitle(toks[s].Text) || peopleWords[word(s)] || saints[toks[s].Text] {
		return "", false
	}
	if rest-e == 2 { // the possessive and one word
		if w := word(e + 1); orgHeads[w] || facilities[w] || placeNouns[w] {
			return "", false
		}
	}
	if !nameWords(toks[s:e]) {
		return "", false
	}
	return "", true
}

// orgWordBefore reports whether one of toks ends organisations' names
// ("Party", "Council") or is "State".
func orgWordBefore(toks []Token) bool {
	for _, t := range toks {
		if w := strings.ToLower(t.Text); orgHeads[w] || w == "state" {
			return true
		}
	}
	return false
}

// placeCue reports whether the words around tokens [s,e) mark a place:
// "city of X" before it, or "X region" after it.
func placeCue(toks []Token, s, e int) bool {
	if s >= 2 && strings.EqualFold(toks[s-1].Text, "of") && placeNouns[strings.ToLower(toks[s-2].Text)] {
		return true
	}
	return e < len(toks) && placeNouns[strings.ToLower(toks[e].Text)] && !placeNouns[strings.ToLower(toks[e-1].Text)]
}

// EntityID is the stable identity of a named entity: its kind and its
// canonical name in lower case, e.g. "person:volodymyr zelensky".
func EntityID(kind Kind, name string) string {
	return strings.ToLower(string(kind)) + ":" + strings.ToLower(normalizeName(name))
}

var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'")

// normalizeName folds typographic apostrophes and runs of white space.
// Most names have neither, and are returned as they are without
// allocating: this runs for every candidate phrase of every sentence.
func normalizeName(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(apostrophes.Replace(s)), " ")
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// initials spells the capitalised words of a name: "Asia-Pacific Economic
// Cooperation" gives "APEC".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// acronym returns s without dots ("A.U." is "AU") if that is an acronym,
// else "" and false.
func acronym(s string) (string, bool) {
	if acr := strings.ReplaceAll(s, ".", ""); isAcronym(acr) {
		return acr, true
	}
	return "", false
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// hasLower reports whether s has a small letter: "Dr" and "Gen" may be
// honorifics, "DR" and "GEN" are not.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// hasUpper reports whether s has a capital letter: a name may start
// lower-case ("al-Qaida", "de Mistura") but is never all lower-case.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isPossessive(tok string) bool {
	switch tok {
	case "'s", "\u2019s", "'", "\u2019", "'S":
		return true
	}
	return false
}

// personTitle reports whether token i, before a person's name, is part
// of the titles and not of the name: a title, an honorific, or a word
// that begins an office before one ("Supreme Leader", "Staff Sergeant").
func personTitle(toks []Token, i int) bool {
	title := func(tok string) bool { return isTitle(tok) || honorificWord(tok) }
	return title(toks[i].Text) || officeWords[strings.ToLower(toks[i].Text)] && i+1 < len(toks) && title(toks[i+1].Text)
}

// honorificWord reports whether tok, in any case and with or without its
// dot, is one of the honorifics.
func honorificWord(tok string) bool {
	return honorifics[strings.ToLower(strings.TrimSuffix(tok, "."))]
}

// officeStart returns where the name ends in tokens [s,e), which stand
// just before an officer's title: a department and titles there are the
// office's ("Deputy National Security Advisor" is no name, "U.S.
// Agriculture Secretary" names only the United States). Only an office
// made of such words, or of them after a listed place, is cut: "Duke
// Energy President", "International Court of Justice President" and the
// listed "Homeland Security" keep their names.
func officeStart(text string, toks []Token, s, e int) int {
	if listed(phraseAt(text, toks, s, e))&gazetteer.Org != 0 {
		return e
	}
	k := e
	for k > s && (portfolios[strings.ToLower(toks[k-1].Text)] || isTitle(toks[k-1].Text)) {
		k--
	}
	if k == e || k > s && listed(phraseAt(text, toks, s, k))&(gazetteer.Country|gazetteer.Capital|gazetteer.Place|gazetteer.Demonym) == 0 {
		return e
	}
	return k
}

// isTitle reports whether tok is a title, hyphenated ones included
// ("Secretary-General", "Director-General").
func isTitle(tok string) bool {
	for i, part := range strings.Split(strings.ToLower(strings.TrimSuffix(tok, ".")), "-") {
		if i > 0 && (part == "elect" || part == "designate") {
			continue // "President-elect", "Prime Minister-designate"
		}
		if !gazetteer.IsTitle(part) && !notPartOfName[part] {
			return false
		}
	}
	return true
}
