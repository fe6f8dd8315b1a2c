package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

const header = `# eventlex.tsv: event triggers for newsgraph's nlp package. GENERATED, do not edit:
#   go run ./cmd/build-event-lexicon -lexicons /work/shared/data/lexicons -out nlp/eventlex.tsv
# Derived from PETRARCH2's CAMEO.2.0.txt (MIT, Open Event Data Alliance), CAMEO2PLOVER-2021.txt
# (CC BY-SA 4.0, Open Event Data Alliance) and cmd/build-event-lexicon/supplement.tsv; see NOTICE.
# Lines: syn NAME MEMBERS | verb FORM LEMMA BLOCK TYPE CODE | pat BLOCK PRE POST TYPE CODE | noun FORM TYPE | mode FORM MODE
# A pattern applies to every verb of its block. TYPE NONE means "not an event"; CODE is the CAMEO
# code, "-" for the supplement; PRE/POST "-" for no words; a word ending in "_" matches exactly,
# others match as prefixes (CAMEO's convention); &NAME is any member of synonym set NAME.
`

// writeLexicon writes the verbs that code an event (or whose block has
// patterns that do), the patterns that change a block's type, the synonym
// sets those use, and the supplement; sorted, so the file is reproducible.
func writeLexicon(w io.Writer, d *dictionary, t ploverTable, s *supplement) error {
	typeOf := func(code string) string {
		if typ := t.typeOf(code); typ != "" {
			return typ
		}
		return "NONE"
	}
	blockOf := map[string]string{} // lemma -> its first CAMEO block
	for _, f := range d.forms {
		if _, ok := blockOf[f.lemma]; !ok {
			blockOf[f.lemma] = f.block
		}
	}
	blockType := map[string]string{}
	for b, c := range d.blockCode {
		blockType[b] = typeOf(c)
	}
	type verbLine struct{ form, lemma, block, typ, code string }
	var verbs []verbLine
	for _, f := range d.forms {
		if s.verbs[f.lemma].typ != "" {
			continue
		}
		if s.drops[f.lemma] {
			// Too common to code an event alone; its block's patterns still can.
			verbs = append(verbs, verbLine{f.words, f.lemma, f.block, "NONE", "-"})
			continue
		}
		verbs = append(verbs, verbLine{f.words, f.lemma, f.block, typeOf(f.code), orDash(f.code)})
	}
	for lemma, v := range s.verbs {
		// Reported-speech verbs get a block of their own: CAMEO's patterns for
		// "say" code what is said ("said ... attack"), which here is an event
		// of its own found in the reported clause.
		b, ok := blockOf[lemma]
		if !ok || v.typ == "STATEMENT" || s.alone[lemma] {
			b = strings.ToUpper(lemma)
			blockType[b] = v.typ
		}
		for _, f := range v.forms {
			verbs = append(verbs, verbLine{f, lemma, b, v.typ, "-"})
		}
	}

	var lines []string
	liveBlock := map[string]bool{} // blocks with a pattern that codes an event
	usedSyn := map[string]bool{}
	skipped := 0
	addPattern := func(p pattern, typ, code string) {
		if typ == blockType[p.block] {
			return // the block's verbs say as much on their own
		}
		words := append(append([]string{}, p.pre...), p.post...)
		for _, w := range words {
			if _, ok := d.synsets[w]; strings.HasPrefix(w, "&") && !ok {
				skipped++ // CAMEO uses a few sets it never defines
				return
			}
		}
		for _, w := range words {
			if strings.HasPrefix(w, "&") {
				usedSyn[w] = true
			}
		}
		liveBlock[p.block] = liveBlock[p.block] || typ != "NONE"
		lines = append(lines, fmt.Sprintf("pat\t%s\t%s\t%s\t%s\t%s", p.block, joinOrDash(p.pre), joinOrDash(p.post), typ, code))
	}
	for _, p := range d.patterns {
		addPattern(p, typeOf(p.code), orDash(p.code))
	}
	for _, p := range s.patterns {
		b, ok := blockOf[p.block]
		if !ok {
			b = strings.ToUpper(p.block)
		}
		p.block = b
		addPattern(p, p.code, "-")
	}
	usedBlock := map[string]bool{}
	for _, v := range verbs {
		// A verb with no type of its own and no pattern that gives one is dead weight.
		if v.typ == "NONE" && !liveBlock[v.block] {
			continue
		}
		usedBlock[v.block] = true
		lines = append(lines, fmt.Sprintf("verb\t%s\t%s\t%s\t%s\t%s", v.form, v.lemma, v.block, v.typ, v.code))
	}
	kept := lines[:0]
	for _, l := range lines {
		if f := strings.Split(l, "\t"); f[0] == "pat" && !usedBlock[f[1]] {
			continue
		}
		kept = append(kept, l)
	}
	lines = kept
	for name := range usedSyn {
		lines = append(lines, fmt.Sprintf("syn\t%s\t%s", name, strings.Join(d.synsets[name], " ")))
	}
	for _, n := range s.nouns {
		lines = append(lines, fmt.Sprintf("noun\t%s\t%s", n[0], n[1]))
	}
	for _, m := range s.modes {
		lines = append(lines, fmt.Sprintf("mode\t%s\t%s", m[0], m[1]))
	}
	if skipped > 0 {
		fmt.Fprintf(os.Stderr, "skipped %d patterns that use undefined synonym sets\n", skipped)
	}
	sort.Strings(lines)
	lines = dedupe(lines)
	if _, err := io.WriteString(w, header+strings.Join(lines, "\n")+"\n"); err != nil {
		return fmt.Errorf("writing the lexicon: %w", err)
	}
	return nil
}

func dedupe(sorted []string) []string {
	out := sorted[:0]
	for i, l := range sorted {
		if i == 0 || l != sorted[i-1] {
			out = append(out, l)
		}
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func joinOrDash(words []string) string {
	if len(words) == 0 {
		return "-"
	}
	return strings.Join(words, " ")
}
