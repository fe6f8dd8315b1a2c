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
	// Surname and Given say how other articles may name a person, for
	// linking a surname alone to a full name across articles (the graph
	// does that; within one text resolve has done it). A person named in
	// full has both, in lower case and without particles: "assad" and
	// "bashar" for Bashar al-Assad. A person this text names by a surname
	// alone that the text itself cannot resolve ("Assad" with no full
	// name) has Surname only. Both are "" for everything else, including
	// a surname alone the text leaves in doubt (two Trumps, "King Salman")
	// and names with "bin" (see markSurnames).
	Surname string
	Given   string
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

// ReferenceKind says how a Reference refers to what it mentions.
type ReferenceKind string

// The reference kinds.
const (
	// Named: the phrase contains a name that resolved to an entity, and
	// refers to it ("the United Nations", "President Barack Obama", "the
	// Iraqi government").
	Named ReferenceKind = "name"
	// Nominal: a description that contains no resolved name ("the
	// government", "the hospital lab", "coalition forces").
	Nominal ReferenceKind = "nominal"
	// Pronoun: "he", "they", "its".
	Pronoun ReferenceKind = "pronoun"
)

// Reference is one phrase that mentions a person, place or organisation,
// named or not, as re3d's annotation guideline marks them: leading "the"
// and titles are part of it, and descriptions and pronouns are mentions
// too. Only a Named reference belongs to an entity; nominal and pronoun
// references are mentions only, never entities (nothing resolves "the
// government" or "he" to whom they mean), so the graph does not see them.
type Reference struct {
	Kind     ReferenceKind `json:"kind"`
	Class    Kind          `json:"class"` // what the phrase refers to, as tagged: Person, Place or Organization
	Start    int           `json:"start"` // byte offsets of the phrase in the text
	End      int           `json:"end"`
	Sentence int           `json:"sentence"` // index into Analysis.Sentences
	Text     string        `json:"text"`
	// Entity is the ID of the entity whose name a Named reference
	// contains (the last such name when it contains several); "" for
	// nominal and pronoun references.
	Entity string `json:"entity,omitempty"`
}

// Analysis is everything extracted from one text.
type Analysis struct {
	Sentences []Sentence
	Entities  []Entity
	Events    []Event
	// Mentions are the phrases that mention a person, place or
	// organisation, found by a second tagger (ner.LoadMentions) beside
	// the names in Entities: each Named one contains at least one name
	// mention of Entities; a name no phrase contains is only in Entities.
	Mentions []Reference
}
