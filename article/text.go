package article

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
)

// dateLine matches the dump format's leading "date YYYY-MM-DD" marker; the
// rest of that line, when there is any, is the title.
var dateLine = regexp.MustCompile(`^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$`)

// parseText reads the plain-text dump format: an optional leading
// "date YYYY-MM-DD" line, then the page as scraped: furniture, the headline,
// maybe a dateline, the body, more furniture. The body is found by its prose
// (see furniture.go); the title is the headline above it.
func parseText(data string) (Article, error) {
	var a Article
	data = strings.TrimLeft(data, " \t\r\n")
	first, rest, _ := strings.Cut(data, "\n")
	if m := dateLine.FindStringSubmatch(strings.TrimSpace(first)); m != nil {
		a.Published = m[1]
		data = m[2] + "\n" + rest
	}
	us := units(data)
	start, end, ok := bodySpan(us)
	if !ok {
		// No prose at all: keep the old reading, first line title, the
		// rest the text, so short notes still come through.
		return plainText(a, us), nil
	}
	var body []string
	for _, u := range us[start:end] {
		if !u.certain {
			body = append(body, u.text)
		}
	}
	head := us[:start]
	// The dateline stands just above the body, maybe with the headline
	// repeated between them.
	for k := len(head) - 1; k >= 0 && k >= len(head)-3; k-- {
		if isDatelineLine(head[k].text) {
			a.Dateline = head[k].text
			head = append(head[:k:k], head[k+1:]...)
			break
		}
	}
	a.Title = headline(head)
	if a.Dateline == "" && len(body) > 0 {
		a.Dateline, body[0] = splitDateline(body[0])
	}
	a.Text = strings.Join(body, "\n\n")
	return a, nil
}

// plainText is a text without prose: its first line is the title and the
// rest is the text; a single line is both.
func plainText(a Article, us []unit) Article {
	if len(us) == 0 {
		return a
	}
	a.Title = us[0].text
	var rest []string
	for _, u := range us[1:] {
		rest = append(rest, u.text)
	}
	a.Text = strings.Join(rest, "\n\n")
	if a.Text == "" {
		a.Text = a.Title
	}
	return a
}

// headline picks the title from the lines above the body: the longest that
// reads as a headline, not a menu or a section label. Among equals the first
// wins, since pages repeat their headline.
func headline(head []unit) string {
	best, words := "", 0
	for _, u := range head {
		if u.certain || strings.Contains(u.text, "\n") {
			continue
		}
		n := len(strings.Fields(u.text))
		if n > words && n <= 30 && !menuLike(u.text) {
			best, words = u.text, n
		}
	}
	return best
}

// menuLike reports a line of capitalised words only, such as "News World
// Business Sport": a headline has some lower-case word once it is long.
func menuLike(s string) bool {
	f := strings.Fields(s)
	if len(f) < 4 {
		return false
	}
	for _, w := range f {
		r := []rune(w)
		if len(r) > 1 && unicode.IsLower(r[0]) {
			return false
		}
	}
	return true
}

var (
	// datelineWord is a place written as a dateline: capitals, maybe a
	// country or state after a comma, maybe the agency in brackets.
	datelineOnly   = regexp.MustCompile(`^([A-Z][A-Z.'’\- ]*[A-Z.])(,\s*[A-Z][A-Za-z.]*(\s[A-Z][A-Za-z.]*)?)?(\s*\([^)]{1,40}\))?$`)
	datelinePrefix = regexp.MustCompile(`^([A-Z][A-Z.'’\- ]*[A-Z.])(,\s*[A-Z][A-Za-z.]*(\s[A-Z][A-Za-z.]*)?)?(,?\s*[A-Z][a-z]{2}\.?\s+\d{1,2})?(\s*\([^)]{1,40}\))?\s*[-–—]{1,2}\s+`)
)

// isDatelineLine reports a line that is only a dateline ("KIEV").
func isDatelineLine(s string) bool {
	return len(s) <= 60 && len(strings.Fields(s)) <= 6 && datelineOnly.MatchString(s)
}

// splitDateline takes a leading dateline ("KIEV (Reuters) - ") off the first
// paragraph and returns the place and the paragraph without it.
func splitDateline(p string) (string, string) {
	m := datelinePrefix.FindStringSubmatchIndex(p)
	if m == nil {
		return "", p
	}
	place := p[m[2]:m[3]]
	if m[4] >= 0 {
		place = p[m[2]:m[5]]
	}
	return strings.TrimSpace(place), p[m[1]:]
}

// parseDate accepts the date forms feeds use and returns YYYY-MM-DD.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, time.RFC3339, time.RFC3339Nano, time.DateTime, time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("not a date (want YYYY-MM-DD or RFC 3339)")
}
