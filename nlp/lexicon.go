package nlp

import "strings"

// notPartOfName are words that lead a name without being part of it and
// are not titles: "the", "top commander", "the late".
var notPartOfName = toSet("the", "top", "former", "late", "then", "acting")

// functionWords start sentences and so get capitalised, and the tagger
// sometimes takes them into the name that follows ("While Zelensky did
// not share further details"). They never begin a name.
var functionWords = toSet(
	"while", "after", "as", "when", "but", "and", "if", "although", "though",
	"since", "because", "before", "during", "in", "on", "at", "for", "with",
	"by", "from", "to", "of", "under", "despite", "meanwhile", "however",
	"also", "yet", "so", "or", "nor", "once", "unless", "until", "whereas",
	"both", "neither", "either", "according", "including", "says", "said",
	"asked", "told", "where", "why", "how", "what", "who", "that", "this",
	"these", "those", "his", "her", "their", "its", "our", "my", "your",
	"a", "an", "mr", "meanwhile", "today", "yesterday", "tomorrow",
)

// notAName are words the tagger takes for names because they are
// capitalised: months, days, and adjectives at the start of a sentence.
var notAName = toSet(
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"western", "eastern", "northern", "southern",
	"date", "latest news", "recent posts", "recommended",
	// page furniture and technical abbreviations that are not names
	"fm", "am", "pm", "url", "urls", "tv", "gmt", "utc", "pdf", "html", "http", "https",
	"rss", "faq", "cookies", "advertisement", "subscribe", "share", "comments", "photo",
	"ceo",
)

// loneWords are no names on their own, though they end names: "Australian
// Open", "French Republic".
var loneWords = toSet("open", "republic")

// faiths are religions and their followers: "Druze", "Shi'ite", "Hindus".
// Like nationalities they are no person, place or organisation (CoNLL
// calls them MISC), though they begin organisations' names ("Muslim
// Brotherhood", "Christian Democratic Union").
var faiths = toSet("druze", "alawite", "alawites", "hindu", "hindus", "buddhist", "buddhists",
	"muslim", "muslims", "christian", "christians", "shia", "shiite", "shiites", "shi'ite",
	"shi'ites", "sunni", "sunnis", "jewish", "jew", "jews", "catholic", "catholics",
	"protestant", "protestants", "sikh", "sikhs", "yazidi", "yazidis", "islamist", "islamists")

// compassWords name parts of a country, and no place on their own:
// "South Governorate" in Lebanon is not "South".
var compassWords = toSet("north", "south", "east", "west", "central", "northern", "southern",
	"eastern", "western", "northeast", "northwest", "southeast", "southwest")

// placeNouns name kinds of places: "the city of X", "X region".
var placeNouns = toSet(
	"city", "town", "village", "region", "province", "oblast", "district",
	"county", "state", "capital", "port", "island", "settlement", "area",
)

// peopleWords, first or last before a possessive, make it part of a
// name: "People's Party", "Lord's Resistance Army", "Prince George's
// County", "Medical Examiner's Office", "State's Attorney".
var peopleWords = toSet(
	"people", "lord", "women", "men", "children", "workers", "farmers",
	"veterans", "martyrs", "prisoner", "prisoners", "mothers", "fathers",
	"sheriff", "prosecutor", "ombudsman", "attorney", "auditor", "comptroller",
	"examiner", "coroner", "majesty", "state",
	"king", "queen", "prince", "princess", "saint", "citizens", "soldiers",
)

// orgHeads end organisation names: "Kadima Party", "Pakistan Cricket
// Board", "Federal Emergency Management Agency".
var orgHeads = toSet(
	"party", "board", "council", "commission", "agency", "ministry", "committee",
	"organization", "organisation", "association", "movement", "corporation",
	"company", "institute", "university", "parliament", "assembly", "authority",
	"department", "federation", "alliance", "league", "foundation", "fund",
	"brigades", "brigade", "senate", "congress", "cabinet", "administration",
	"bureau", "tribunal", "court", "airlines", "bank", "group",
	"inc.", "corp.", "ltd.", "co.", "network", "service", "office", "command",
	"records", "embassy", "consulate", "magazine", "newspaper", "forces", "army", "navy",
)

