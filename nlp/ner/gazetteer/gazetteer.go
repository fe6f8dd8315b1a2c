// Package gazetteer holds the name lists the entity tagger uses as
// features: countries, capitals, demonyms, well-known organisations and
// personal titles.
//
// To the tagger the lists are features, not rules: it learns how far to
// trust a list hit from training data, so an entry such as "Jordan"
// (country, river and first name) does no harm there. Entity resolution
// (package nlp) trusts them more: a listed name keeps the list's kind and
// is never taken for a common word, and listed acronyms and multi-word
// names are found even where the tagger missed them. Demonyms also map to
// their country so that resolution can link "Ukrainian forces" to Ukraine.
package gazetteer

import (
	"strings"
	"sync"

	"github.com/biter777/countries"
)

// Kind is a gazetteer list. A name may be in several lists.
type Kind uint8

// The lists, as bit flags.
const (
	Country Kind = 1 << iota
	Capital
	Demonym
	Org
	Title
	Place // regions, provinces and cities besides capitals
)

var (
	once    sync.Once
	entries map[string]Kind // lower-cased, space-joined name -> lists
	demonym map[string]string
	maxLen  int
)

func build() {
	entries = make(map[string]Kind, 4096)
	demonym = make(map[string]string, 512)
	add := func(name string, k Kind) {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			return
		}
		entries[name] |= k
		if n := len(strings.Fields(name)); n > maxLen {
			maxLen = n
		}
	}
	for _, c := range countries.AllInfo() {
		add(c.Name, Country)
		if c.Capital.IsValid() {
			add(c.Capital.String(), Capital)
		}
	}
	for _, line := range strings.Split(countryAliases, "\n") {
		add(line, Country)
	}
	for _, line := range strings.Split(places, "\n") {
		add(line, Place)
	}
	for _, list := range orgs {
		for _, line := range strings.Split(list, "\n") {
			add(line, Org)
		}
	}
	for _, t := range strings.Fields(titles) {
		add(t, Title)
	}
	for _, line := range strings.Split(demonyms, "\n") {
		word, country, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		country = strings.TrimSpace(country)
		for _, w := range strings.Split(word, ",") {
			w = strings.TrimSpace(w)
			add(w, Demonym)
			demonym[strings.ToLower(w)] = country
		}
	}
}

// Lookup returns the lists that contain name (case-insensitive; multi-word
// names joined by single spaces).
func Lookup(name string) Kind {
	once.Do(build)
	return entries[strings.ToLower(name)]
}

// LookupLower is Lookup for a name that is already lower-cased; it does not
// allocate, which matters in the tagger's per-token loop.
func LookupLower(name string) Kind {
	once.Do(build)
	return entries[name]
}

// MaxWords is the number of words in the longest entry, bounding how far a
// span matcher needs to look ahead.
func MaxWords() int {
	once.Do(build)
	return maxLen
}

// CountryOfDemonym returns the country a demonym refers to, e.g.
// "Ukrainian" -> "Ukraine", so that adjectives can be resolved to places.
func CountryOfDemonym(word string) (string, bool) {
	once.Do(build)
	c, ok := demonym[strings.ToLower(word)]
	return c, ok
}

// IsTitle reports whether word is a personal or job title that CoNLL-style
// annotation keeps outside person names ("President", "Mr.", "Gen.").
func IsTitle(word string) bool {
	return Lookup(word)&Title != 0
}

// countryAliases are the short or common names the ISO list spells
// differently ("Russian Federation").
const countryAliases = `Russia
United States
United States of America
U.S.
U.S.A.
US
USA
America
Britain
Great Britain
United Kingdom
U.K.
UK
England
Scotland
Wales
Northern Ireland
Iran
Syria
North Korea
South Korea
Korea
Vietnam
Laos
Moldova
Tanzania
Venezuela
Bolivia
Taiwan
Palestine
Gaza
Gaza Strip
West Bank
Kosovo
Czech Republic
Czechia
Ivory Coast
Burma
Myanmar
Congo
Democratic Republic of Congo
Democratic Republic of the Congo
DR Congo
DRC
Macedonia
North Macedonia
Holland
Vatican
East Timor
Cape Verde
Brunei
Micronesia
Soviet Union
USSR
Turkey
Türkiye`

