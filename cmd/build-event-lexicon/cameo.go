package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// verbForm is one way a CAMEO verb is written: its words ("shot down" has
// two), the lemma of its block entry, and the CAMEO code it carries ("" when
// the block has none and only its patterns code events).
type verbForm struct {
	words string
	lemma string
	block string
	code  string
}

// pattern is one CAMEO verb pattern of a verb block: words before the verb,
// words after it, and the code the verb takes when they are present ("" for
// "no event").
type pattern struct {
	block     string
	pre, post []string
	code      string
}

// dictionary is what this program keeps of the CAMEO verb dictionary.
type dictionary struct {
	synsets   map[string][]string // "&MILITARY" -> members, lower case
	synOrder  []string
	forms     []verbForm
	patterns  []pattern
	blockCode map[string]string
}

var (
	blockRE = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]`)
	codeRE  = regexp.MustCompile(`\[([0-9:-]*)\]`)
)

// readCAMEO parses PETRARCH2's CAMEO.2.0.txt: synonym sets (&NAME, +member),
// then verb blocks ("--- NAME [code] ---"), each with verb lines
// ("WORD {IRREGULAR FORMS} [code]") and patterns ("- pre * post [code]").
func readCAMEO(r io.Reader, name string) (*dictionary, error) {
	d := &dictionary{synsets: map[string][]string{}, blockCode: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var (
		syn       string // the synonym set being read
		inBlock   bool
		block     string
		blockCode string
	)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "~~"):
			continue
		case strings.HasPrefix(line, "---"):
			m := blockRE.FindStringSubmatch(line)
			if m == nil {
				return nil, fmt.Errorf("%s:%d: malformed verb block header %q", name, n, line)
			}
			inBlock, syn, block = true, "", m[1]
			blockCode = firstCode(m[2])
			d.blockCode[block] = blockCode
		case !inBlock && strings.HasPrefix(line, "&"):
			syn = strings.Fields(line)[0]
			d.synOrder = append(d.synOrder, syn)
		case !inBlock && strings.HasPrefix(line, "+") && syn != "":
			d.synsets[syn] = append(d.synsets[syn], cleanWord(strings.Fields(line)[0]))
		case !inBlock:
			continue
		case strings.HasPrefix(line, "-"):
			p, ok := parsePattern(line)
			if !ok {
				continue // a pattern this reader does not model, e.g. with actor codes
			}
			p.block = block
			d.patterns = append(d.patterns, p)
		default:
			forms, lemma, code := parseVerbLine(line)
			if lemma == "" {
				continue
			}
			if code == "" {
				code = blockCode
			}
			for _, f := range forms {
				d.forms = append(d.forms, verbForm{words: f, lemma: lemma, block: block, code: code})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return d, nil
}

// firstCode reads a CAMEO code field: "190", "041:041" (source and target
// readings: the first is the event), ":110", or "---" for none.
func firstCode(field string) string {
	for _, part := range strings.Split(field, ":") {
		part = strings.Trim(part, "-")
		if part != "" {
			return part
		}
	}
	return ""
}

// parseVerbLine reads "SAY {SAYS SAID SAYING} [010]" or "+CALL_OFF [160]"
// into all its forms (in lower case, words joined by spaces), its lemma and
// its own code.
func parseVerbLine(line string) (forms []string, lemma, code string) {
	if m := codeRE.FindStringSubmatch(line); m != nil {
		code = firstCode(m[1])
		line = codeRE.ReplaceAllString(line, " ")
	}
	var irregular []string
	if i := strings.IndexByte(line, '{'); i >= 0 {
		j := strings.IndexByte(line, '}')
		if j < i {
			j = len(line)
		}
		irregular = strings.Fields(line[i+1 : j])
		line = line[:i]
	}
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return nil, "", ""
	}
	base := cleanWord(fields[0])
	if base == "" || strings.ContainsAny(base, "[]{}()") {
		return nil, "", ""
	}
	lemma = strings.ReplaceAll(base, "_", " ")
	forms = []string{lemma}
	if len(irregular) > 0 {
		for _, f := range irregular {
			if w := cleanWord(f); w != "" {
				forms = append(forms, strings.ReplaceAll(w, "_", " "))
			}
		}
	} else {
		words := strings.Split(base, "_")
		for _, f := range regularForms(words[0]) {
			forms = append(forms, strings.Join(append([]string{f}, words[1:]...), " "))
		}
	}
	return forms, lemma, code
}

// regularForms makes the -s, -ed and -ing forms of a regular verb the way
// PETRARCH does: no consonant doubling (the dictionary lists those forms).
func regularForms(v string) []string {
	if len(v) < 2 {
		return nil
	}
	last, prev := v[len(v)-1], v[len(v)-2]
	consonantY := last == 'y' && !strings.ContainsRune("aeiou", rune(prev))
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		s = v + "es"
	case consonantY:
		s = v[:len(v)-1] + "ies"
	default:
		s = v + "s"
	}
	switch {
	case last == 'e':
		ed = v + "d"
	case consonantY:
		ed = v[:len(v)-1] + "ied"
	default:
		ed = v + "ed"
	}
	switch {
	case last == 'e' && prev != 'e':
		ing = v[:len(v)-1] + "ing"
	default:
		ing = v + "ing"
	}
	return []string{s, ed, ing}
}

// parsePattern reads "- PRE WORDS * POST (WORDS) {PHRASE} [code]". Actor
// markers ($, +, %, ^) are dropped: this lexicon matches words, and the
// matcher finds the actors itself. A pattern without "*" is skipped.
func parsePattern(line string) (pattern, bool) {
	m := codeRE.FindStringSubmatch(line)
	if m == nil {
		return pattern{}, false
	}
	body := strings.TrimPrefix(line[:strings.Index(line, m[0])], "-")
	pre, post, ok := strings.Cut(body, "*")
	if !ok {
		return pattern{}, false
	}
	p := pattern{pre: patternWords(pre), post: patternWords(post), code: firstCode(m[1])}
	if len(p.pre)+len(p.post) == 0 {
		return pattern{}, false
	}
	return p, true
}

func patternWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(s)) {
		if w := cleanWord(f); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// cleanWord lower-cases a dictionary word and drops PETRARCH's markers,
// keeping "&SYNSET" names (upper case) and a trailing "_" (exact match).
func cleanWord(w string) string {
	w = strings.Trim(w, "+$%^=")
	if w == "" {
		return ""
	}
	if strings.HasPrefix(w, "&") {
		return strings.ToUpper(w)
	}
	return strings.ToLower(w)
}