// finalAbbreviations keep their full stop at the end of a sentence (see
// splitFinalStop): they end names and addresses, and the stop is theirs
// too. So do the month abbreviations in notAName.
var finalAbbreviations = toSet(
	"inc", "co", "ltd", "plc", "jr", "sr", "bros", "st", "mt", "ft", "no",
	"ave", "rd",
	// US states as datelines write them: "Arlington, Va."
	"ala", "ga", "ky", "la", "md", "mo", "nev", "ore", "pa", "va", "wis", "wyo",
)

// landforms end the names of places: "Swat Valley", "Gaza Strip", "Red
// Sea". "State", "City", "Province", "Region" and "District" are left
// out: they end organisations' names too ("Islamic State", "Manchester
// City", "Islamic State Khorasan Province", "Unified School District").
var landforms = toSet(
	"valley", "zone", "strip", "heights", "sea", "ocean", "river", "mountains",
	"lake", "bay", "gulf", "peninsula", "desert", "island", "islands", "coast",
	"canal", "strait", "straits", "plateau", "basin", "delta",
)

// divisions end only the names of administrative divisions: "Kherson
// Oblast", "Suwayda Governorate", "Kanagawa Prefecture", "Okhtyrka Raion".
// Unlike a landform ("Michael Bay"), none is a surname, so a name ending
// with one is a place even when the tagger says person.
var divisions = toSet("oblast", "governorate", "prefecture", "raion", "krai", "okrug", "voivodeship", "regency")

// shipPrefixes begin ships' names ("USS Harry S. Truman", "HMS Prince of
// Wales", "MV Rubymar"): a ship is none of the people, places or
// organisations the graph holds, though its name is often a person's.
var shipPrefixes = map[string]bool{
	"USS": true, "USNS": true, "HMS": true, "HMAS": true, "HMCS": true, "HMNZS": true,
	"HNLMS": true, "RFS": true, "ROKS": true, "MV": true,
}

// isShip reports whether tokens [s,e) name a ship: they begin with a ship
// prefix or follow one, no title follows the prefix ("HMS Captain ..."
// is an officer) and the name does not end like an organisation's.
// Prefixes that are also other acronyms ("KRI", the Kurdistan Region of
// Iraq; "INS") are not on the list.
func isShip(toks []Token, s, e int) bool {
	name := s
	if shipPrefixes[toks[s].Text] && e-s > 1 {
		name = s + 1
	} else if s == 0 || !shipPrefixes[toks[s-1].Text] {
		return false
	}
	return !isTitle(toks[name].Text) && !orgHeads[strings.ToLower(toks[e-1].Text)]
}

// storms begin the names of storms, which are events, not people, places
// or organisations: "Typhoon Kalmaegi", "Cyclone Alfred". "Storm" counts
// only after "Tropical" or "Winter" ("Tropical Storm Wipha"): alone it
// begins names of places and people ("Storm Lake", "Storm Reid").
var storms = toSet("typhoon", "cyclone", "hurricane")

// isStorm reports whether toks are a storm's name: a word for a storm and
// one name word.
func isStorm(toks []Token) bool {
	if len(toks) == 3 && strings.EqualFold(toks[1].Text, "storm") {
		first := strings.ToLower(toks[0].Text)
		return (first == "tropical" || first == "winter") && startsUpper(toks[2].Text)
	}
	return len(toks) == 2 && storms[strings.ToLower(toks[0].Text)] && startsUpper(toks[1].Text)
}

// honorifics are the titles only people bear, without their dots: a name
// after one is a person's. "Sheikh" and "Imam" are left out: they begin
// the names of places and units too ("Sheikh Jarrah", "Imam Ali
// Battalions"); so are "General", "Major", "Captain", "Admiral" and
// "Private" ("General Motors", "Captain Morgan", "Admiral Insurance",
// "Private Eye"), and the royal titles, which count only before a regnal
// number (see regnalTitles).
var honorifics = toSet(
	"mr", "mrs", "ms", "dr", "prof", "ayatollah", "senator", "sen", "rep",
	"gov", "pvt", "cpl", "spc", "sgt", "gen", "lt", "col", "maj", "capt",
	"brig", "adm", "corporal", "sergeant", "lieutenant",
)

// regnalTitles are honorifics before a name that ends in a regnal number
// ("King Mswati III", "Pope Benedict XVI"), but begin the names of bands,
// firms and places otherwise ("King Crimson", "King Fahd Causeway").
var regnalTitles = toSet("king", "queen", "prince", "princess", "pope", "emperor", "sultan", "emir")

