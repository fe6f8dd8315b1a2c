package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/cypher"
	"github.com/newsgraph/newsgraph/graph"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a library query or a .cypher file against Neo4j and print the result",
		ArgsUsage: "NAME|FILE",
		Description: `Runs one statement: a library query by name (see --list) or any .cypher
file, and streams the rows as they come. A query's ':param NAME => VALUE'
comment lines are its default parameters; --param overrides them. Values
that look like an integer, float, true/false, null, or a JSON or Cypher list
or map are passed as such; quote a value ('2025' or "2025") to pass it as a
string. Nodes and relationships print as their properties, paths as lists.

Examples:
   newsgraph query --list
   newsgraph query co_occurring --param entity='person:volodymyr zelensky' --param limit=5
   newsgraph query articles_mentioning_all --param "entities=['Kursk','Makhnovka']" --format json
   newsgraph query top_entities --param label=null --format csv --out top.csv
   newsgraph query my-query.cypher --param since=2025-01-01 --format jsonl`,
		Flags: append(neo4jFlags(),
			&cli.GenericFlag{Name: "param", Aliases: []string{"P"}, Value: &paramFlag{}, Usage: "parameter `NAME=VALUE` (repeat)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "table, csv, json or jsonl"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.BoolFlag{Name: "list", Usage: "list the library queries"},
			&cli.BoolFlag{Name: "write", Usage: "allow a statement that writes (routes to the leader)"},
		),
		Action: func(c *cli.Context) error {
			if c.Bool("list") {
				return listQueries(c.App.Writer)
			}
			if c.NArg() != 1 {
				return cli.Exit("name one library query (see 'newsgraph query --list') or one .cypher file", 1)
			}
			statement, defaults, err := loadStatement(c.Args().First())
			if err != nil {
				return err
			}
			params := defaults
			for k, v := range c.Generic("param").(*paramFlag).values {
				params[k] = v
			}
			return withOutput(c, c.String("out"), func(w io.Writer) error {
				rows, err := newRowWriter(c.String("format"), w)
				if err != nil {
					return err
				}
				db, err := openNeo4j(c)
				if err != nil {
					return err
				}
				defer db.Close(c.Context)
				if err := db.Query(c.Context, statement, params, c.Bool("write"), rows); err != nil {
					return fmt.Errorf("running %s: %w", c.Args().First(), err)
				}
				return rows.End()
			})
		},
	}
}

// listQueries prints each library query with the first line of its comment.
func listQueries(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, name := range cypher.Queries() {
		text, err := cypher.Query(name)
		if err != nil {
			return err
		}
		fmt.Fprintf(bw, "%-24s %s\n", name, querySummary(text))
	}
	return bw.Flush()
}

// querySummary is what a query answers: the first sentence of its opening
// comment.
func querySummary(text string) string {
	var words []string
	for _, line := range strings.Split(text, "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "//")
		if !ok || strings.HasPrefix(strings.TrimSpace(rest), "Parameters:") {
			break
		}
		words = append(words, strings.TrimSpace(rest))
	}
	s := strings.Join(words, " ")
	s, _, _ = strings.Cut(s, ". ")
	return strings.TrimSuffix(s, ".")
}

// loadStatement reads a library query or a file, which must hold exactly
// one statement, and the defaults its ':param' comment lines give.
func loadStatement(nameOrFile string) (string, map[string]any, error) {
	var text string
	if strings.HasSuffix(nameOrFile, ".cypher") || strings.ContainsRune(nameOrFile, os.PathSeparator) {
		b, err := os.ReadFile(nameOrFile)
		if err != nil {
			return "", nil, fmt.Errorf("reading the query: %w", err)
		}
		text = string(b)
	} else {
		var err error
		if text, err = cypher.Query(nameOrFile); err != nil {
			return "", nil, err
		}
	}
	stmts := cypher.Split(text)
	if len(stmts) != 1 {
		return "", nil, fmt.Errorf("%s holds %d statements; query runs exactly one", nameOrFile, len(stmts))
	}
	defaults, err := paramDefaults(text)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", nameOrFile, err)
	}
	return stmts[0], defaults, nil
}

// paramDefaults reads the "// :param NAME => VALUE" lines of a query, the
// lines one pastes into Neo4j Browser before running it.
func paramDefaults(text string) (map[string]any, error) {
	out := map[string]any{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		rest, ok := strings.CutPrefix(line, "//")
		if !ok {
			continue
		}
		rest, ok = strings.CutPrefix(strings.TrimSpace(rest), ":param ")
		if !ok {
			continue
		}
		name, value, ok := strings.Cut(rest, "=>")
		if !ok {
			return nil, fmt.Errorf("line %d: want ':param NAME => VALUE', got %q", i+1, line)
		}
		v, err := parseLiteral(strings.TrimSpace(value))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		out[strings.TrimSpace(name)] = v
	}
	return out, nil
}

// paramFlag collects repeated --param NAME=VALUE flags. It is a flag of its
// own rather than a string slice so that commas inside lists survive.
type paramFlag struct{ values map[string]any }

