package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/nlp/ner/gazetteer"
	"github.com/newsgraph/newsgraph/nlp/nereval"
)

// Wikipedia-prose gold ("wiki gold") is derived from the current-events
// portal's news items, whose entity mentions are links to Wikipedia
// articles. A link gives a mention's exact span and a canonical target but
// no type, so the type comes from the target title:
//
//   - a target on the country, capital or place lists, or a title ending
//     in a kind of place ("Tartus Governorate", "Gaza Strip") or carrying a
//     place disambiguator ("Piatykhatky, Zaporizhzhia Oblast"), is LOC;
//   - a target on the organisation list, or a title whose last word names
//     a kind of organisation ("Party", "Ministry", "Armed Forces"), is ORG;
//   - a target with a person disambiguator ("(politician)"), or of two to
//     four capitalised words whose anchor is the full name or the surname,
//     and either follows a title in the text ("President [Paul Kagame]")
//     or starts with a first name seen in the training data's person
//     names, is PER.
//
// Anchors that are not names (lower-case descriptions, "2025 massacres of
// Syrian Alawites", nationality words, bare titles such as "President")
// are not mentions. A name anchor that gets no type (a town missing from
// the lists, an event such as "Insurgency in Khyber Pakhtunkhwa", a
// holiday) is marked IGNORE: not scored either way. The portal links a
// name once, not at every mention, so an unlinked occurrence of any name linked somewhere in the
// month is marked with that link's type (or IGNORE if the name was typed
// two ways). Names the portal does not link at all stay unmarked, so
// precision measured on this gold is still a lower bound, but a far
// tighter one than MEANTIME's.
var (
	linkRE   = regexp.MustCompile(`\[([^\]]*)\]\(([^ )]*)(?: "((?:[^"\\]|\\.)*)")?\)`)
	tokenRE  = regexp.MustCompile(`[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*\.?|'s|’s|\S`)
	placeEnd = words("Expressway Highway Road Railway Oblast Governorate Province Region District County State City Island Islands River Strip Mountains Sea Gulf Peninsula Valley Raion Krai Republic Canal Desert Airport Port Beach Park Square Bridge Dam Station Street Avenue Stadium Prefecture Municipality Territory Kingdom Emirate")
	orgEnd   = words("Cartel Gang Party Ministry Council Army Forces Force Agency Court Bank Company Corporation Inc. Inc University Committee Organization Organisation Union Association Front Movement Police Parliament Congress Senate Assembly Commission Guard Guards Brigade Brigades Service Office Department Airlines Group Institute Network Times Post Club Federation Authority Navy Corps Administration Bureau Cabinet Legion Battalion Command Headquarters Staff Ltd. Ltd LLC Group Regiment Division Coalition Alliance League Foundation Television News Media Press Records Motors Airways Railways Fund Directorate Observatory Hezbollah Hamas Taliban")
	// miscEnd keeps events and works ("World War II", "Golden Globe
	// Awards") out of the person rule.
	miscEnd   = words("I II III IV Awards Award Prize Cup Games Festival Championship Championships Day Olympics Act Agreement Treaty Summit Conference Election Elections Referendum Protests Crisis Attack Attacks Bombing Shooting Massacre Storm Cyclone Typhoon Hurricane Earthquake Fire Flood Floods Operation Accords Plan Program Programme Doctrine Award Season Tour Open Grand Prix Series Show Album Film Novel Trophy League")
	personCue = regexp.MustCompile(`\((politician|footballer|singer|actor|actress|businessman|journalist|general|judge|activist|rapper|musician|writer|cricketer|boxer|president|lawyer|officer|born [0-9]+)\)$`)
	titleTail = regexp.MustCompile(` \([^)]*\)$`)
)

