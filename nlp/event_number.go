package nlp

import (
	"strconv"
	"strings"
)

// counts are the numbers a sentence states about an event.
type counts struct {
	killed, injured, size int
}

var (
	killWords   = toSet("killed", "dead", "died", "deaths", "killing", "kills", "kill", "fatalities", "lives", "massacred", "slain")
	injureWords = toSet("injured", "wounded", "injuring", "wounding", "hurt", "injuries", "injures", "wounds")
	forceWords  = toSet("troops", "soldiers", "servicemen", "personnel", "fighters", "paratroopers", "paratroops", "infantry",
		"marines", "sailors", "police", "policemen", "officers", "militants", "missiles", "rockets", "drones", "shells",
		"tanks", "aircraft", "jets", "warplanes", "warships", "ships", "vehicles", "bombs", "hackers", "peacekeepers", "reservists", "conscripts")
	quantifiers  = toSet("at", "least", "some", "about", "nearly", "around", "over", "more", "than", "up", "to", "almost", "roughly")
	smallNumbers = map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
		"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
	}
)

// number reads "11,000", "46", "four", "1.5 million" (with the next token).
// A token like "1,000-km" is a measure, not a count, and is refused.
func (c *clause) number(i int) (int, bool) {
	w := c.low[i]
	n, ok := smallNumbers[w]
	if !ok {
		f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil || f < 0 {
			return 0, false
		}
		n = int(f)
		if float64(n) != f && !(i+1 < len(c.low) && (c.low[i+1] == "million" || c.low[i+1] == "thousand")) {
			return 0, false
		}
		if i+1 < len(c.low) {
			switch c.low[i+1] {
			case "million":
				n = int(f * 1e6)
			case "thousand":
				n = int(f * 1e3)
			}
		}
	}
	return n, true
}

// countsNear reads the numbers in tokens [from,to): "killed 23 people",
// "28 people have been killed", "six others injured", "some 11,000 North
// Korean troops", "four Ukrainian missiles". A casualty word takes the
// number just after it ("killing one person") or else the nearest before it;
// a force word the number before it.
func (c *clause) countsNear(from, to int) counts {
	from = max(from, 0)
	var k counts
	num := func(i int) (int, bool) {
		if i < from || i >= to || c.isYearLike(i) {
			return 0, false
		}
		return c.number(i)
	}
	before := func(j int) int {
		for i := j - 1; i >= from && i >= j-4; i-- {
			if n, ok := num(i); ok {
				return n
			}
		}
		return 0
	}
	after := func(j int) int {
		i := j + 1
		for i < to && quantifiers[c.low[i]] {
			i++ // "killing at least 12"
		}
		n, _ := num(i)
		return n
	}
	for j := from; j < to; j++ {
		w := c.low[j]
		switch {
		case killWords[w] && k.killed == 0:
			if k.killed = after(j); k.killed == 0 {
				k.killed = before(j)
			}
		case injureWords[w] && k.injured == 0:
			if k.injured = after(j); k.injured == 0 {
				k.injured = before(j)
			}
		case forceWords[w] && k.size == 0:
			k.size = before(j)
		}
	}
	return k
}

func (c *clause) isYearLike(i int) bool {
	_, ok := c.yearAt(i)
	return ok
}

// modeIn finds how an ASSAULT was done from the words of [from,to): the
// mode nearest the trigger at t wins.
func (c *clause) modeIn(from, to, t int) string {
	best, dist := "", len(c.low)+1
	for i := max(from, 0); i < to; i++ {
		for _, m := range c.lex.modes[c.low[i]] {
			if i+len(m.words) <= len(c.low) && c.wordsAt(i, m.words) {
				d := abs(i - t)
				if i == t {
					d = len(c.low) // the trigger's own word only if nothing else says
				}
				if d < dist {
					best, dist = m.mode, d
				}
			}
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func hasCasualtyWord(toks []Token) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if killWords[w] || injureWords[w] {
			return true
		}
	}
	return false
}
