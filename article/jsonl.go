package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// readJSON reads JSON Lines (one article a line), or a JSON array of
// articles, or a stream of objects that span lines. A bad line or element is
// reported with its line number and skipped; JSON Lines go on after it.
func readJSON(path string, r io.Reader, maxLine int, keys map[string]string, emit func(Article) error, skip func(*InputError)) error {
	br := bufio.NewReaderSize(r, 64*1024)
	first, whole := peekFirstLine(br)
	if len(first) > 0 && (first[0] == '[' || (first[0] == '{' && whole && !json.Valid(first))) {
		return readJSONStream(path, br, first[0] == '[', maxLine, keys, emit, skip)
	}
	return readJSONL(path, br, maxLine, keys, emit, skip)
}

// peekFirstLine returns the first non-blank line without consuming it, as
// far as the buffer holds it; whole says it holds all of it.
func peekFirstLine(br *bufio.Reader) (line []byte, whole bool) {
	buf, err := br.Peek(br.Size())
	for len(buf) > 0 {
		line, rest, found := bytes.Cut(buf, []byte("\n"))
		if t := bytes.TrimSpace(line); len(t) > 0 {
			return t, found || err != nil
		}
		buf = rest
	}
	return nil, true
}

// readJSONL reads one article a line. A bad line is reported with its number
// and skipped; the lines after it are still read.
func readJSONL(path string, r io.Reader, maxLine int, keys map[string]string, emit func(Article) error, skip func(*InputError)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	line, records := 0, 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		records++
		if err := emitRecord(path, line, b, keys, emit, skip); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line longer than %d bytes; not an article (raise --max-bytes)", maxLine)
		}
		skip(&InputError{Path: path, Line: line + 1, Err: fmt.Errorf("reading: %w", err)})
	} else if records == 0 {
		skip(&InputError{Path: path, Err: errEmpty})
	}
	return nil
}

// emitRecord parses one JSON record: a bad one is skipped with its line,
// a good one is emitted; only emit's error stops the reading.
func emitRecord(path string, line int, raw []byte, keys map[string]string, emit func(Article) error, skip func(*InputError)) error {
	a, err := parseRecord(raw, keys)
	if err != nil {
		skip(&InputError{Path: path, Line: line, Err: err})
		return nil
	}
	a.Path, a.Line = path, line
	return emit(a)
}

// readJSONStream reads a JSON array of objects, or objects one after the
// other. The decoder cannot resynchronise after a syntax error, so one ends
// the file; an element that is valid JSON but not an article is skipped.
func readJSONStream(path string, r io.Reader, array bool, maxBytes int, keys map[string]string, emit func(Article) error, skip func(*InputError)) error {
	lc := &lineCounter{r: r}
	dec := json.NewDecoder(lc)
	if array {
		if _, err := dec.Token(); err != nil {
			return skipErr(path, lc.lineAt(dec.InputOffset()), fmt.Errorf("malformed JSON: %w", err), skip)
		}
	}
	n := 0
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return skipErr(path, lc.lineAt(dec.InputOffset()), fmt.Errorf("malformed JSON: %w", err), skip)
		}
		n++
		line := lc.lineAt(dec.InputOffset() - int64(len(raw)))
		if len(raw) > maxBytes {
			skip(&InputError{Path: path, Line: line, Err: fmt.Errorf("element larger than %d bytes; not an article", maxBytes)})
			continue
		}
		if err := emitRecord(path, line, raw, keys, emit, skip); err != nil {
			return err
		}
	}
	if n == 0 {
		skip(&InputError{Path: path, Err: errEmpty})
	}
	return nil
}

func skipErr(path string, line int, err error, skip func(*InputError)) error {
	skip(&InputError{Path: path, Line: line, Err: err})
	return nil
}

// lineCounter notes where lines start in what it passes on, so a decoder
// offset can be told as a line number. Offsets asked for only grow, so the
// starts already passed are dropped and memory stays small.
type lineCounter struct {
	r      io.Reader
	offset int64   // bytes passed on
	line   int     // lines before starts[0]
	starts []int64 // offsets where the lines after line begin
}

func (c *lineCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			c.starts = append(c.starts, c.offset+int64(i)+1)
		}
	}
	c.offset += int64(n)
	return n, err
}

// lineAt is the 1-based line of the byte at offset.
func (c *lineCounter) lineAt(offset int64) int {
	i := 0
	for i < len(c.starts) && c.starts[i] <= offset {
		i++
	}
	c.line += i
	c.starts = c.starts[i:]
	return c.line + 1
}

func parseRecord(b []byte, keys map[string]string) (Article, error) {
	if !utf8.Valid(b) {
		s, ok := decodeWindows1252(b)
		if !ok {
			return Article{}, errInvalidUTF8
		}
		b = []byte(s)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		return Article{}, fmt.Errorf("malformed JSON: %w", err)
	}
	if obj == nil {
		return Article{}, errors.New("not a JSON object")
	}
	a, err := fromRecord(obj, keys)
	if err != nil {
		return Article{}, err
	}
	if err := a.finish(); err != nil {
		return Article{}, err
	}
	return a, nil
}