// places are regions, provinces and cities that news about armed conflict
// and international affairs mentions often and that are not capitals, and
// the states of the United States but Georgia (a country), and Indiana,
// Montana and Virginia, which are people's names as often: a listed place
// turns a person tagged so into a place.
const places = `Kursk
Kiev
Kharkiv
Kherson
Zaporizhzhia
Donetsk
Luhansk
Donbas
Crimea
Odesa
Odessa
Lviv
Dnipro
Mariupol
Bakhmut
Avdiivka
Pokrovsk
Belgorod
Bryansk
St. Petersburg
Saint Petersburg
Mosul
Aleppo
Raqqa
Raqqah
Idlib
Homs
Daraa
Deir ez-Zor
Palmyra
Basra
Kirkuk
Fallujah
Ramadi
Tikrit
Erbil
Anbar
Kurdistan
Gaza City
Rafah
Khan Younis
Jerusalem
Tel Aviv
Haifa
West Bank
Golan Heights
Sinai
Benghazi
Misrata
Darfur
Khartoum
Mogadishu
Kandahar
Helmand
Herat
Peshawar
Karachi
Lahore
Islamabad
Kashmir
Mumbai
New Delhi
Shanghai
Hong Kong
Xinjiang
Tibet
Gulf
Persian Gulf
Red Sea
Black Sea
Mediterranean
Middle East
Europe
Asia
Africa
Latin America
South America
North America
Central America
Balkans
Caucasus
Chechnya
Dagestan
Sahel
Horn of Africa
Arctic
Antarctica
New York
Washington
Los Angeles
Chicago
Houston
California
Texas
Florida
Geneva
Brussels
Davos
The Hague
Istanbul
Gaza Strip
Yemen
Aden
Hodeidah
Sanaa
Goma
Tigray
Amhara
Port-au-Prince
Sumy
Kupiansk
Toretsk
Chasiv Yar
Vuhledar
Kramatorsk
Sloviansk
Alabama
Alaska
Arizona
Arkansas
Colorado
Connecticut
Delaware
Hawaii
Idaho
Illinois
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Utah
Vermont
West Virginia
Wisconsin
Wyoming`

// titles precede names but are not part of them under CoNLL conventions.
const titles = `mr. mr mrs. mrs ms. ms dr. dr prof. president vice prime minister
secretary general gen. lt. col. maj. capt. sgt. adm. colonel major captain
lieutenant admiral sergeant commander chief king queen prince princess pope
senator sen. rep. representative governor gov. mayor chancellor premier
sheikh ayatollah imam judge justice speaker chairman chairwoman ambassador
envoy spokesman spokeswoman foreign defense defence interior finance
deputy acting former top army marshal field officer director leader sir
lord lady emir crown archbishop bishop cardinal rev. reverend st.
spokesperson adviser advisor commissioner special envoy pvt. cpl. spc. sgt
gen lt col maj capt brig. brigadier gen. mr mrs dr sen rep gov prof pvt
cpl spc brig adm`