// officeWords begin the name of an office without being titles
// themselves: "Supreme Leader Ayatollah Ali Khamenei", "Grand Ayatollah
// Ali al-Sistani", "Staff Sergeant Rodrigo Galam".
var officeWords = toSet("supreme", "grand", "staff", "first")

// coordinationCues are the plural nouns that, just before a name, say the
// name that follows is a list of several: "the magazines Der Spiegel and
// Focus", "the carmakers Renault and Nissan".
var coordinationCues = toSet(
	"groups", "magazines", "newspapers", "papers", "dailies", "broadcasters",
	"companies", "firms", "carmakers", "banks", "parties", "agencies",
	"organizations", "organisations", "militias", "countries", "nations",
	"networks", "outlets", "ministries",
)

// facilities end the names of buildings and sites, which are often named
// after people: "Imam Khomeini International Airport".
var facilities = toSet(
	"airport", "hospital", "mosque", "church", "cathedral", "temple", "shrine",
	"school", "college", "stadium", "hotel", "camp", "base", "bridge", "street",
	"road", "avenue", "square", "park", "dam", "station", "mausoleum", "centre",
	"center", "hall", "palace", "tower", "highway", "basilica",
)

// institutions are organisations named by one capitalised word: "Israel's
// Cabinet", "the Senate".
var institutions = toSet("cabinet", "parliament", "senate", "congress", "embassy", "consulate", "knesset", "duma")

// nameParticles are lower-case words that begin a surname: "bin Laden",
// "al Assad", "van Gogh".
var nameParticles = toSet("bin", "ibn", "al", "el", "van", "von", "de", "da", "di", "del", "der", "dos")

// ambiguousPlaces are short country names that name no one country today;
// in an article that also names the full form ("North Korea", "Democratic
// Republic of the Congo"), they mean that.
var ambiguousPlaces = toSet("korea", "congo")

// portfolios are the departments that complete an office's title
// ("Secretary of State", "Minister of Defence", "National Security
// Advisor").
var portfolios = toSet("state", "defence", "defense", "interior", "justice", "health", "finance",
	"agriculture", "energy", "commerce", "labor", "labour", "education", "transportation",
	"transport", "treasury", "trade", "industry", "information", "culture", "war",
	"national", "security", "homeland", "foreign", "affairs", "environment", "development")

// variants map other spellings of a name, lower-cased, to the one used as
// its key.
var variants = map[string]string{
	"kiev":                                 "Kyiv",
	"zelenskyy":                            "Zelensky",
	"volodymyr zelenskyy":                  "Volodymyr Zelensky",
	"russian federation":                   "Russia",
	"britain":                              "United Kingdom",
	"un security council":                  "United Nations Security Council",
	"u.n. security council":                "United Nations Security Council",
	"north atlantic treaty organization":   "NATO", // the name news uses
	"republic of the congo":                "Congo",
	"daesh":                                "Islamic State",
	"islamic state of iraq and the levant": "Islamic State",
	"islamic state of iraq and syria":      "Islamic State",
	"israel defence forces":                "Israel Defense Forces",
}

// groupVariants are variants that apply only to names the tagger did not
// call a person's: "a Houthi missile" is the Houthis', but "Houthi said",
// after "Abdul-Malik al-Houthi", is the man.
var groupVariants = map[string]string{
	"houthi": "Houthis",
}

// acronymVariants map acronyms to the full name used as their key. They
// apply only to a name written in capitals: "Au" is a surname, "Us" and
// "Un" ordinary words.
var acronymVariants = map[string]string{
	"US":   "United States",
	"USA":  "United States",
	"UK":   "United Kingdom",
	"UN":   "United Nations",
	"EU":   "European Union",
	"AU":   "African Union",
	"IMF":  "International Monetary Fund",
	"IDF":  "Israel Defense Forces",
	"ISIS": "Islamic State", // "Isis" is also a name
	"ISIL": "Islamic State",
}

// variantOf returns the name a known variant stands for.
func variantOf(name string) (string, bool) {
	if v, ok := variants[strings.ToLower(name)]; ok {
		return v, true
	}
	if acr, ok := acronym(name); ok {
		v, ok := acronymVariants[acr]
		return v, ok
	}
	return "", false
}

func toSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
