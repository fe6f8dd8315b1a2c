package article

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// dateLine matches the dump format's leading "date YYYY-MM-DD" marker; the
// rest of that line, when there is any, is the title.
var dateLine = regexp.MustCompile(`^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$`)

// parseText reads the plain-text dump format: an optional leading
// "date YYYY-MM-DD" line, the title as the first non-empty line, then the body.
func parseText(data string) (Article, error) {
	var a Article
	rest := data
	for rest != "" {
		line, tail, _ := strings.Cut(rest, "\n")
		rest = tail
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if a.Published == "" && a.Title == "" {
			if m := dateLine.FindStringSubmatch(line); m != nil {
				a.Published = m[1]
				line = strings.TrimSpace(m[2])
				if line == "" {
					continue
				}
			}
		}
		a.Title = line
		break
	}
	a.Text = rest
	if strings.TrimSpace(a.Text) == "" {
		// A one-paragraph input: the title line is all the text there is.
		a.Text = a.Title
	}
	return a, nil
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
