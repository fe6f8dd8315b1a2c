// Package nlp turns an article's text into sentences, tokens, entities and
// events. It knows nothing about graphs or databases: its output is plain
// data with byte offsets into the text it was given.
package nlp

// Kind is the type of a named entity.
type Kind string

// The entity kinds; their names are the graph's labels.
const (
	Person       Kind = "Person"
	Place        Kind = "Place"
	Organization Kind = "Organization"
)

// Token is a word or punctuation mark; Start and End are byte offsets.
type Token struct {
	Text       string
	Start, End int
}

// Sentence is a run of tokens; Start and End are byte offsets.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// Mention is one place in the text that names an entity.
type Mention struct {
	Start    int    `json:"start"` // byte offsets of the name in the text
	End      int    `json:"end"`
	Sentence int    `json:"sentence"` // index into Analysis.Sentences
	Text     string `json:"text"`     // the text as written
}

// Entity is one real-world person, place or organization, with every
// mention of it in one article.
type Entity struct {
	ID       string // stable across articles and runs, e.g. "person:volodymyr zelensky"
	Kind     Kind
	Name     string   // the fullest form seen
	Aliases  []string // every distinct form seen, sorted
	Mentions []Mention
}

// Event is something a sentence reports: who did what to whom, where, when.
// Type is one of PLOVER 0.8's sixteen types or STATEMENT (reported speech);
// the counts are zero when the text does not state them.
type Event struct {
	Type     string   `json:"type"`           // e.g. STATEMENT, ASSAULT, MOBILIZE
	Trigger  string   `json:"trigger"`        // the word that signals it, as written
	Text     string   `json:"text"`           // the sentence
	Date     string   `json:"date,omitempty"` // YYYY-MM-DD, or YYYY-MM / YYYY when the text says no more, or ""
	Sentence int      `json:"sentence"`
	Actors   []string `json:"actors"`  // entity IDs
	Targets  []string `json:"targets"` // entity IDs
	// ActorText and TargetText are the participants as the sentence names
	// them, one noun phrase each ("Turkish police", "Jordan", "Ibo
	// traditional elders"), including those no entity names.
	ActorText  []string `json:"actor_text,omitempty"`
	TargetText []string `json:"target_text,omitempty"`
	Place      string   `json:"place,omitempty"` // entity ID of a Place, or ""
	Mode       string   `json:"mode,omitempty"`  // ASSAULT: aerial, drone, missile, artillery, small arms
	Killed     int      `json:"killed,omitempty"`
	Injured    int      `json:"injured,omitempty"`
	Size       int      `json:"size,omitempty"` // troops, missiles, drones... the event involves
	Confidence float64  `json:"confidence"`
}

// Analysis is everything extracted from one text.
type Analysis struct {
	Sentences []Sentence
	Entities  []Entity
	Events    []Event
}
