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
//
// src is read once for each label and each type, in the order the steps
// run (see Plan), and a batch is written as its rows come: the script holds
// one row at a time.
func WriteCypherScript(w io.Writer, src Source) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("// newsgraph load script for cypher-shell; safe to run again.\n")
	bw.WriteString("//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f load.cypher\n")
	for _, s := range cypher.Schema() {
		bw.WriteString(s + ";\n")
	}
	for _, ns := range nodeSteps {
		b := scriptBatch{bw: bw, statement: cypher.Load(ns.file)}
		if err := src.EachNode(func(n Node) error {
			if nodeKind(n) != ns.label {
				return nil
			}
			return b.add(n.Properties)
		}); err != nil {
			return err
		}
		b.end()
	}
	for _, rs := range relSteps {
		b := scriptBatch{bw: bw, statement: cypher.Load(rs.file)}
		if err := src.EachRelationship(func(r Relationship) error {
			if r.Type != rs.typ {
				return nil
			}
			return b.add(relRow(r))
		}); err != nil {
			return err
		}
		b.end()
	}
	return bw.Flush()
}

// scriptBatch writes the rows of one step in batches of ScriptBatchSize:
// each batch a ":param rows => [...]" line, then the statement.
type scriptBatch struct {
	bw        *bufio.Writer
	statement string
	rows      int // in the batch being written
}

// add writes a row, and ends the batch when it is full. Its error is the
// writer's: a failed write stops the reading.
func (b *scriptBatch) add(row map[string]any) error {
	if b.rows == 0 {
		b.bw.WriteString(":param rows => [")
	} else {
		b.bw.WriteString(", ")
	}
	writeLiteral(b.bw, row)
	b.rows++
	if b.rows == ScriptBatchSize {
		b.end()
	}
	return writeErr(b.bw)
}

// end ends the batch being written, if any, with its statement.
func (b *scriptBatch) end() {
	if b.rows == 0 {
		return
	}
	b.bw.WriteString("]\n")
	b.bw.WriteString(strings.TrimSpace(b.statement) + ";\n")
	b.rows = 0
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
