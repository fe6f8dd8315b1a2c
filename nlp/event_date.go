package nlp

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dateMention is a date a sentence states, resolved against the article's
// publication date: "yesterday", "on Monday", "Jan. 4", "in August".
type dateMention struct {
	tok  int    // where it is written
	date string // YYYY-MM-DD, YYYY-MM or YYYY
}

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// monthOf reads "Jan.", "January", "jan" as a month. "May" and "March" are
// months only where a day or "in" makes them so; callers check.
func monthOf(w string) (time.Month, bool) {
	m, ok := months[strings.TrimSuffix(strings.ToLower(w), ".")]
	return m, ok
}

// dates finds the date expressions of a sentence. Relative ones need the
// publication date; without it only dates that give their year count.
func (c *clause) dates(published string) []dateMention {
	pub, err := time.Parse("2006-01-02", published)
	known := err == nil
	var out []dateMention
	for i, w := range c.low {
		switch {
		case w == "yesterday" && known:
			out = append(out, dateMention{i, pub.AddDate(0, 0, -1).Format("2006-01-02")})
		case (w == "today" || w == "tonight") && known:
			out = append(out, dateMention{i, published})
		case known && isWeekday(w):
			d := pub
			for d.Weekday() != weekdays[w] {
				d = d.AddDate(0, 0, -1)
			}
			out = append(out, dateMention{i, d.Format("2006-01-02")})
		default:
			if d, ok := c.monthDate(i, pub, known); ok {
				out = append(out, dateMention{i, d})
			} else if y, ok := c.yearAt(i); ok {
				out = append(out, dateMention{i, y})
			}
		}
	}
	return out
}

func isWeekday(w string) bool { _, ok := weekdays[w]; return ok }

// monthDate reads "Jan. 4", "January 4, 2025", "4 January" and "in August".
func (c *clause) monthDate(i int, pub time.Time, known bool) (string, bool) {
	m, ok := monthOf(c.low[i])
	if !ok || (c.low[i] == "may" && !c.isNoun(i) && c.tags != nil) {
		return "", false
	}
	day := 0
	if i+1 < len(c.low) {
		day = dayNumber(c.low[i+1])
	}
	if day == 0 && i > 0 {
		day = dayNumber(c.low[i-1])
	}
	year := 0
	for k := i + 1; k < len(c.low) && k <= i+3; k++ {
		if y, err := strconv.Atoi(c.low[k]); err == nil && y >= 1900 && y <= 2100 {
			year = y
			break
		}
	}
	if day == 0 && (i == 0 || !locatives[c.low[i-1]] && c.low[i-1] != "early" && c.low[i-1] != "late" && c.low[i-1] != "mid") {
		return "", false // "March" alone is as likely a verb or a name
	}
	if year == 0 {
		if !known {
			return "", false
		}
		year = pub.Year()
		// A month after publication is last year's: "in August" in January.
		if m > pub.Month() {
			year--
		}
	}
	if day == 0 {
		return fmt.Sprintf("%04d-%02d", year, int(m)), true
	}
	return time.Date(year, m, day, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), true
}

func dayNumber(w string) int {
	w = strings.TrimSuffix(strings.TrimRight(w, ",."), "th")
	d, err := strconv.Atoi(w)
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
}

// yearAt reads "in 2024", "late 2024", "since 2022".
func (c *clause) yearAt(i int) (string, bool) {
	y, err := strconv.Atoi(c.low[i])
	if err != nil || y < 1900 || y > 2100 || i == 0 {
		return "", false
	}
	switch c.low[i-1] {
	case "in", "late", "early", "mid", "since":
		return c.low[i], true
	}
	return "", false
}