func (p *paramFlag) Set(s string) error {
	name, value, ok := strings.Cut(s, "=")
	if !ok || strings.TrimSpace(name) == "" {
		return fmt.Errorf("--param %q: want NAME=VALUE", s)
	}
	if p.values == nil {
		p.values = map[string]any{}
	}
	p.values[strings.TrimSpace(name)] = parseParam(value)
	return nil
}

func (p *paramFlag) String() string { return "" }

// parseParam gives a --param value its type: integer, float, bool, null, a
// list or map (JSON or Cypher literal), a quoted string; anything else is
// the string as written, so dates and names need no quotes.
func parseParam(s string) any {
	t := strings.TrimSpace(s)
	if t == "" {
		return s
	}
	if v, err := parseLiteral(t); err == nil {
		switch t[0] {
		case '[', '{', '\'', '"':
			return v
		}
		switch v.(type) {
		case int64, float64, bool, nil:
			return v
		}
	}
	return s
}

// parseLiteral parses a Cypher literal as the :param lines use them:
// null, true, false, numbers, 'single' or "double" quoted strings, lists
// and maps of those. JSON is a subset.
func parseLiteral(s string) (any, error) {
	p := &literal{s: s}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	if p.skipSpace(); p.i != len(p.s) {
		return nil, fmt.Errorf("unexpected %q after the value in %q", p.s[p.i:], s)
	}
	return v, nil
}

type literal struct {
	s string
	i int
}

func (p *literal) skipSpace() {
	for p.i < len(p.s) && strings.ContainsRune(" \t\r\n", rune(p.s[p.i])) {
		p.i++
	}
}

