// Package eventeval measures event extraction against gold sentences: does
// a sentence that reports an event yield one, of the right type, with the
// right actors and targets?
package eventeval

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// Gold is one gold sentence, one JSON object a line:
// {"id","text","type","actors":[..],"targets":[..]}. An empty type (or
// "NONE") marks a sentence that reports no event: the negatives that
// detection precision needs.
type Gold struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Type    string   `json:"type"`
	Actors  []string `json:"actors"`
	Targets []string `json:"targets"`
}

// Positive reports whether the sentence has a gold event.
func (g Gold) Positive() bool { return g.Type != "" && g.Type != "NONE" }

// Read parses gold lines; errors name the file and line.
func Read(r io.Reader, name string) ([]Gold, error) {
	var out []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g Gold
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if g.Text == "" {
			return nil, fmt.Errorf("%s:%d: no text", name, n)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}

// ReadFile reads one gold file.
func ReadFile(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// Split assigns a sentence to "dev" or "heldout" by the first byte of the
// SHA-256 of its id: deterministic, independent of file order, and blind to
// the text, so tuning on dev cannot leak into held-out.
func Split(id string) string {
	if sha256.Sum256([]byte(id))[0]%2 == 0 {
		return "dev"
	}
	return "heldout"
}

// Only keeps the sentences of one split; "" or "all" keeps every one.
func Only(gold []Gold, split string) []Gold {
	if split == "" || split == "all" {
		return gold
	}
	var out []Gold
	for _, g := range gold {
		if Split(g.ID) == split {
			out = append(out, g)
		}
	}
	return out
}
