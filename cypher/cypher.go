// Package cypher holds every Cypher statement newsgraph runs or ships, as
// .cypher files embedded in the binary. Go code refers to statements by
// file name; no Cypher is assembled from strings, and no value is ever
// pasted into a statement: values travel as parameters.
package cypher

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed schema.cypher load/*.cypher queries/*.cypher
var files embed.FS

// FS is every embedded .cypher file, for tools that check them all.
func FS() fs.FS { return files }

// Schema returns the constraint and index statements, in order.
func Schema() []string {
	return Split(mustRead("schema.cypher"))
}

// Load returns the loading statement in load/NAME.cypher. The names are
// fixed in code (see package graph); an unknown name is a programming error.
func Load(name string) string {
	return mustRead(path.Join("load", name+".cypher"))
}

// Query returns the library query queries/NAME.cypher.
func Query(name string) (string, error) {
	b, err := files.ReadFile(path.Join("queries", name+".cypher"))
	if err != nil {
		return "", fmt.Errorf("no library query %q (see 'newsgraph query --list')", name)
	}
	return string(b), nil
}

// Queries lists the library queries by name.
func Queries() []string {
	entries, _ := files.ReadDir("queries")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".cypher"))
	}
	sort.Strings(names)
	return names
}

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("cypher: missing embedded file " + name)
	}
	return string(b)
}

// Split cuts a script into statements at semicolons that are outside
// strings, quoted names and comments. Empty statements and statements that
// are only comments are dropped.
func Split(script string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		s := strings.TrimSpace(cur.String())
		if hasCode(s) {
			out = append(out, s)
		}
		cur.Reset()
	}
	for i := 0; i < len(script); i++ {
		c := script[i]
		switch {
		case c == '/' && i+1 < len(script) && script[i+1] == '/':
			j := strings.IndexByte(script[i:], '\n')
			if j < 0 {
				j = len(script) - i
			}
			cur.WriteString(script[i : i+j])
			i += j - 1
		case c == '/' && i+1 < len(script) && script[i+1] == '*':
			j := strings.Index(script[i+2:], "*/")
			end := len(script)
			if j >= 0 {
				end = i + 2 + j + 2
			}
			cur.WriteString(script[i:end])
			i = end - 1
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(script) && script[j] != c {
				if script[j] == '\\' && c != '`' {
					j++
				}
				j++
			}
			end := min(j+1, len(script))
			cur.WriteString(script[i:end])
			i = end - 1
		case c == ';':
			flush()
		default:
			cur.WriteByte(c)
		}
	}
	flush()
	return out
}

// hasCode reports whether a statement has anything but comments.
func hasCode(s string) bool {
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "//") {
			return true
		}
	}
	return false
}
