// Package article reads news articles from files, folders, globs and standard
// input, and gives each one a stable identity.
//
// It knows the input formats (plain-text dumps and JSON Lines) and nothing
// about language processing or graphs: it hands over an Article, or an
// InputError that names the file and line that could not be read.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
)

// Article is one news article as read from its source.
type Article struct {
	ID        string // given by the source, else derived from the text (see HashID)
	Title     string
	Text      string // the body; entity offsets refer to this string
	URL       string
	Source    string // the outlet, when the input names it
	Published string // publication date as YYYY-MM-DD, or ""
	SHA256    string // hex SHA-256 of the normalised text; changes when the text does

	// Dateline is the place a story was filed from ("KIEV"), taken out of
	// the body: it is where the reporter was, not something the story says.
	Dateline string
	Author   string
	// Category is the section the input filed the article under, such as a
	// news digest's heading ("Armed conflicts and attacks"), or "".
	Category string
	// Links are the hyperlinks of the body, when the input had any: the
	// anchor text at Text[Start:End] and the canonical name it points to.
	Links []Link

	// Where the article was read from, for messages.
	Path string
	Line int // line number in a JSON Lines file, else 0
}

// Link is a hyperlink in an article body. Target is the canonical name of
// what the anchor points to (a digest's link title or page name, "Israel
// Defense Forces" for the anchor "Israeli"), so the NLP stage can use it as
// an alias of the entity the anchor names.
type Link struct {
	Text   string `json:"text"`
	Target string `json:"target"`
	Start  int    `json:"start"` // byte offsets of the anchor in Article.Text
	End    int    `json:"end"`
}

// Normalize folds the differences that do not change what an article says:
// runs of white space become one space and the ends are trimmed. Two copies of
// one article that differ only in line wrapping get the same hash.
func Normalize(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Hash returns the hex SHA-256 of the normalised text.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(Normalize(text)))
	return hex.EncodeToString(sum[:])
}

// HashID is the identity of an article that came without one: the first 16
// hex digits of its text hash, so the same text read again is the same article.
func HashID(sha string) string {
	return "sha256:" + sha[:16]
}

// finish fills the derived fields and checks what every article must have.
func (a *Article) finish() error {
	trimmed := strings.TrimSpace(a.Text)
	if cut := strings.Index(a.Text, trimmed); cut > 0 {
		for i := range a.Links {
			a.Links[i].Start -= cut
			a.Links[i].End -= cut
		}
	}
	a.Text = trimmed
	a.Title = strings.TrimSpace(a.Title)
	if a.Text == "" {
		return fmt.Errorf("article has no text")
	}
	a.SHA256 = Hash(a.Text)
	if a.ID == "" {
		a.ID = HashID(a.SHA256)
	}
	if a.Published != "" {
		d, err := parseDate(a.Published)
		if err != nil {
			return fmt.Errorf("published %q: %w", a.Published, err)
		}
		a.Published = d
	}
	return nil
}