func (p *literal) value() (any, error) {
	p.skipSpace()
	if p.i >= len(p.s) {
		return nil, fmt.Errorf("missing value in %q", p.s)
	}
	switch c := p.s[p.i]; {
	case c == '[':
		return p.list()
	case c == '{':
		return p.mapping()
	case c == '\'' || c == '"':
		return p.str()
	}
	j := p.i
	for j < len(p.s) && !strings.ContainsRune(",]} \t\r\n", rune(p.s[j])) {
		j++
	}
	word := p.s[p.i:j]
	p.i = j
	switch strings.ToLower(word) {
	case "null":
		return nil, nil
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	if n, err := strconv.ParseInt(word, 10, 64); err == nil {
		return n, nil
	}
	if f, err := strconv.ParseFloat(word, 64); err == nil {
		return f, nil
	}
	return nil, fmt.Errorf("not a value: %q", word)
}

func (p *literal) str() (string, error) {
	quote := p.s[p.i]
	var b strings.Builder
	for j := p.i + 1; j < len(p.s); j++ {
		c := p.s[j]
		switch {
		case c == quote:
			p.i = j + 1
			return b.String(), nil
		case c == '\\' && j+1 < len(p.s):
			j++
			switch e := p.s[j]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'u':
				if j+4 < len(p.s) {
					if r, err := strconv.ParseUint(p.s[j+1:j+5], 16, 32); err == nil {
						b.WriteRune(rune(r))
						j += 4
						continue
					}
				}
				b.WriteByte(e)
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", fmt.Errorf("unterminated string in %q", p.s)
}

func (p *literal) list() ([]any, error) {
	p.i++ // [
	out := []any{}
	for {
		p.skipSpace()
		if p.i < len(p.s) && p.s[p.i] == ']' && len(out) == 0 {
			p.i++
			return out, nil
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		p.skipSpace()
		if p.i >= len(p.s) {
			return nil, fmt.Errorf("unterminated list in %q", p.s)
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return out, nil
		default:
			return nil, fmt.Errorf("want , or ] at %q", p.s[p.i:])
		}
	}
}

func (p *literal) mapping() (map[string]any, error) {
	p.i++ // {
	out := map[string]any{}
	for {
		p.skipSpace()
		if p.i < len(p.s) && p.s[p.i] == '}' && len(out) == 0 {
			p.i++
			return out, nil
		}
		var key string
		if p.i < len(p.s) && (p.s[p.i] == '"' || p.s[p.i] == '\'') {
			k, err := p.str()
			if err != nil {
				return nil, err
			}
			key = k
		} else {
			j := strings.IndexByte(p.s[p.i:], ':')
			if j < 0 {
				return nil, fmt.Errorf("want KEY: VALUE in %q", p.s)
			}
			key = strings.TrimSpace(p.s[p.i : p.i+j])
			p.i += j
		}
		p.skipSpace()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, fmt.Errorf("want : after %q", key)
		}
		p.i++
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		out[key] = v
		p.skipSpace()
		if p.i >= len(p.s) {
			return nil, fmt.Errorf("unterminated map in %q", p.s)
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return out, nil
		default:
			return nil, fmt.Errorf("want , or } at %q", p.s[p.i:])
		}
	}
}

// withOutput runs write on --out FILE, or on standard output without it.
func withOutput(c *cli.Context, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(c.App.Writer)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating --out: %w", err)
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// rowWriter is a graph.Rows that writes one output format; End finishes
// the output after the last row.
type rowWriter interface {
	graph.Rows
	End() error
}

func newRowWriter(format string, w io.Writer) (rowWriter, error) {
	bw := bufio.NewWriter(w)
	switch format {
	case "table":
		return &tableRows{w: bw}, nil
	case "csv":
		return &csvRows{w: csv.NewWriter(w)}, nil
	case "json":
		return &jsonRows{w: bw, array: true}, nil
	case "jsonl":
		return &jsonRows{w: bw}, nil
	}
	return nil, fmt.Errorf("unknown --format %q: use table, csv, json or jsonl", format)
}

// jsonText is a plain value as compact JSON, HTML characters unescaped.
func jsonText(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(graph.Plain(v)); err != nil {
		return fmt.Sprintf("%q", fmt.Sprint(v))
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// cellText is a value in a table or CSV cell: strings as they are, null
// empty, anything else as JSON.
func cellText(v any) string {
	switch x := graph.Plain(v).(type) {
	case nil:
		return ""
	case string:
		return x
	}
	return jsonText(v)
}

// jsonRows writes one JSON object a row, keys in column order: JSON Lines,
// or, with array, one JSON array with a row a line.
type jsonRows struct {
	w     *bufio.Writer
	keys  []string
	array bool
	n     int
}

func (j *jsonRows) Begin(keys []string) error {
	j.keys = keys
	if j.array {
		j.w.WriteString("[")
	}
	return nil
}

func (j *jsonRows) Row(r *neo4j.Record) error {
	if j.array && j.n > 0 {
		j.w.WriteString(",")
	}
	if j.array {
		j.w.WriteString("\n")
	}
	j.w.WriteString("{")
	for i, k := range j.keys {
		if i > 0 {
			j.w.WriteString(",")
		}
		j.w.WriteString(jsonText(k) + ":" + jsonText(r.Values[i]))
	}
	j.w.WriteString("}")
	if !j.array {
		j.w.WriteString("\n")
	}
	j.n++
	return nil
}

func (j *jsonRows) End() error {
	if j.array {
		j.w.WriteString("\n]\n")
	}
	return j.w.Flush()
}

// csvRows writes a header line, then a line a row.
type csvRows struct {
	w *csv.Writer
	n int
}

func (c *csvRows) Begin(keys []string) error { return c.w.Write(keys) }

func (c *csvRows) Row(r *neo4j.Record) error {
	cells := make([]string, len(r.Values))
	for i, v := range r.Values {
		cells[i] = cellText(v)
	}
	if err := c.w.Write(cells); err != nil {
		return err
	}
	if c.n++; c.n%1000 == 0 {
		c.w.Flush()
	}
	return c.w.Error()
}

func (c *csvRows) End() error {
	c.w.Flush()
	return c.w.Error()
}

// tableRows writes an aligned text table for people. Column widths come
// from the first tableSample rows, held back until then; later rows stream
// with those widths. Cells are cut at tableMaxWidth: use csv or json for
// whole values.
type tableRows struct {
	w       *bufio.Writer
	keys    []string
	widths  []int
	pending [][]string
	n       int
}

const (
	tableSample   = 200
	tableMaxWidth = 60
)

func (t *tableRows) Begin(keys []string) error {
	t.keys = keys
	return nil
}

func (t *tableRows) Row(r *neo4j.Record) error {
	cells := make([]string, len(r.Values))
	for i, v := range r.Values {
		cells[i] = cut(strings.ReplaceAll(cellText(v), "\n", " "), tableMaxWidth)
	}
	t.n++
	if t.widths != nil {
		t.line(cells)
		return nil
	}
	t.pending = append(t.pending, cells)
	if len(t.pending) == tableSample {
		t.flushPending()
	}
	return nil
}

func (t *tableRows) flushPending() {
	t.widths = make([]int, len(t.keys))
	for i, k := range t.keys {
		t.widths[i] = utf8.RuneCountInString(k)
	}
	for _, row := range t.pending {
		for i, c := range row {
			t.widths[i] = max(t.widths[i], utf8.RuneCountInString(c))
		}
	}
	t.line(t.keys)
	rule := make([]string, len(t.keys))
	for i, w := range t.widths {
		rule[i] = strings.Repeat("-", w)
	}
	t.line(rule)
	for _, row := range t.pending {
		t.line(row)
	}
	t.pending = nil
}

func (t *tableRows) line(cells []string) {
	for i, c := range cells {
		if i > 0 {
			t.w.WriteString(" | ")
		}
		t.w.WriteString(c)
		if i < len(cells)-1 {
			t.w.WriteString(strings.Repeat(" ", max(0, t.widths[i]-utf8.RuneCountInString(c))))
		}
	}
	t.w.WriteString("\n")
}

func (t *tableRows) End() error {
	if t.widths == nil {
		t.flushPending()
	}
	fmt.Fprintf(t.w, "(%d rows)\n", t.n)
	return t.w.Flush()
}

// cut shortens s to n runes, marking the cut with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
