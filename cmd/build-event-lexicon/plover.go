package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ploverTable maps CAMEO codes to PLOVER 0.8 event types.
type ploverTable map[string]string

// readPLOVER parses CAMEO2PLOVER-2021.txt: "0874: RETREAT, disarm, military".
//
// The table starts at CAMEO 03: CAMEO 01 (public statements) and 02
// (appeals) are not PLOVER events. This project codes 01 as STATEMENT,
// its seventeenth type for reported speech, and 02 as REQUEST, where the
// PLOVER manual puts appeals.
func readPLOVER(r io.Reader, name string) (ploverTable, error) {
	t := ploverTable{"01": "STATEMENT", "02": "REQUEST"}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		code = strings.TrimSpace(code)
		typ := strings.TrimSpace(strings.Split(rest, ",")[0])
		if code == "" || typ == "" {
			return nil, fmt.Errorf("%s:%d: malformed line %q", name, n, sc.Text())
		}
		if _, seen := t[code]; !seen { // "08" is both CONCEDE and RETREAT: 080 decides
			t[code] = typ
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return t, nil
}

// typeOf finds the PLOVER type of a CAMEO code, trying ever shorter
// prefixes: "0874" -> "087" -> "08". "" stays "" (no event).
func (t ploverTable) typeOf(code string) string {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if typ, ok := t[c]; ok {
			return typ
		}
	}
	return ""
}
