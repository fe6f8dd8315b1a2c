package graph

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/cypher"
)

// ScriptBatchSize is the rows a :param line carries in load.cypher; smaller
// than the driver's batches because cypher-shell reads each line whole.
const ScriptBatchSize = 1000

// WriteCypherScript writes load.cypher: a cypher-shell script that creates
// the schema and loads the graph with the same statements 'newsgraph load'
// runs. Values never appear in a statement: each batch of rows is set as
// the $rows parameter with a :param line, then the statement runs on it.
// Every statement MERGEs on ids, so running the script twice changes
// nothing.
//
//	cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f load.cypher
func WriteCypherScript(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("// newsgraph load script for cypher-shell; safe to run again.\n")
	bw.WriteString("//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f load.cypher\n")
	for _, s := range cypher.Schema() {
		bw.WriteString(s + ";\n")
	}
	for _, step := range Plan(g) {
		for _, batch := range Batches(step.Rows, ScriptBatchSize) {
			bw.WriteString(":param rows => ")
			writeLiteral(bw, batch)
			bw.WriteString("\n")
			bw.WriteString(strings.TrimSpace(step.Statement) + ";\n")
		}
	}
	return bw.Flush()
}

// writeLiteral writes v as a Cypher literal expression. Only the value types
// rows may hold are supported: strings, integers, floats, booleans, string
// lists, maps of those, and lists of such maps.
func writeLiteral(w *bufio.Writer, v any) {
	switch x := v.(type) {
	case string:
		writeString(w, x)
	case int:
		w.WriteString(strconv.Itoa(x))
	case int64:
		w.WriteString(strconv.FormatInt(x, 10))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			panic("graph: non-finite float in a row")
		}
		s := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eE") {
			s += ".0"
		}
		w.WriteString(s)
	case bool:
		w.WriteString(strconv.FormatBool(x))
	case []string:
		w.WriteByte('[')
		for i, s := range x {
			if i > 0 {
				w.WriteString(", ")
			}
			writeString(w, s)
		}
		w.WriteByte(']')
	case []int:
		w.WriteByte('[')
		for i, n := range x {
			if i > 0 {
				w.WriteString(", ")
			}
			w.WriteString(strconv.Itoa(n))
		}
		w.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		w.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				w.WriteString(", ")
			}
			// Keys are property names fixed in this package, but quote
			// them anyway so that no key could ever change the syntax.
			w.WriteString("`" + strings.ReplaceAll(k, "`", "``") + "`: ")
			writeLiteral(w, x[k])
		}
		w.WriteByte('}')
	case []map[string]any:
		w.WriteByte('[')
		for i, m := range x {
			if i > 0 {
				w.WriteString(", ")
			}
			writeLiteral(w, m)
		}
		w.WriteByte(']')
	default:
		panic(fmt.Sprintf("graph: unsupported row value %T", v))
	}
}

// writeString writes a single-quoted Cypher string literal. Every character
// that could end the literal or the line is escaped.
func writeString(w *bufio.Writer, s string) {
	w.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\'':
			w.WriteString(`\'`)
		case '\\':
			w.WriteString(`\\`)
		case '\n':
			w.WriteString(`\n`)
		case '\r':
			w.WriteString(`\r`)
		case '\t':
			w.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 || r == 0x85 {
				fmt.Fprintf(w, `\u%04X`, r)
			} else {
				w.WriteRune(r)
			}
		}
	}
	w.WriteByte('\'')
}
