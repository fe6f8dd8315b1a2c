// Package lint checks Cypher with Neo4j's own Cypher front end, the npm
// package @neo4j-cypher/language-support pinned in package.json here, run
// by Node. It needs no database and no network: 'npm ci' in this folder
// installs it. Tests use it to check every statement the project ships or
// generates.
package lint

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Statement is one piece of Cypher to check.
type Statement struct {
	Name    string `json:"name"`    // where it came from, for messages
	Text    string `json:"text"`    // one statement or a script of several
	Console bool   `json:"console"` // allow cypher-shell commands (:param)
}

// Problem is one diagnostic of the Cypher front end.
type Problem struct {
	Name      string `json:"name"`
	Severity  int    `json:"severity"` // 1 error, 2 warning
	Message   string `json:"message"`
	Line      int    `json:"line"`
	Character int    `json:"character"`
}

func (p Problem) String() string {
	kind := "error"
	if p.Severity == 2 {
		kind = "warning"
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", p.Name, p.Line, p.Character, kind, p.Message)
}

// dir is this package's folder, where package.json and node_modules are.
func dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(file)
}

// ErrUnavailable says the checker is not installed.
var ErrUnavailable = errors.New("the Cypher checker is not installed: run 'npm ci' in cypher/lint (needs Node.js)")

// Available reports whether Node and the npm package are installed.
func Available() error {
	if _, err := exec.LookPath("node"); err != nil {
		return ErrUnavailable
	}
	if _, err := os.Stat(filepath.Join(dir(), "node_modules", "@neo4j-cypher", "language-support")); err != nil {
		return ErrUnavailable
	}
	return nil
}

// Check runs the Cypher front end on every statement in one Node process.
func Check(stmts []Statement) ([]Problem, error) {
	if err := Available(); err != nil {
		return nil, err
	}
	in, err := json.Marshal(stmts)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("node", filepath.Join(dir(), "lint.mjs"))
	cmd.Dir = dir()
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("running the Cypher checker: %w: %s", err, stderr.String())
	}
	var problems []Problem
	if err := json.Unmarshal(stdout.Bytes(), &problems); err != nil {
		return nil, fmt.Errorf("reading the Cypher checker's output: %w", err)
	}
	return problems, nil
}

// RequireOrSkip skips a test when the checker is not installed, unless the
// environment variable NEWSGRAPH_REQUIRE_CYPHER_LINT is set (CI sets it),
// in which case the test fails: CI must never pass without the check.
func RequireOrSkip(tb testing.TB) {
	tb.Helper()
	if err := Available(); err != nil {
		if os.Getenv("NEWSGRAPH_REQUIRE_CYPHER_LINT") != "" {
			tb.Fatal(err)
		}
		tb.Skip(err)
	}
}