// firstNames are the first words of the multi-word person names in the
// training corpora (set by writeWikiGold).
var firstNames map[string]bool

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// typeTarget types a link target title, or returns "".
func typeTarget(anchor, target string, afterTitle bool) string {
	base := titleTail.ReplaceAllString(target, "")
	k := gazetteer.Lookup(base) | gazetteer.Lookup(anchor)
	switch {
	case k&gazetteer.Org != 0:
		return "ORG"
	case k&(gazetteer.Country|gazetteer.Capital|gazetteer.Place) != 0:
		return "LOC"
	}
	fields := strings.Fields(base)
	if len(fields) == 0 {
		return ""
	}
	last := fields[len(fields)-1]
	if i := strings.Index(base, ", "); i > 0 && !strings.ContainsAny(base, "0123456789") && !orgEnd[last] {
		return "LOC" // "Piatykhatky, Zaporizhzhia Oblast"
	}
	switch {
	case placeEnd[last]:
		return "LOC"
	case orgEnd[last] || strings.HasPrefix(base, "Government of ") || strings.HasPrefix(base, "Ministry of ") || strings.HasPrefix(base, "University of "):
		return "ORG"
	case personCue.MatchString(target):
		return "PER"
	}
	if len(fields) >= 2 && len(fields) <= 4 && !strings.ContainsAny(base, "0123456789") && allCapitalised(fields) &&
		(anchor == base || anchor == last) && (firstNames[fields[0]] || afterTitle) && !miscEnd[last] && !orgEnd[fields[0]] {
		return "PER"
	}
	return ""
}

func allCapitalised(fields []string) bool {
	for _, f := range fields {
		r := []rune(f)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// isNameAnchor reports whether anchor text is a proper name rather than a
// description or a nationality word.
func isNameAnchor(anchor string) bool {
	fs := strings.Fields(anchor)
	if len(fs) == 0 {
		return false
	}
	if _, demonym := gazetteer.CountryOfDemonym(anchor); demonym {
		return false
	}
	if strings.HasSuffix(anchor, "ian") || strings.HasSuffix(anchor, "ians") || strings.HasSuffix(anchor, "ese") || strings.HasSuffix(anchor, "ish") {
		return false // a nationality word the demonym list lacks: "Saint Lucian"
	}
	if allTitles(fs) {
		return false // "President", "Prime Minister": CoNLL marks no title alone
	}
	for _, f := range fs {
		if r := []rune(f); !unicode.IsUpper(r[0]) && !isNameConnector(f) {
			return false
		}
	}
	return unicode.IsUpper([]rune(fs[0])[0])
}

func allTitles(fs []string) bool {
	for _, f := range fs {
		if !gazetteer.IsTitle(f) {
			return false
		}
	}
	return true
}

func isNameConnector(w string) bool {
	switch w {
	case "of", "the", "and", "for", "de", "al", "bin", "von", "van", "der", "on", "in", "la", "du":
		return true
	}
	return false
}

// linkedNames are the anchor texts linked anywhere in the gold's files
// with one type throughout (and the surnames of linked persons), longest
// first; an unlinked occurrence of one is a mention of the same type.
type linkedNames struct {
	names []string
	class map[string]string
}

func collectLinkedNames(files []string) (*linkedNames, error) {
	class := map[string]string{}
	set := func(name, c string) {
		if old, ok := class[name]; ok && old != c {
			c = nereval.Ignore // typed two ways: not scored
		}
		class[name] = c
	}
	for _, fn := range files {
		data, err := os.ReadFile(fn)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "* ") {
				continue
			}
			for _, m := range linkRE.FindAllStringSubmatchIndex(line, -1) {
				anchor := line[m[2]:m[3]]
				if strings.HasPrefix(anchor, "(") || !isNameAnchor(anchor) || len(anchor) < 3 {
					continue
				}
				target := anchor
				if m[6] >= 0 {
					target = line[m[6]:m[7]]
				}
				prev := strings.Fields(line[:m[0]])
				afterTitle := len(prev) > 0 && gazetteer.IsTitle(strings.TrimSuffix(prev[len(prev)-1], "."))
				c := typeTarget(anchor, target, afterTitle)
				if c == "" {
					c = nereval.Ignore
				}
				set(anchor, c)
				if fs := strings.Fields(anchor); c == "PER" && len(fs) > 1 {
					set(fs[len(fs)-1], "PER")
				}
			}
		}
	}
	k := &linkedNames{class: class}
	for n := range class {
		k.names = append(k.names, n)
	}
	sort.Slice(k.names, func(a, b int) bool {
		if len(k.names[a]) != len(k.names[b]) {
			return len(k.names[a]) > len(k.names[b])
		}
		return k.names[a] < k.names[b]
	})
	return k, nil
}