// demonyms map nationality adjectives and plural nouns to their country.
const demonyms = `Afghan,Afghans:Afghanistan
Albanian,Albanians:Albania
Algerian,Algerians:Algeria
American,Americans:United States
Angolan,Angolans:Angola
Argentine,Argentinian,Argentinians,Argentines:Argentina
Armenian,Armenians:Armenia
Australian,Australians:Australia
Austrian,Austrians:Austria
Azerbaijani,Azerbaijanis,Azeri,Azeris:Azerbaijan
Bahraini,Bahrainis:Bahrain
Bangladeshi,Bangladeshis:Bangladesh
Belarusian,Belarusians,Belarusian:Belarus
Belgian,Belgians:Belgium
Bolivian,Bolivians:Bolivia
Bosnian,Bosnians:Bosnia and Herzegovina
Brazilian,Brazilians:Brazil
British,Briton,Britons:United Kingdom
Bulgarian,Bulgarians:Bulgaria
Burmese:Myanmar
Burundian,Burundians:Burundi
Cambodian,Cambodians:Cambodia
Cameroonian,Cameroonians:Cameroon
Canadian,Canadians:Canada
Chadian,Chadians:Chad
Chilean,Chileans:Chile
Chinese:China
Colombian,Colombians:Colombia
Congolese:Congo
Croatian,Croatians,Croat,Croats:Croatia
Cuban,Cubans:Cuba
Cypriot,Cypriots:Cyprus
Czech,Czechs:Czech Republic
Danish,Dane,Danes:Denmark
Dutch:Netherlands
Ecuadorian,Ecuadorians:Ecuador
Egyptian,Egyptians:Egypt
Emirati,Emiratis:United Arab Emirates
English:United Kingdom
Eritrean,Eritreans:Eritrea
Estonian,Estonians:Estonia
Ethiopian,Ethiopians:Ethiopia
European,Europeans:Europe
Filipino,Filipinos,Philippine:Philippines
Finnish,Finn,Finns:Finland
French,Frenchman:France
Georgian,Georgians:Georgia
German,Germans:Germany
Ghanaian,Ghanaians:Ghana
Greek,Greeks:Greece
Guatemalan,Guatemalans:Guatemala
Haitian,Haitians:Haiti
Honduran,Hondurans:Honduras
Hungarian,Hungarians:Hungary
Icelandic,Icelanders:Iceland
Indian,Indians:India
Indonesian,Indonesians:Indonesia
Iranian,Iranians:Iran
Iraqi,Iraqis:Iraq
Irish:Ireland
Israeli,Israelis:Israel
Italian,Italians:Italy
Ivorian,Ivorians:Ivory Coast
Jamaican,Jamaicans:Jamaica
Japanese:Japan
Jordanian,Jordanians:Jordan
Kazakh,Kazakhs,Kazakhstani:Kazakhstan
Kenyan,Kenyans:Kenya
Korean,Koreans:Korea
North Korean,North Koreans:North Korea
South Korean,South Koreans:South Korea
Kosovar,Kosovars:Kosovo
Kurdish,Kurd,Kurds:Kurdistan
Kuwaiti,Kuwaitis:Kuwait
Kyrgyz:Kyrgyzstan
Latvian,Latvians:Latvia
Lebanese:Lebanon
Liberian,Liberians:Liberia
Libyan,Libyans:Libya
Lithuanian,Lithuanians:Lithuania
Malaysian,Malaysians:Malaysia
Malian,Malians:Mali
Mauritanian,Mauritanians:Mauritania
Mexican,Mexicans:Mexico
Moldovan,Moldovans:Moldova
Mongolian,Mongolians:Mongolia
Montenegrin,Montenegrins:Montenegro
Moroccan,Moroccans:Morocco
Mozambican,Mozambicans:Mozambique
Namibian,Namibians:Namibia
Nepali,Nepalese:Nepal
New Zealander,New Zealanders:New Zealand
Nicaraguan,Nicaraguans:Nicaragua
Nigerian,Nigerians:Nigeria
Nigerien:Niger
Norwegian,Norwegians:Norway
Omani,Omanis:Oman
Pakistani,Pakistanis:Pakistan
Palestinian,Palestinians:Palestine
Panamanian,Panamanians:Panama
Paraguayan,Paraguayans:Paraguay
Peruvian,Peruvians:Peru
Polish,Pole,Poles:Poland
Portuguese:Portugal
Qatari,Qataris:Qatar
Romanian,Romanians:Romania
Russian,Russians:Russia
Rwandan,Rwandans:Rwanda
Saudi,Saudis:Saudi Arabia
Senegalese:Senegal
Serbian,Serb,Serbs:Serbia
Sierra Leonean:Sierra Leone
Singaporean,Singaporeans:Singapore
Slovak,Slovaks:Slovakia
Slovenian,Slovenians,Slovene:Slovenia
Somali,Somalis:Somalia
South African,South Africans:South Africa
Spanish,Spaniard,Spaniards:Spain
Sri Lankan,Sri Lankans:Sri Lanka
Sudanese:Sudan
South Sudanese:South Sudan
Swedish,Swede,Swedes:Sweden
Swiss:Switzerland
Syrian,Syrians:Syria
Taiwanese:Taiwan
Tajik,Tajiks:Tajikistan
Tanzanian,Tanzanians:Tanzania
Thai:Thailand
Tibetan,Tibetans:Tibet
Togolese:Togo
Tunisian,Tunisians:Tunisia
Turkish,Turk,Turks:Turkey
Turkmen:Turkmenistan
Ugandan,Ugandans:Uganda
Ukrainian,Ukrainians:Ukraine
Uruguayan,Uruguayans:Uruguay
Uzbek,Uzbeks:Uzbekistan
Venezuelan,Venezuelans:Venezuela
Vietnamese:Vietnam
Welsh:United Kingdom
Scottish,Scot,Scots:United Kingdom
Yemeni,Yemenis:Yemen
Zambian,Zambians:Zambia
Zimbabwean,Zimbabweans:Zimbabwe
Arab,Arabs:Arab world
Asian,Asians:Asia
African,Africans:Africa
Western:West`

// Each calls fn for every entry (lower-cased) with its lists, for callers
// that index the gazetteer their own way.
func Each(fn func(name string, k Kind)) {
	once.Do(build)
	for n, k := range entries {
		fn(n, k)
	}
}
