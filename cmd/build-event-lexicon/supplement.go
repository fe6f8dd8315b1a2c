package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// supplement is the project's own part of the lexicon: what CAMEO, a verb
// dictionary for parsed wire copy, lacks for today's news.
type supplement struct {
	verbs    map[string]suppVerb // lemma -> its forms and type; replaces CAMEO's
	drops    map[string]bool     // CAMEO lemmas too ambiguous to trigger alone
	alone    map[string]bool     // verbs that take none of their CAMEO block's patterns
	nouns    [][2]string         // form, type
	modes    [][2]string         // form, ASSAULT mode
	patterns []pattern           // code holds the PLOVER type here
}

type suppVerb struct {
	forms []string
	typ   string
}

// readSupplement parses supplement.tsv; every line is KIND<TAB>fields:
//
//	verb  LEMMA  TYPE  [IRREGULAR,FORMS]   adds or replaces a verb
//	drop  LEMMA                            keeps a CAMEO verb for its block's patterns only
//	alone LEMMA                            gives a verb a block of its own, free of CAMEO's patterns
//	noun  FORM,FORM  TYPE                  nouns that name an event
//	mode  FORM,FORM  MODE                  words that say how an ASSAULT was done
//	pat   LEMMA  PRE  POST  TYPE           a pattern for LEMMA's block; "-" for no words
func readSupplement(r io.Reader, name string) (*supplement, error) {
	s := &supplement{verbs: map[string]suppVerb{}, drops: map[string]bool{}, alone: map[string]bool{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		bad := func() error { return fmt.Errorf("%s:%d: malformed %s line %q", name, n, f[0], line) }
		switch f[0] {
		case "verb":
			if len(f) < 3 {
				return nil, bad()
			}
			forms := append([]string{f[1]}, regularForms(f[1])...)
			if len(f) > 3 {
				forms = append([]string{f[1]}, strings.Split(f[3], ",")...)
			}
			s.verbs[f[1]] = suppVerb{forms: forms, typ: f[2]}
		case "drop", "alone":
			if len(f) != 2 {
				return nil, bad()
			}
			if f[0] == "drop" {
				s.drops[f[1]] = true
			} else {
				s.alone[f[1]] = true
			}
		case "noun", "mode":
			if len(f) != 3 {
				return nil, bad()
			}
			for _, w := range strings.Split(f[1], ",") {
				if f[0] == "noun" {
					s.nouns = append(s.nouns, [2]string{w, f[2]})
				} else {
					s.modes = append(s.modes, [2]string{w, f[2]})
				}
			}
		case "pat":
			if len(f) != 5 {
				return nil, bad()
			}
			s.patterns = append(s.patterns, pattern{block: f[1], pre: dashFields(f[2]), post: dashFields(f[3]), code: f[4]})
		default:
			return nil, bad()
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return s, nil
}

func dashFields(s string) []string {
	if s == "-" {
		return nil
	}
	return strings.Fields(s)
}