// wikiGold builds the gold documents from the current-events files whose
// names match glob, items grouped perDoc to a document. It returns the
// documents and how many name anchors were left untyped (IGNORE).
func wikiGold(files []string, perDoc int) ([]nereval.Document, int, error) {
	known, err := collectLinkedNames(files)
	if err != nil {
		return nil, 0, err
	}
	var docs []nereval.Document
	var cur nereval.Document
	skipped := 0
	for _, fn := range files {
		f, err := os.Open(fn)
		if err != nil {
			return nil, 0, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if !strings.HasPrefix(line, "* ") {
				continue
			}
			s, untyped, ok := wikiItem(line[2:], known)
			skipped += untyped
			if !ok {
				continue
			}
			if s.Tokens == nil {
				continue
			}
			cur.Sentences = append(cur.Sentences, s)
			if len(cur.Sentences) == perDoc {
				cur.ID = fmt.Sprintf("wiki%03d", len(docs))
				docs = append(docs, cur)
				cur = nereval.Document{}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, 0, err
		}
	}
	if len(cur.Sentences) > 0 {
		cur.ID = fmt.Sprintf("wiki%03d", len(docs))
		docs = append(docs, cur)
	}
	return docs, skipped, nil
}

// wikiItem turns one bullet into a gold sentence. ok is false when the
// item has a mention that cannot be mapped to whole tokens; a sentence with no
// tokens means the bullet is a topic heading (short, no verb) to skip.
func wikiItem(md string, known *linkedNames) (nereval.Sentence, int, bool) {
	type mention struct {
		start, end int
		class      string
	}
	var text strings.Builder
	var ms []mention
	last, untyped := 0, 0
	for _, m := range linkRE.FindAllStringSubmatchIndex(md, -1) {
		text.WriteString(md[last:m[0]])
		anchor := md[m[2]:m[3]]
		target := ""
		if m[6] >= 0 {
			target = md[m[6]:m[7]]
		} else if u, err := url.PathUnescape(md[m[4]:m[5]]); err == nil {
			target = strings.ReplaceAll(filepath.Base(u), "_", " ")
		}
		last = m[1]
		if strings.HasPrefix(anchor, "(") {
			continue // a source link: "(AP)"
		}
		start := text.Len()
		text.WriteString(anchor)
		if !isNameAnchor(anchor) {
			continue
		}
		prev := strings.Fields(text.String()[:start])
		afterTitle := len(prev) > 0 && gazetteer.IsTitle(strings.TrimSuffix(prev[len(prev)-1], "."))
		cls := typeTarget(anchor, target, afterTitle)
		if cls == "" {
			cls = nereval.Ignore
			untyped++
		}
		ms = append(ms, mention{start, text.Len(), cls})
	}
	text.WriteString(md[last:])
	plain := strings.TrimSpace(text.String())
	if len(strings.Fields(plain)) < 6 {
		return nereval.Sentence{}, untyped, true
	}
	// Unlinked mentions of names linked elsewhere: the portal links a name
	// once, not at every mention. Longest names first, so "Gaza Strip"
	// wins over "Gaza".
	for _, name := range known.names {
		for off := 0; ; {
			i := strings.Index(plain[off:], name)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(name)
			off = e
			if boundary(plain, s, e) && !overlaps(ms, s, e, func(x mention) (int, int) { return x.start, x.end }) {
				ms = append(ms, mention{s, e, known.class[name]})
			}
		}
	}
	var sent nereval.Sentence
	var offs [][2]int
	for _, loc := range tokenRE.FindAllStringIndex(plain, -1) {
		tok := plain[loc[0]:loc[1]]
		// Split a trailing full stop off a word unless it is an
		// abbreviation ("U.S.", "Jr.").
		if len(tok) > 1 && strings.HasSuffix(tok, ".") && !strings.Contains(tok[:len(tok)-1], ".") && !abbreviation(tok) {
			sent.Tokens = append(sent.Tokens, tok[:len(tok)-1], ".")
			offs = append(offs, [2]int{loc[0], loc[1] - 1}, [2]int{loc[1] - 1, loc[1]})
			continue
		}
		sent.Tokens = append(sent.Tokens, tok)
		offs = append(offs, [2]int{loc[0], loc[1]})
	}
	sort.Slice(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
	for _, m := range ms {
		s, e := -1, -1
		for j, o := range offs {
			if o[0] == m.start {
				s = j
			}
			if o[1] == m.end {
				e = j + 1
			}
		}
		if s < 0 || e <= s {
			return nereval.Sentence{}, untyped, false // a mention inside a token: cannot be scored fairly
		}
		sent.Spans = append(sent.Spans, nereval.Span{Start: s, End: e, Class: m.class})
	}
	return sent, untyped, true
}

func abbreviation(tok string) bool {
	switch tok {
	case "Jr.", "Sr.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Gen.", "Lt.", "Col.", "Inc.", "Co.", "Corp.", "Ltd.":
		return true
	}
	return false
}

func boundary(s string, start, end int) bool {
	isWord := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' }
	return (start == 0 || !isWord(s[start-1])) && (end == len(s) || !isWord(s[end]))
}

func overlaps[T any](xs []T, s, e int, span func(T) (int, int)) bool {
	for _, x := range xs {
		if a, b := span(x); a < e && s < b {
			return true
		}
	}
	return false
}

// writeWikiGold writes wiki-test.conll (December 2025 items) into dir.
// December is used because nothing in the model or its lists comes from
// the portal; any later list harvested from the portal must leave that
// month out.
func writeWikiGold(data, dir string, train []nereval.Document) error {
	// A first name must start at least two person names, which keeps out
	// the odd mis-tagged "Operation" or "Central".
	firstNames = map[string]bool{}
	seen := map[string]int{}
	for _, d := range train {
		for _, s := range d.Sentences {
			for _, sp := range s.Spans {
				if sp.Class == "PER" && sp.End-sp.Start >= 2 && len(s.Tokens[sp.Start]) > 2 && gazetteer.Lookup(s.Tokens[sp.Start]) == 0 {
					seen[s.Tokens[sp.Start]]++
				}
			}
		}
	}
	for w, n := range seen {
		if n >= 2 && !placeEnd[w] && !orgEnd[w] {
			firstNames[w] = true
		}
	}
	files, err := filepath.Glob(filepath.Join(data, "corpus", "current-events", "2025-12-*.md"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no current-events files for December 2025 in %s", data)
	}
	sort.Strings(files)
	docs, skipped, err := wikiGold(files, 20)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := nereval.WriteCoNLL(&buf, docs); err != nil {
		return err
	}
	path := filepath.Join(dir, "wiki-test.conll")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing wiki gold: %w", err)
	}
	n, ents := 0, map[string]int{}
	for _, d := range docs {
		n += len(d.Sentences)
		for _, s := range d.Sentences {
			for _, sp := range s.Spans {
				ents[sp.Class]++
			}
		}
	}
	fmt.Printf("wrote %s (%d items; gold PER %d LOC %d ORG %d, untyped name links not scored %d)\n",
		path, n, ents["PER"], ents["LOC"], ents["ORG"], skipped)
	return nil
}
