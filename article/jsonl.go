package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"
)

// record is one line of the JSON Lines format.
type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Published string `json:"published"`
}

// readJSONL reads one article a line. A bad line is reported with its number
// and skipped; the lines after it are still read.
func readJSONL(path string, r io.Reader, maxLine int, emit func(Article) error, skip func(*InputError)) error {
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
		a, err := parseRecord(b)
		if err != nil {
			skip(&InputError{Path: path, Line: line, Err: err})
			continue
		}
		a.Path, a.Line = path, line
		if err := emit(a); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		skip(&InputError{Path: path, Line: line + 1, Err: fmt.Errorf("reading: %w", err)})
	} else if records == 0 {
		skip(&InputError{Path: path, Err: errEmpty})
	}
	return nil
}

func parseRecord(b []byte) (Article, error) {
	if !utf8.Valid(b) {
		return Article{}, errInvalidUTF8
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&rec); err != nil {
		return Article{}, fmt.Errorf("malformed JSON: %w", err)
	}
	a := Article{ID: rec.ID, Title: rec.Title, Text: rec.Text, URL: rec.URL, Source: rec.Source, Published: rec.Published}
	if err := a.finish(); err != nil {
		return Article{}, err
	}
	return a, nil
}
