package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scraped pages carry page furniture around the story: menus, "LATEST NEWS"
// lists, teasers of other stories, disclaimers, template code. Entities in it
// do not belong to the article, so the body is cut out before anything else
// sees the text.
//
// The method is the classic one for text dumps (body text extraction): every
// line is scored, prose positive and furniture negative, and the body is the
// run of consecutive lines with the highest total that crosses no line
// that ends a part of the page (a disclaimer, "Recent Posts"). Prose is long lines that
// end a sentence; furniture is short headline-like lines, list items, teasers
// that end in an ellipsis, repeated lines, code and boilerplate. A short
// furniture-looking line inside the body (a subheading) costs less than the
// paragraphs around it earn, so it does not split the body; lines that are
// certainly furniture are dropped from inside the body afterwards.

// unit is a line of the input, or a hard-wrapped paragraph of several lines.
type unit struct {
	text    string
	score   int
	certain bool // certainly furniture, whatever surrounds it
	barrier bool // ends a part of the page; the body does not cross it
}

var (
	listItem     = regexp.MustCompile(`^(\d{1,3}[.)]|[-*•·▪►»])\s`)
	relativeTime = regexp.MustCompile(`(?i)^(updated:?\s*)?(\d+|an?|one)\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b`)
	// pageHeader is the header of a list of other stories or of a page
	// part; such a line ends the part of the page before it.
	pageHeader = regexp.MustCompile(`(?i)^(share|share this( article| story)?:?|comments?|related( articles| stories| posts| news| coverage)?:?|(recent|popular|related|latest) posts|(latest|top|more|breaking|trending) (news|stories|headlines)|recommended( for you)?|most (read|popular|viewed)|tags?:.*|topics?:.*)$`)
	// furnitureLine is a line that is furniture wherever it stands, even
	// inside the body, as an advertisement break is.
	furnitureLine = regexp.MustCompile(`(?i)^(advertisement|advert|sponsored|read (more|also)\b.*|click here\b.*|watch:.*|photo:.*|image:.*)$`)
)

// pageEndPhrases is wording only page furniture uses: disclaimers and
// legal lines. Matched on lower-cased text, as plain substrings: a regular
// expression over every line of every page was most of the reading time.
var pageEndPhrases = []string{
	"do not necessarily reflect", "views published in", "views expressed in", "views expressed here",
	"opinions expressed in", "all rights reserved", "©", "copyright (c)", "we use cookies",
	"site uses cookies", "website uses cookies", "privacy policy", "terms of use", "terms of service",
	"subscribe to our", "sign up for our", "our newsletter", "follow us on", "reproduction of this",
}

// isPageEnd reports a line that ends a part of the page (see bodySpan).
func isPageEnd(s string) bool {
	if len(s) <= 60 && pageHeader.MatchString(s) {
		return true
	}
	l := strings.ToLower(s)
	for _, p := range pageEndPhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// scoreLine gives a line its weight in the body search.
func scoreLine(s string, repeated bool) unit {
	u := unit{text: s}
	n := utf8.RuneCountInString(s)
	penalty := -max(n, 20)
	switch {
	case isPageEnd(s):
		u.score, u.certain, u.barrier = -max(n, 40), true, true
	case len(s) <= 200 && furnitureLine.MatchString(s), isCode(s), len(s) <= 60 && relativeTime.MatchString(s):
		u.score, u.certain = -max(n, 40), true
	case listItem.MatchString(s), repeated, isTeaser(s):
		u.score = penalty
	case isProse(s):
		u.score = n
	default:
		u.score = penalty
	}
	return u
}

// isCode reports template code that leaked into the text, such as
// "Quark.Models.Entities.Ancestor?.Title?.ToUpperInvariant()": null-safe
// member access, empty calls, dotted type names, statement ends. Plain
// string tests, since this runs on every line.
func isCode(s string) bool {
	if strings.Contains(s, "?.") || strings.Contains(s, "()") || strings.ContainsAny(s[len(s)-1:], "{};") {
		return true
	}
	for _, kw := range []string{"var ", "function ", "const ", "let ", "import "} {
		if strings.HasPrefix(s, kw) {
			return true
		}
	}
	// Two dots in a row between a lower-case letter and a capital, as in
	// Models.Entities.Ancestor, and never in prose.
	run := 0
	for i := 1; i+1 < len(s); i++ {
		switch {
		case s[i] == '.' && s[i-1] >= 'a' && s[i-1] <= 'z' && s[i+1] >= 'A' && s[i+1] <= 'Z':
			run++
			if run == 2 {
				return true
			}
		case s[i] == ' ':
			run = 0
		}
	}
	return false
}

// isProse reports whether a line reads as a sentence of a story: several
// words and a sentence end.
func isProse(s string) bool {
	return len(strings.Fields(s)) >= 5 && endsSentence(s)
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"'”’»)]*`, r) || unicode.IsSpace(r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:", r) && !strings.HasSuffix(s, "...")
}

// isTeaser reports the cut-off first line of another story.
func isTeaser(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...") || strings.HasSuffix(s, "[…]")
}

// units splits text into lines, keeping hard-wrapped paragraphs (a block of
// long lines whose last line ends a sentence) as one unit, so wrapping does
// not make prose look like headlines.
func units(text string) []unit {
	var blocks [][]string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if cur != nil {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		blocks = append(blocks, cur)
	}
	seen := map[string]int{}
	var lines []string
	for _, b := range blocks {
		if wrapped(b) {
			lines = append(lines, strings.Join(b, "\n"))
		} else {
			lines = append(lines, b...)
		}
	}
	for _, l := range lines {
		seen[strings.ToLower(Normalize(l))]++
	}
	out := make([]unit, len(lines))
	for i, l := range lines {
		out[i] = scoreLine(l, seen[strings.ToLower(Normalize(l))] > 1)
	}
	return out
}

// wrapped reports a block that is one paragraph broken over lines.
func wrapped(block []string) bool {
	if len(block) < 2 || !endsSentence(block[len(block)-1]) {
		return false
	}
	for _, l := range block[:len(block)-1] {
		if utf8.RuneCountInString(l) < 50 || endsSentence(l) {
			return false
		}
	}
	return true
}

// bodySpan returns the run of units with the highest total score, as the
// half-open range [start, end); ok is false when no unit reads as prose.
func bodySpan(us []unit) (start, end int, ok bool) {
	best, sum, from := 0, 0, 0
	for i, u := range us {
		if u.barrier {
			sum = 0
			continue
		}
		if sum <= 0 {
			sum, from = 0, i
		}
		sum += u.score
		if sum > best {
			best, start, end = sum, from, i+1
		}
	}
	return start, end, best > 0
}
