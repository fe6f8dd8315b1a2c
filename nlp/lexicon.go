package nlp

// titles are words that precede a name but are not part of it.
var titles = toSet(
	"the", "president", "vice", "prime", "minister", "foreign", "defence", "defense",
	"secretary", "general", "gen", "lt", "col", "colonel", "major", "maj", "capt", "captain",
	"commander", "chief", "top", "mr", "mrs", "ms", "dr", "sen", "senator", "rep",
	"governor", "gov", "mayor", "king", "queen", "prince", "princess", "pope", "chancellor",
	"ambassador", "spokesman", "spokeswoman", "spokesperson", "sheikh", "ayatollah",
	"premier", "leader", "judge", "justice", "former", "late",
)

// notAName are words the tagger takes for names because they are
// capitalised: months, days, and adjectives at the start of a sentence.
var notAName = toSet(
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"western", "eastern", "northern", "southern", "north", "south", "east", "west",
	"date", "latest news", "recent posts", "recommended",
)

// demonyms map the adjective of a country to the country: "Russian forces"
// mention Russia.
var demonyms = map[string]string{
	"russian": "Russia", "russians": "Russia",
	"ukrainian": "Ukraine", "ukrainians": "Ukraine",
	"north korean": "North Korea", "north koreans": "North Korea",
	"south korean": "South Korea", "south koreans": "South Korea",
	"korean": "Korea", "koreans": "Korea",
	"american": "United States", "americans": "United States",
	"british": "United Kingdom", "french": "France", "german": "Germany",
	"chinese": "China", "iranian": "Iran", "iranians": "Iran",
	"israeli": "Israel", "israelis": "Israel", "syrian": "Syria", "syrians": "Syria",
	"turkish": "Turkey", "polish": "Poland", "belarusian": "Belarus",
	"palestinian": "Palestine", "palestinians": "Palestine",
	"iraqi": "Iraq", "afghan": "Afghanistan", "indian": "India", "pakistani": "Pakistan",
	"japanese": "Japan", "european": "Europe",
}

// variants map other spellings of a name to the one used as its key.
var variants = map[string]string{
	"kiev":                "Kyiv",
	"zelenskyy":           "Zelensky",
	"volodymyr zelenskyy": "Volodymyr Zelensky",
	"russian federation":  "Russia",
	"us":                  "United States",
	"u.s.":                "United States",
	"usa":                 "United States",
	"uk":                  "United Kingdom",
	"u.k.":                "United Kingdom",
	"britain":             "United Kingdom",
}

func toSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
